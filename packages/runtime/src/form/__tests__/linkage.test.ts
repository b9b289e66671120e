import { describe, expect, it } from 'vitest';
import { evaluateLinkage, validateSubmission, type FormDefinition } from '../../index.js';
import { cancellationInterview, validInterview } from '../__fixtures__/cancellation-interview.js';
import { codes } from './helpers.js';

const base = { ...validInterview, reasons: ['familyDispute'] } as Record<string, unknown>;
delete base.reasonsOther;
delete base.schoolName;

describe('linkage: 学校名称 shows only when 退订原因 includes 学区', () => {
  it('hides the school name and does not require it when the reason is not the school district', () => {
    // Given a cancellation for a family disagreement
    const linkage = evaluateLinkage(cancellationInterview, base);
    // Then the renderer hides 学校名称 and does not mark it required
    expect(linkage.visible.schoolName).toBe(false);
    expect(linkage.required.schoolName).toBe(false);
    // And the submission is accepted without it
    expect(validateSubmission(cancellationInterview, base).ok).toBe(true);
  });

  it('shows and requires the school name once 学区 is ticked', () => {
    const data = { ...base, reasons: ['familyDispute', 'schoolDistrict'] };
    const linkage = evaluateLinkage(cancellationInterview, data);
    expect(linkage.visible.schoolName).toBe(true);
    expect(linkage.required.schoolName).toBe(true);
    const result = validateSubmission(cancellationInterview, data);
    expect(codes(result)).toEqual({ schoolName: ['FORM_REQUIRED'] });
    expect(!result.ok && result.issues.schoolName?.[0]?.message).toEqual({ zh: '「学校名称」为必填项', en: '"School name" is required' });
  });

  it('does not store a value typed into a field that is hidden now', () => {
    // Given the consultant typed a school, then unticked 学区
    const result = validateSubmission(cancellationInterview, { ...base, schoolName: '文三路小学' });
    // Then the school name is dropped rather than stored out of sight
    expect(result.ok && 'schoolName' in result.data).toBe(false);
  });

  it('asks for the "other" text only when 其他 is ticked, and stores it next to the choices', () => {
    const withOther = { ...base, reasons: ['other'] };
    expect(codes(validateSubmission(cancellationInterview, withOther))).toEqual({ reasonsOther: ['FORM_OTHER_REQUIRED'] });
    const filled = validateSubmission(cancellationInterview, { ...withOther, reasonsOther: '通勤太远' });
    expect(filled.ok && filled.data.reasonsOther).toBe('通勤太远');
    const dropped = validateSubmission(cancellationInterview, { ...base, reasonsOther: '通勤太远' });
    expect(dropped.ok && 'reasonsOther' in dropped.data).toBe(false);
  });

  it('uses builder conditions as well as expressions (贷款银行 when 贷款审批失败)', () => {
    expect(evaluateLinkage(cancellationInterview, { reasons: ['loanFailed'] }).visible.loanBank).toBe(true);
    expect(evaluateLinkage(cancellationInterview, { reasons: ['parking'] }).visible.loanBank).toBe(false);
  });

  it('requires third-party details only when there was third-party influence', () => {
    expect(codes(validateSubmission(cancellationInterview, { ...base, thirdPartyInfluence: true })))
      .toEqual({ thirdPartyDetail: ['FORM_REQUIRED'] });
    expect(validateSubmission(cancellationInterview, { ...base, thirdPartyInfluence: true, thirdPartyDetail: '朋友说项目停工' }).ok).toBe(true);
  });

  it('fills computed fields: sub-table sum, refund after penalty, days to the expected date', () => {
    const result = validateSubmission(cancellationInterview, { ...base, totalPaid: 1, refundEstimate: 999 });
    expect(result.ok && { totalPaid: result.data.totalPaid, refundEstimate: result.data.refundEstimate, days: result.data.daysToDeadline })
      .toEqual({ totalPaid: 801200.5, refundEstimate: 761140.48, days: 3 });
    expect(evaluateLinkage(cancellationInterview, base).values).toMatchObject({ totalPaid: 801200.5, daysToDeadline: 3 });
  });

  it('keeps read-only fields at their stored value', () => {
    // escalated is read-only by rule: only the engine sets it
    expect(codes(validateSubmission(cancellationInterview, { ...base, escalated: true }))).toEqual({ escalated: ['FORM_READ_ONLY'] });
    const kept = validateSubmission(cancellationInterview, base, { previous: { escalated: true } });
    expect(kept.ok && kept.data.escalated).toBe(true);
  });

  it('computes sub-table columns per row and reports a missing cell by row', () => {
    const form: FormDefinition = {
      key: 'quote', name: { zh: '报价', en: 'Quote' },
      schema: { type: 'object', properties: {
        lines: {
          type: 'array',
          items: { type: 'object', required: ['price'], properties: {
            price: { type: 'number', 'x-ui': { fieldType: 'money', label: { zh: '单价', en: 'Price' } } },
            qty: { type: 'integer', 'x-ui': { fieldType: 'number', label: { zh: '数量', en: 'Quantity' }, decimals: 0 } },
            total: { type: 'number', 'x-ui': { fieldType: 'computed', label: { zh: '小计', en: 'Subtotal' }, formula: 'price * qty', resultType: 'money' } },
          } },
          'x-ui': { fieldType: 'subtable', label: { zh: '明细', en: 'Lines' } },
        },
        grand: { type: 'number', 'x-ui': { fieldType: 'computed', label: { zh: '合计', en: 'Total' }, formula: "sum(lines, 'total')", resultType: 'money' } },
        lineCount: { type: 'number', 'x-ui': { fieldType: 'computed', label: { zh: '行数', en: 'Lines' }, formula: 'count(lines)' } },
      } },
    };
    const result = validateSubmission(form, { lines: [{ price: 10.5, qty: 3 }, { price: 0.1, qty: 3 }] });
    expect(result).toEqual({ ok: true, data: { lines: [{ price: 10.5, qty: 3, total: 31.5 }, { price: 0.1, qty: 3, total: 0.3 }], grand: 31.8, lineCount: 2 } });
    expect(codes(validateSubmission(form, { lines: [{ qty: 1 }] }))).toEqual({ 'lines.0.price': ['FORM_REQUIRED'] });
    expect(evaluateLinkage(form, { lines: [{ price: 2, qty: 2 }] }).values).toMatchObject({ 'lines.0.total': 4, grand: 4 });
  });
});

