import { isDate } from './patterns.js';
import { asNumber, isBlank, isPlainObject, tidy, truthy } from '../expr/values.js';
import { hasDecimals } from './ajv.js';
import type { FieldNode } from './field-tree.js';
import { normalizePhone } from './patterns.js';

/**
 * Returns the value to store for what a person typed: null, blank text and empty input become
 * "not filled" (undefined); phone numbers lose spaces, dashes and +86; ID numbers are upper
 * case; money and percentages within floating-point noise of 2 decimals are rounded. Anything
 * of the wrong type is returned as is, for the validator to report. Pure.
 */
export function normalizeValue(node: FieldNode, raw: unknown): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'string') {
    if (isBlank(raw)) return undefined;
    switch (node.type) {
      case 'phone': return normalizePhone(raw.trim());
      case 'idCard': return raw.trim().toUpperCase();
      case 'email': return raw.trim();
      default: return raw;
    }
  }
  if (typeof raw === 'number') {
    if ((node.type === 'money' || node.type === 'percent') && Number.isFinite(raw) && hasDecimals(raw, 2)) return Math.round(raw * 100) / 100;
    return raw;
  }
  if (Array.isArray(raw)) {
    // Copies, so the stored record never shares arrays or objects with the request body.
    return node.type === 'attachments' ? raw.map((item) => (isPlainObject(item) ? { ...item } : item)) : raw.slice();
  }
  return raw;
}

/** Returns `n` rounded half away from zero to 2 decimals (761140.475 → 761140.48). Pure. */
export function roundCents(n: number): number {
  const cents = tidy(n * 100);
  if (cents === null) return n;
  return (Math.sign(cents) * Math.round(Math.abs(cents))) / 100;
}

/** Returns the stored form of a computed field's result, by its result type; undefined when there is none. Pure. */
export function coerceComputed(node: FieldNode, value: unknown): unknown {
  const resultType = node.ui.resultType ?? 'number';
  switch (resultType) {
    case 'number': {
      const n = asNumber(value);
      return n === null ? undefined : tidy(n) ?? undefined;
    }
    case 'money': {
      const n = asNumber(value);
      return n === null ? undefined : roundCents(n);
    }
    case 'text':
      return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
    case 'boolean':
      return truthy(value);
    case 'date':
      return typeof value === 'string' && isDate(value) ? value : undefined;
    default: {
      const unreachable: never = resultType;
      return unreachable;
    }
  }
}
