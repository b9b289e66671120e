import { dayOfDateKey, parseZonedDateTime } from '../expr/dates.js';

/** Mainland China mobile number: 11 digits starting 13–19. */
export const PHONE_PATTERN = '^1[3-9]\\d{9}$';
const PHONE_RE = new RegExp(PHONE_PATTERN);

/** Returns whether `value` is a mainland China mobile number (after `normalizePhone`). Pure. */
export function isChineseMobile(value: unknown): boolean {
  return typeof value === 'string' && PHONE_RE.test(value);
}

/** Returns the phone number without spaces, dashes and a leading +86 / 86. Pure. */
export function normalizePhone(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  if (/^\+?86\d{11}$/.test(compact)) return compact.slice(compact.length - 11);
  return compact;
}

/** Why an 18-digit resident ID number is wrong, or `ok`. */
export type IdCardCheck = 'ok' | 'format' | 'birthDate' | 'checksum';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK_CHARS = '10X98765432';

/** Returns the check character (GB 11643) of the first 17 digits. Pure. */
export function idCardCheckChar(first17: string): string {
  let total = 0;
  for (let i = 0; i < 17; i += 1) total += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK_CHARS[total % 11] ?? '';
}

/**
 * Checks an 18-digit PRC resident ID number: format (region code not starting with 0), a real
 * birth date from 1900 on (not after 2100; the runtime has no clock to compare with today)
 * and the GB 11643 checksum. Pure.
 */
export function checkIdCard(value: unknown): IdCardCheck {
  if (typeof value !== 'string' || value.length !== 18) return 'format';
  // One pass over the characters: format and the weighted sum of the first 17 digits.
  let total = 0;
  for (let i = 0; i < 17; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9 || (i === 0 && digit === 0)) return 'format';
    total += digit * (ID_WEIGHTS[i] ?? 0);
  }
  const last = value.charCodeAt(17);
  if (!((last >= 48 && last <= 57) || last === 88 /* X */)) return 'format';
  const year = Number(value.slice(6, 10));
  if (year < 1900 || year > 2100 || dayOfDateKey(`${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`) === null) return 'birthDate';
  return ID_CHECK_CHARS[total % 11] === value[17] ? 'ok' : 'checksum';
}

/** Plain e-mail address: one @, a dot in the domain, no spaces; at most 254 characters. */
export const EMAIL_PATTERN = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$";

/** Local time of day `HH:mm` or `HH:mm:ss`. */
export const TIME_PATTERN = '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$';


/** Returns whether `value` is a real `YYYY-MM-DD` date. Pure. */
export function isDate(value: string): boolean {
  return dayOfDateKey(value) !== null;
}

/** Returns whether `value` is an ISO date-time with its zone (`2025-12-20T16:17:00+08:00`). Pure. */
export function isZonedDateTime(value: string): boolean {
  return parseZonedDateTime(value) !== null;
}

/** Ids of people and roles: letters, digits and `_ . : -`, up to 64 characters. */
export const ID_PATTERN = '^[A-Za-z0-9_.:-]{1,64}$';

/** Field keys: a letter, then letters, digits or `_` (they become paths and column names). */
export const KEY_PATTERN = '^[A-Za-z][A-Za-z0-9_]{0,63}$';

/** Keys that would collide with JavaScript object internals. */
export const RESERVED_KEYS = [
  'constructor', 'prototype', '__proto__', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf',
  'propertyIsEnumerable', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
] as const;

/** Returns a regular expression source matching the MIME types of an accept list (`image/*`). Pure. */
export function acceptPattern(accept: readonly string[]): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const parts = accept.map((a) => (a.endsWith('/*') ? `${escape(a.slice(0, -1))}[^/]+` : escape(a)));
  return `^(?:${parts.join('|')})$`;
}