describe('field permissions of a flow step', () => {
  const previous = validateSubmission(cancellationInterview, validInterview);
  const stored = previous.ok ? previous.data : {};

  it('returns only what the step may see, keeps read-only values and refuses changes to them', () => {
    // Given finance may edit the penalty rate, must fill the payment method, sees the customer read-only
    const permissions = { penaltyRate: 'edit', paymentMethod: 'required', customer: 'read', evidence: 'hidden' } as const;
    const ok = validateSubmission(cancellationInterview, { penaltyRate: 10, paymentMethod: 'card', customer: stored.customer }, { permissions, previous: stored });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.data.penaltyRate).toBe(10);
    expect(ok.data.customer).toEqual(stored.customer);
    expect('evidence' in ok.data).toBe(false);
    // Computed fields follow the new rate
    expect(ok.data.refundEstimate).toBe(721080.45);

    const changed = validateSubmission(cancellationInterview, {
      penaltyRate: 10, paymentMethod: 'card', customer: { ...(stored.customer as object), phone: '13900000000' }, evidence: [],
    }, { permissions, previous: stored });
    expect(codes(changed)).toEqual({ 'customer.phone': ['FORM_READ_ONLY'], evidence: ['FORM_FIELD_NOT_PERMITTED'] });
  });

  it('tells the server which stored values linkage has now hidden', () => {
    // Given the stored record has a school name, and this step unticks 学区
    const result = validateSubmission(cancellationInterview, { reasons: ['familyDispute'] }, { permissions: { reasons: 'edit' }, previous: stored });
    expect(result.ok && result.cleared).toEqual(expect.arrayContaining(['schoolName', 'reasonsOther']));
    expect(result.ok && result.cleared).not.toContain('reasons');
  });

  it('tells the renderer what this step shows, requires and locks', () => {
    const linkage = evaluateLinkage(cancellationInterview, stored, { permissions: { penaltyRate: 'required', evidence: 'hidden', customer: 'edit' } });
    expect(linkage.visible.evidence).toBe(false);
    expect(linkage.required.penaltyRate).toBe(true);
    expect(linkage.readOnly['customer.phone']).toBe(false);
    expect(linkage.readOnly.unitNo).toBe(true);
    expect(linkage.required.unitNo).toBe(false);
  });

  it('requires fields the step must fill, even if the form does not', () => {
    const result = validateSubmission(cancellationInterview, {}, { permissions: { penaltyRate: 'required' }, previous: stored });
    expect(codes(result)).toEqual({ penaltyRate: ['FORM_REQUIRED'] });
  });

  it('checks people and roles against the project directory', () => {
    const directory = { isUser: (id: string) => id === 'u-consultant-1', isRole: (id: string) => id === 'siteManager' };
    expect(validateSubmission(cancellationInterview, validInterview, { directory }).ok).toBe(true);
    expect(codes(validateSubmission(cancellationInterview, { ...validInterview, consultant: 'u-stranger' }, { directory })))
      .toEqual({ consultant: ['FORM_PERSON_UNKNOWN'] });
  });
});
