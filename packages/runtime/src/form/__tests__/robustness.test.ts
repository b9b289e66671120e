import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdCard, idCardCheckChar, validateSubmission, type SubmissionResult } from '../../index.js';
import { cancellationInterview, validInterview } from '../__fixtures__/cancellation-interview.js';
import { oneFieldForm } from './helpers.js';

const label = { zh: '字段', en: 'Field' };
const phoneForm = oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'phone', label } });
const idForm = oneFieldForm({ type: 'string', 'x-ui': { fieldType: 'idCard', label } });
const moneyForm = oneFieldForm({ type: 'number', 'x-ui': { fieldType: 'money', label } });

function wellFormed(result: SubmissionResult): boolean {
  if (result.ok) return typeof result.data === 'object' && result.data !== null;
  const lists = Object.values(result.issues);
  return lists.length > 0 && lists.every((list) => list.length > 0 && list.every((i) => i.message.zh !== '' && i.message.en !== ''));
}

describe('validateSubmission never throws and never accepts what the schema forbids', () => {
  it('answers any JSON value with a result, never an exception', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => wellFormed(validateSubmission(cancellationInterview, value))), { numRuns: 400 });
  });

  it('answers any object made of JSON values for the real field names', () => {
    const keys = [...Object.keys(validInterview), 'customer', 'payments', '__proto__', 'constructor'];
    const record = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(fc.property(record, (data) => wellFormed(validateSubmission(cancellationInterview, data))), { numRuns: 400 });
  });

  it('survives values JSON cannot even express', () => {
    const cyclic: Record<string, unknown> = { ...validInterview };
    cyclic.customer = cyclic;
    const hostile = [
      undefined, null, 42, 'x', [], [validInterview], new Date(0), cyclic,
      { ...validInterview, depositAmount: Number.NaN }, { ...validInterview, depositAmount: Infinity },
      { ...validInterview, depositAmount: 1e308 }, { ...validInterview, depositAmount: 10n },
      JSON.parse('{"__proto__": {"polluted": true}, "unitNo": "1-1"}'),
      Object.defineProperty({ ...validInterview }, 'unitNo', { get: () => { throw new Error('boom'); }, enumerable: true }),
      { ...validInterview, payments: [validInterview, null, [1]] },
      fc.sample(fc.anything(), 1)[0],
    ];
    for (const value of hostile) {
      expect(() => validateSubmission(cancellationInterview, value)).not.toThrow();
      expect(wellFormed(validateSubmission(cancellationInterview, value))).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const proto = validateSubmission(cancellationInterview, JSON.parse('{"__proto__": 1}'));
    expect(!proto.ok && proto.issues.__proto__?.[0]?.code).toBe('FORM_UNKNOWN_FIELD');
  });

  it('answers fc.anything() too', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withNullPrototype: true }),
      (value) => wellFormed(validateSubmission(cancellationInterview, value))), { numRuns: 300 });
  });

  it('accepts a phone number exactly when the mainland mobile pattern does (oracle)', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '5', '8', '9'), minLength: 9, maxLength: 13 });
    const phone = fc.oneof(digits, digits.map((d) => `1${d.slice(0, 10)}`), fc.string({ maxLength: 14 }));
    fc.assert(fc.property(phone, (value) => {
      const normalized = value.replace(/[\s-]/g, '').replace(/^\+?86(?=\d{11}$)/, '');
      const expected = value.trim() === '' || /^1[3-9]\d{9}$/.test(normalized);
      return validateSubmission(phoneForm, { f: value }).ok === expected;
    }), { numRuns: 1000 });
  });

  it('refuses every ID number with a wrong check digit', () => {
    const first17 = fc.tuple(
      fc.integer({ min: 110000, max: 659999 }), fc.integer({ min: 1900, max: 2024 }), fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }),
    ).map(([region, y, mo, d, seq]) => `${region}${y}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`);
    fc.assert(fc.property(first17, fc.constantFrom(...'0123456789X'), (head, check) => {
      const ok = validateSubmission(idForm, { f: `${head}${check}` }).ok;
      return ok === (check === idCardCheckChar(head)) && ok === (checkIdCard(`${head}${check}`) === 'ok');
    }), { numRuns: 1000 });
  });

  it('never stores money with more than 2 decimals or below zero', () => {
    const cents = fc.integer({ min: -100, max: 100_000_000_000_000 }).map((c) => c / 100);
    const fractions = fc.tuple(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 1, max: 9999 })).map(([n, f]) => n + f / 10000);
    fc.assert(fc.property(fc.oneof(fc.double({ min: -1e6, max: 1e13, noNaN: true }), cents, fractions), (amount) => {
      const result = validateSubmission(moneyForm, { f: amount });
      if (!result.ok) return true;
      const stored = result.data.f as number;
      // Stored amounts are exactly what was typed, rounded to the cent only to remove float noise.
      const written = String(stored).split('.')[1] ?? '';
      return stored >= 0 && stored <= 1e12 && written.length <= 2 && Math.abs(stored - amount) <= 1e-9 * Math.max(1, amount);
    }), { numRuns: 1000 });
  });

  it('never lets a key outside the form into the stored data', () => {
    fc.assert(fc.property(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 1 })), (extra) => {
      const result = validateSubmission(cancellationInterview, { ...validInterview, ...extra });
      const known = new Set([...Object.keys(validInterview), 'totalPaid', 'refundEstimate', 'daysToDeadline', 'thirdPartyDetail', 'loanBank', 'escalated']);
      return !result.ok || Object.keys(result.data).every((k) => known.has(k));
    }), { numRuns: 300 });
  });
});
