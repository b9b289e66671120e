/**
 * Value semantics of the expression language, chosen for people who fill forms rather than
 * for programmers: an empty list is false, a missing field equals null, arithmetic on a missing
 * or non-numeric value gives null instead of NaN, and 0.1 + 0.2 == 0.3.
 */

/** Returns true for null/undefined, blank text, an empty list and an object without keys. Pure. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  if (typeof value === 'number') return Number.isNaN(value);
  return false;
}

/** Returns true for text made only of white space (without copying it, unlike `trim()`). Pure. */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // Exactly JavaScript's \s: space, tab, line breaks, no-break space, 全角空格, BOM, ...
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff) continue;
    // The other characters of JavaScript's \s.
    if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f) continue;
    return false;
  }
  return true;
}

/** Returns the truth of a value: false for null, false, 0, NaN, '' and []. Pure. */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** Returns the number if `value` is a finite number, else null. Pure. */
export function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Returns `n` with binary floating-point noise removed (15 significant digits), so sums of
 * money amounts compare as people expect; non-finite results become null. Pure.
 */
export function tidy(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n)) return n === 0 ? 0 : n;
  const magnitude = Math.abs(n);
  if (magnitude >= 1e15 || magnitude < 1e-7) return n;
  // Same as Number(n.toPrecision(15)) without the string round trip: scale to 15 digits, round, scale back.
  const digits = 14 - Math.floor(Math.log10(magnitude));
  const scale = POW10[digits] ?? 10 ** digits;
  return Math.round(n * scale) / scale;
}

const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** Returns whether two values are equal: null equals a missing value, lists compare item by item. Pure. */
export function valuesEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (depth > 32) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => valuesEqual(item, b[i], depth + 1));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && valuesEqual(a[k], b[k], depth + 1));
  }
  return false;
}

/** Returns -1/0/1 comparing two numbers or two strings (dates `YYYY-MM-DD` compare correctly); null otherwise. Pure. */
export function compareValues(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return null;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

/** Returns true for objects made by JSON or `{}` (not arrays, dates, class instances). Pure. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Returns the own property `key` of a plain object or an array index; never reaches prototypes. Pure. */
export function readOwn(container: unknown, key: string): unknown {
  if (Array.isArray(container)) {
    if (!/^(0|[1-9]\d*)$/.test(key)) return key === 'length' ? container.length : undefined;
    return container[Number(key)];
  }
  // Own properties only: nothing is ever read from a prototype (`constructor`, `__proto__`).
  if (typeof container !== 'object' || container === null) return undefined;
  return Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
}

/** Returns the value at a dotted path (`['customer', 'phone']`) using own properties only. Pure. */
export function readPath(scope: unknown, path: readonly string[]): unknown {
  let current: unknown = scope;
  for (const key of path) {
    if (current === null || current === undefined) return undefined;
    current = readOwn(current, key);
  }
  return current;
}
