import { addDays, daysBetween, today, workingDaysBetween } from './dates.js';
import type { ExpressionEnv } from './types.js';
import { asNumber, isEmptyValue, readOwn, tidy, truthy, valuesEqual } from './values.js';

type Impl = (args: readonly unknown[], env: ExpressionEnv) => unknown;

interface FunctionSpec {
  readonly min: number;
  readonly max: number;
  readonly impl: Impl;
}

/** `f(list)`, `f(rows, 'column')` or `f(a, b, c)`: the values a list function works on. */
function itemsOf(args: readonly unknown[]): readonly unknown[] {
  const [first, column] = args;
  if (Array.isArray(first)) {
    if (args.length === 2 && typeof column === 'string') return first.map((row) => readOwn(row, column));
    return first;
  }
  return args;
}

function numbersOf(args: readonly unknown[]): number[] {
  const out: number[] = [];
  for (const item of itemsOf(args)) {
    const n = asNumber(item);
    if (n !== null) out.push(n);
  }
  return out;
}

/** `anyOf(v, ['a', 'b'])` or `anyOf(v, 'a', 'b')`: the candidates after the first argument. */
function candidatesOf(args: readonly unknown[]): readonly unknown[] {
  return args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
}

function includesValue(list: readonly unknown[], value: unknown): boolean {
  return list.some((item) => valuesEqual(item, value));
}

function sum(numbers: readonly number[]): number {
  let total = 0;
  for (const n of numbers) total += n;
  return tidy(total) ?? 0;
}

function roundTo(value: unknown, digits: unknown, mode: 'round' | 'floor' | 'ceil'): number | null {
  const n = asNumber(value);
  const d = digits === undefined ? 0 : asNumber(digits);
  if (n === null || d === null || !Number.isInteger(d) || d < 0 || d > 10) return null;
  const factor = 10 ** d;
  const scaled = tidy(n * factor);
  if (scaled === null) return null;
  const op = mode === 'round' ? (x: number) => Math.sign(x) * Math.round(Math.abs(x)) : Math[mode];
  return tidy(op(scaled) / factor);
}

/**
 * The whitelist: the only functions an expression can call. Each receives evaluated arguments
 * and returns null rather than throwing when they do not fit.
 */
const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = {
  /** contains(text, part) or contains(list, item). */
  contains: { min: 2, max: 2, impl: ([hay, needle]) => {
    if (typeof hay === 'string') return (typeof needle === 'string' || typeof needle === 'number') && hay.includes(String(needle));
    if (Array.isArray(hay)) return includesValue(hay, needle);
    return false;
  } },
  /** anyOf(value, [a, b]) / anyOf(value, a, b): the value (or one item of a list value) is a candidate. */
  anyOf: { min: 2, max: Infinity, impl: (args) => {
    const candidates = candidatesOf(args);
    const value = args[0];
    if (Array.isArray(value)) return value.some((item) => includesValue(candidates, item));
    return includesValue(candidates, value);
  } },
  /** allOf(list, [a, b]) / allOf(list, a, b): every candidate is in the list. */
  allOf: { min: 2, max: Infinity, impl: (args) => {
    const value = args[0];
    const list = Array.isArray(value) ? value : [value];
    return candidatesOf(args).every((candidate) => includesValue(list, candidate));
  } },
  /** atLeast(k, c1, c2, …) or atLeast(k, [c1, c2, …]): at least k of the conditions are true. */
  atLeast: { min: 2, max: Infinity, impl: (args) => {
    const k = asNumber(args[0]);
    if (k === null) return false;
    const conditions = args.length === 2 && Array.isArray(args[1]) ? args[1] : args.slice(1);
    let n = 0;
    for (const c of conditions) if (truthy(c)) n += 1;
    return n >= k;
  } },
  /** count(list) or count(rows, 'column'): items, or rows whose column is filled in and not false. */
  count: { min: 1, max: 2, impl: ([list, column]) => {
    if (!Array.isArray(list)) return 0;
    if (typeof column !== 'string') return list.length;
    return list.filter((row) => { const v = readOwn(row, column); return !isEmptyValue(v) && v !== false; }).length;
  } },
  sum: { min: 1, max: Infinity, impl: (args) => sum(numbersOf(args)) },
  avg: { min: 1, max: Infinity, impl: (args) => { const ns = numbersOf(args); return ns.length === 0 ? null : tidy(sum(ns) / ns.length); } },
  min: { min: 1, max: Infinity, impl: (args) => { const ns = numbersOf(args); return ns.length === 0 ? null : ns.reduce((a, b) => (b < a ? b : a)); } },
  max: { min: 1, max: Infinity, impl: (args) => { const ns = numbersOf(args); return ns.length === 0 ? null : ns.reduce((a, b) => (b > a ? b : a)); } },
  /** len(text) in characters (a Chinese character counts 1) or len(list). */
  len: { min: 1, max: 1, impl: ([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : 0) },
  isEmpty: { min: 1, max: 1, impl: ([v]) => isEmptyValue(v) },
  round: { min: 1, max: 2, impl: ([v, d]) => roundTo(v, d, 'round') },
  floor: { min: 1, max: 2, impl: ([v, d]) => roundTo(v, d, 'floor') },
  ceil: { min: 1, max: 2, impl: ([v, d]) => roundTo(v, d, 'ceil') },
  abs: { min: 1, max: 1, impl: ([v]) => { const n = asNumber(v); return n === null ? null : Math.abs(n); } },
  daysBetween: { min: 2, max: 2, impl: ([a, b], env) => daysBetween(a, b, env) },
  workingDaysBetween: { min: 2, max: 2, impl: ([a, b], env) => workingDaysBetween(a, b, env) },
  addDays: { min: 2, max: 2, impl: ([a, n], env) => addDays(a, n, env) },
  today: { min: 0, max: 0, impl: (_args, env) => today(env) },
  now: { min: 0, max: 0, impl: (_args, env) => (typeof env.now === 'number' ? env.now : null) },
};

/** Names of every callable function, for error messages and the visual builder. */
export const FUNCTION_NAMES: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

/** Returns how many arguments a function accepts. Pure. */
export function functionArity(name: string): { min: number; max: number } {
  const spec = FUNCTIONS[name];
  return spec ? { min: spec.min, max: spec.max } : { min: 0, max: 0 };
}

/** Returns the result of calling a whitelisted function; null for unknown names or on any failure. Pure. */
export function callFunction(name: string, args: readonly unknown[], env: ExpressionEnv): unknown {
  if (!Object.hasOwn(FUNCTIONS, name)) return null;
  const spec = FUNCTIONS[name];
  if (!spec) return null;
  try {
    return spec.impl(args, env);
  } catch {
    // A malformed calendar or an exotic host object must not break a form; the value is unknown.
    return null;
  }
}
