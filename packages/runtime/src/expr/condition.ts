import { issue, type Issue } from '../errors/siteflow-error.js';
import { evaluateSource, parseCached, referencedFields } from './evaluate.js';
import { callFunction } from './functions.js';
import { parseExpression } from './parse.js';
import { ConditionOp, type Condition, type ExpressionEnv, type Scope } from './types.js';
import { compareValues, isEmptyValue, readPath, truthy, valuesEqual } from './values.js';

const NO_ENV: ExpressionEnv = {};
const IDENTIFIER = /^[A-Za-z_$\u00a0-\uffff][\w$\u00a0-\uffff]*$/;
const INDEX = /^(0|[1-9]\d*)$/;
const OPS: ReadonlySet<string> = new Set(Object.values(ConditionOp));

type FieldCondition = Extract<Condition, { field: string }>;

const paths = new Map<string, readonly string[]>();

/** Returns `field` split at its dots, memoised (conditions are evaluated on every keystroke). */
function pathOf(field: string): readonly string[] {
  let path = paths.get(field);
  if (!path) {
    if (paths.size > 5000) paths.clear();
    path = field.split('.');
    paths.set(field, path);
  }
  return path;
}

/** Returns the text form of a condition, e.g. `amount > 100000 and contains(reasons, 'school')`. Pure. */
export function conditionToExpression(condition: Condition): string {
  if ('all' in condition) return joined(condition.all, 'and', 'true');
  if ('any' in condition) return joined(condition.any, 'or', 'false');
  if ('not' in condition) return `not (${conditionToExpression(condition.not)})`;
  if ('atLeast' in condition) {
    const parts = condition.of.map(conditionToExpression);
    // One list argument is read as "the list of conditions", so 0 or 1 condition go in brackets.
    const rest = parts.length <= 1 ? `[${parts.join('')}]` : parts.join(', ');
    return `atLeast(${literal(condition.atLeast)}, ${rest})`;
  }
  if ('field' in condition) return fieldExpression(condition);
  return `(${condition.expr})`;
}

function joined(items: readonly Condition[], op: 'and' | 'or', empty: string): string {
  if (items.length === 0) return empty;
  if (items.length === 1 && items[0]) return conditionToExpression(items[0]);
  return items.map((c) => (('all' in c || 'any' in c) ? `(${conditionToExpression(c)})` : conditionToExpression(c))).join(` ${op} `);
}

function fieldExpression(c: FieldCondition): string {
  const f = pathText(c.field);
  const v = literal(c.value);
  switch (c.op) {
    case 'eq': return `${f} == ${v}`;
    case 'ne': return `${f} != ${v}`;
    case 'gt': return `${f} > ${v}`;
    case 'gte': return `${f} >= ${v}`;
    case 'lt': return `${f} < ${v}`;
    case 'lte': return `${f} <= ${v}`;
    case 'contains': return `contains(${f}, ${v})`;
    case 'notContains': return `not contains(${f}, ${v})`;
    case 'in': return `anyOf(${f}, ${literal(asList(c.value))})`;
    case 'notIn': return `not anyOf(${f}, ${literal(asList(c.value))})`;
    case 'isEmpty': return `isEmpty(${f})`;
    case 'isNotEmpty': return `not isEmpty(${f})`;
    case 'between': {
      const [lo, hi] = asList(c.value);
      return `(${f} >= ${literal(lo)} and ${f} <= ${literal(hi)})`;
    }
    default: {
      const unreachable: never = c.op;
      return unreachable;
    }
  }
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [value];
}

