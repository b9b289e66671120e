import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { checkIdCard, isDate, isZonedDateTime } from './patterns.js';

/**
 * Returns whether `value` has at most `decimals` digits after the point: as written (the
 * shortest decimal that reads back as this number), or, below 10^9 where it cannot hide a real
 * extra digit, within floating-point noise of such a number (0.1 + 0.2). Pure.
 */
export function hasDecimals(value: number, decimals: number): boolean {
  if (Number.isInteger(value)) return true;
  const text = String(value);
  const point = text.indexOf('.');
  if (!text.includes('e') && (point < 0 || text.length - point - 1 <= decimals)) return true;
  if (Math.abs(value) >= 1e9) return false;
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) <= 2 * Number.EPSILON * Math.max(1, Math.abs(scaled));
}

let shared: Ajv2020 | null = null;

/**
 * Returns the one ajv instance of the form engine, with SiteFlow's formats and keywords:
 * `sf-date`, `sf-datetime`, `sfDecimals: n`, `sfIdCard: true`. Compiled validators are removed
 * from ajv's cache right away (`compileSchema`), so forms can be garbage-collected.
 */
export function formAjv(): Ajv2020 {
  if (shared) return shared;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes: false, useDefaults: false, validateFormats: true });
  ajv.addFormat('sf-date', { type: 'string', validate: isDate });
  ajv.addFormat('sf-datetime', { type: 'string', validate: isZonedDateTime });
  ajv.addKeyword({
    keyword: 'sfDecimals', type: 'number', schemaType: 'number',
    validate: (decimals: number, value: number) => hasDecimals(value, decimals),
  });
  ajv.addKeyword({
    keyword: 'sfIdCard', type: 'string', schemaType: 'boolean',
    validate: (on: boolean, value: string) => !on || checkIdCard(value) === 'ok',
  });
  shared = ajv;
  return ajv;
}

/** Returns a compiled validator for `schema` without keeping the schema in ajv's cache. */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  const ajv = formAjv();
  const validate = ajv.compile(schema);
  ajv.removeSchema(schema);
  return validate;
}