function pathText(field: string): string {
  return field.split('.').map((seg, i) => (INDEX.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return 'null';
}

/**
 * Returns whether a condition holds for `scope`. Pure; never throws. Gives the same answer as
 * evaluating `conditionToExpression(condition)`; an `{ expr }` that does not parse is false.
 */
export function evaluateCondition(condition: Condition, scope: Scope, env: ExpressionEnv = NO_ENV): boolean {
  try {
    return holds(condition, scope, env, 0);
  } catch {
    return false;
  }
}

function holds(c: Condition, scope: Scope, env: ExpressionEnv, depth: number): boolean {
  if (depth > 64) return false;
  const next = depth + 1;
  if ('all' in c) {
    for (const x of c.all) if (!holds(x, scope, env, next)) return false;
    return true;
  }
  if ('any' in c) {
    for (const x of c.any) if (holds(x, scope, env, next)) return true;
    return false;
  }
  if ('not' in c) return !holds(c.not, scope, env, next);
  if ('atLeast' in c) {
    let n = 0;
    for (const x of c.of) if (holds(x, scope, env, next)) n += 1;
    return n >= c.atLeast;
  }
  if ('field' in c) return fieldHolds(c, readPath(scope, pathOf(c.field)), env);
  return truthy(evaluateSource(c.expr, scope, env));
}

function fieldHolds(c: FieldCondition, actual: unknown, env: ExpressionEnv): boolean {
  switch (c.op) {
    case 'eq': return valuesEqual(actual, c.value);
    case 'ne': return !valuesEqual(actual, c.value);
    case 'gt': { const r = compareValues(actual, c.value); return r !== null && r > 0; }
    case 'gte': { const r = compareValues(actual, c.value); return r !== null && r >= 0; }
    case 'lt': { const r = compareValues(actual, c.value); return r !== null && r < 0; }
    case 'lte': { const r = compareValues(actual, c.value); return r !== null && r <= 0; }
    case 'contains': return callFunction('contains', [actual, c.value], env) === true;
    case 'notContains': return callFunction('contains', [actual, c.value], env) !== true;
    case 'in': return callFunction('anyOf', [actual, asList(c.value)], env) === true;
    case 'notIn': return callFunction('anyOf', [actual, asList(c.value)], env) !== true;
    case 'isEmpty': return isEmptyValue(actual);
    case 'isNotEmpty': return !isEmptyValue(actual);
    case 'between': {
      const [lo, hi] = asList(c.value);
      const a = compareValues(actual, lo);
      const b = compareValues(actual, hi);
      return a !== null && b !== null && a >= 0 && b <= 0;
    }
    default: {
      const unreachable: never = c.op;
      return unreachable;
    }
  }
}

/**
 * Returns the problems of an untrusted condition (as stored by the visual builder), each with a
 * `path` inside the condition (`all.1.value`). `knownField`, when given, is asked about every
 * field the condition reads. Pure.
 */
export function validateCondition(condition: unknown, knownField?: (path: string) => boolean, base = ''): Issue[] {
  const issues: Issue[] = [];
  check(condition, base, 0, issues, knownField);
  return issues;
}

function bad(where: string, issues: Issue[]): void {
  issues.push(issue('EXPR_CONDITION_INVALID', { where: where || '(root)' }, { path: where }));
}

function check(c: unknown, at: string, depth: number, issues: Issue[], knownField?: (path: string) => boolean): void {
  const sub = (key: string) => (at ? `${at}.${key}` : key);
  if (depth > 64 || c === null || typeof c !== 'object' || Array.isArray(c)) { bad(at, issues); return; }
  const o = c as Record<string, unknown>;
  const keys = Object.keys(o);
  const listOf = (key: string) => {
    const list = o[key];
    if (!Array.isArray(list)) { bad(sub(key), issues); return; }
    list.forEach((x, i) => check(x, sub(`${key}.${i}`), depth + 1, issues, knownField));
  };
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) { listOf(keys[0]); return; }
  if (keys.length === 1 && keys[0] === 'not') { check(o.not, sub('not'), depth + 1, issues, knownField); return; }
  if (keys.length === 2 && 'atLeast' in o && 'of' in o) {
    if (typeof o.atLeast !== 'number' || !Number.isInteger(o.atLeast) || o.atLeast < 0) bad(sub('atLeast'), issues);
    listOf('of');
    return;
  }
  if (keys.length === 1 && keys[0] === 'expr') {
    if (typeof o.expr !== 'string') { bad(sub('expr'), issues); return; }
    const parsed = parseExpression(o.expr);
    if (!parsed.ok) { issues.push({ ...parsed.issue, path: sub('expr') }); return; }
    if (knownField) {
      for (const field of referencedOf(o.expr)) {
        if (!knownField(field)) issues.push(issue('EXPR_UNKNOWN_FIELD', { field }, { path: sub('expr') }));
      }
    }
    return;
  }
  if ('field' in o && 'op' in o && keys.every((k) => k === 'field' || k === 'op' || k === 'value')) {
    checkField(o, at, issues, knownField);
    return;
  }
  bad(at, issues);
}

function checkField(o: Record<string, unknown>, at: string, issues: Issue[], knownField?: (path: string) => boolean): void {
  const sub = (key: string) => (at ? `${at}.${key}` : key);
  const field = o.field;
  if (typeof field !== 'string' || !field.split('.').every((seg, i) => (i > 0 && INDEX.test(seg)) || (IDENTIFIER.test(seg) && !['__proto__', 'constructor', 'prototype'].includes(seg)))) {
    bad(sub('field'), issues);
  } else if (knownField && !knownField(field)) {
    issues.push(issue('EXPR_UNKNOWN_FIELD', { field }, { path: sub('field') }));
  }
  if (typeof o.op !== 'string' || !OPS.has(o.op)) { bad(sub('op'), issues); return; }
  const value = o.value;
  const scalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v) && (typeof v !== 'number' || Number.isFinite(v));
  const op = o.op as ConditionOp;
  const ok = op === 'isEmpty' || op === 'isNotEmpty' ? value === undefined
    : op === 'in' || op === 'notIn' ? Array.isArray(value) && value.every(scalar)
      : op === 'between' ? Array.isArray(value) && value.length === 2 && value.every(scalar)
        : scalar(value);
  if (!ok) bad(sub('value'), issues);
}

function referencedOf(source: string): string[] {
  const parsed = parseCached(source);
  return parsed ? referencedFields(parsed) : [];
}

/** Returns the dotted paths of every field a condition reads (including inside `{ expr }`). Pure. */
export function conditionFields(condition: Condition): string[] {
  const seen = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('atLeast' in c) c.of.forEach(walk);
    else if ('field' in c) seen.add(c.field);
    else referencedOf(c.expr).forEach((f) => seen.add(f));
  };
  walk(condition);
  return [...seen];
}
