import jsep from 'jsep';
import { issue } from '../errors/siteflow-error.js';
import type { ErrorCode } from '../i18n/catalogue.js';
import { FUNCTION_NAMES, functionArity } from './functions.js';
import type { BinaryOp, ExprNode, ExpressionIssue, LiteralValue, ParseResult, ParsedExpression } from './types.js';

/** Longest source text accepted; expressions are written by people, not generated in bulk. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deepest tree accepted, so evaluation can never exhaust the stack. */
export const MAX_EXPRESSION_DEPTH = 64;

// jsep is configured once for the whole process: word operators for people who do not write code.
// Precedences follow jsep's own `||` (1) and `&&` (2).
jsep.addBinaryOp('or', 1);
jsep.addBinaryOp('and', 2);
jsep.addUnaryOp('not');

const BINARY: Readonly<Record<string, BinaryOp>> = {
  '+': '+', '-': '-', '*': '*', '/': '/', '%': '%',
  '==': '==', '===': '==', '!=': '!=', '!==': '!=', '<': '<', '<=': '<=', '>': '>', '>=': '>=',
};
const LOGICAL: Readonly<Record<string, 'and' | 'or'>> = { '&&': 'and', and: 'and', '||': 'or', or: 'or' };
const UNARY: Readonly<Record<string, '-' | '+' | 'not'>> = { '-': '-', '+': '+', '!': 'not', not: 'not' };
/** Names that would reach JavaScript internals if a path could name them. */
const FORBIDDEN_NAMES = new Set(['__proto__', 'prototype', 'constructor', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__']);

class Rejection {
  constructor(readonly code: ErrorCode, readonly params: Record<string, unknown>, readonly needle: string) {}
}

/**
 * Returns the parsed expression or one issue with the 0-based `position` of the problem. Pure;
 * never throws. Syntax comes from jsep; then only whitelisted constructs are kept: literals,
 * arrays, field paths, arithmetic, comparison, `and`/`or`/`not` (also `&&`/`||`/`!`), `? :`
 * and calls of the built-in functions. `this`, computed member access with a non-literal key,
 * method calls and `__proto__`/`constructor`/`prototype` are refused here, before anything runs.
 */
export function parseExpression(source: string): ParseResult {
  if (typeof source !== 'string' || source.trim() === '') {
    return fail('EXPR_EMPTY', {}, 0);
  }
  if (source.length > MAX_EXPRESSION_LENGTH) {
    return fail('EXPR_TOO_LONG', { max: MAX_EXPRESSION_LENGTH }, MAX_EXPRESSION_LENGTH);
  }
  let tree: jsep.Expression;
  try {
    tree = jsep(source);
  } catch (error) {
    return syntaxFailure(source, error);
  }
  try {
    const ast = convert(tree, 0);
    const expression: ParsedExpression = { source, ast };
    return { ok: true, expression };
  } catch (error) {
    if (error instanceof Rejection) {
      return fail(error.code, error.params, locate(source, error.needle));
    }
    if (error instanceof RangeError) {
      return fail('EXPR_TOO_DEEP', { max: MAX_EXPRESSION_DEPTH }, 0);
    }
    throw error;
  }
}

function fail(code: ErrorCode, params: Record<string, unknown>, position: number): { ok: false; issue: ExpressionIssue } {
  const base = issue(code, { ...params, column: position + 1 });
  return { ok: false, issue: { ...base, position } };
}

function locate(source: string, needle: string): number {
  const at = needle === '' ? -1 : source.indexOf(needle);
  return at < 0 ? 0 : at;
}

function syntaxFailure(source: string, error: unknown): { ok: false; issue: ExpressionIssue } {
  const raw = error as { index?: unknown; description?: unknown; message?: unknown };
  if (error instanceof RangeError) {
    return fail('EXPR_TOO_DEEP', { max: MAX_EXPRESSION_DEPTH }, 0);
  }
  const position = typeof raw.index === 'number' ? Math.min(raw.index, source.length) : 0;
  const detailEn = typeof raw.description === 'string' ? raw.description : String(raw.message ?? 'syntax error');
  return fail('EXPR_SYNTAX', { detailEn, detailZh: translateSyntax(detailEn) }, position);
}

/** jsep's messages are English; these are the ones people meet, in Chinese. */
function translateSyntax(detail: string): string {
  const rules: Array<[RegExp, (m: RegExpMatchArray) => string]> = [
    [/^Unclosed \($/, () => '缺少右括号「)」'],
    [/^Unclosed \[$/, () => '缺少右方括号「]」'],
    [/^Unclosed quote after "(.*)"$/s, () => '字符串缺少结束引号'],
    [/^Expected expression after (.+)$/, (m) => `运算符「${m[1]}」后缺少内容`],
    [/^Expected expression$/, () => '缺少表达式'],
    [/^Expected comma$/, () => '缺少逗号'],
    [/^Expected :$/, () => '条件表达式缺少「:」'],
    [/^Expected (.)$/, (m) => `缺少「${m[1]}」`],
    [/^Unexpected token (.+)$/, (m) => `多余的「${m[1]}」`],
    [/^Unexpected period$/, () => '多余的「.」'],
    [/^Unexpected "?(.+?)"?$/, (m) => `无法识别的字符「${m[1]}」`],
    [/^Variable names cannot start with a number/, () => '字段名不能以数字开头'],
    [/^Expected exponent/, () => '数字的指数部分不完整'],
    [/^missing unaryOp argument$/, () => '运算符后缺少内容'],
  ];
  for (const [pattern, render] of rules) {
    const match = detail.match(pattern);
    if (match) return render(match);
  }
  return detail;
}

function convert(node: jsep.Expression, depth: number): ExprNode {
  if (depth > MAX_EXPRESSION_DEPTH) throw new Rejection('EXPR_TOO_DEEP', { max: MAX_EXPRESSION_DEPTH }, '');
  const next = depth + 1;
  switch (node.type) {
    case 'Literal': {
      const value = (node as jsep.Literal).value;
      if (value instanceof RegExp) throw new Rejection('EXPR_FORBIDDEN', { name: 'RegExp' }, String(value));
      return { kind: 'literal', value: value as LiteralValue };
    }
    case 'Identifier':
    case 'MemberExpression':
      return { kind: 'field', path: fieldPath(node) };
    case 'ArrayExpression': {
      const items = (node as jsep.ArrayExpression).elements.map((item) => {
        if (item === null) throw new Rejection('EXPR_SYNTAX', { detailEn: 'Empty array element', detailZh: '列表中有空元素' }, ',,');
        return convert(item, next);
      });
      return { kind: 'array', items };
    }
    case 'UnaryExpression': {
      const unary = node as jsep.UnaryExpression;
      const op = UNARY[unary.operator];
      if (op === undefined) throw new Rejection('EXPR_UNSUPPORTED_OPERATOR', { op: unary.operator }, unary.operator);
      return { kind: 'unary', op, arg: convert(unary.argument, next) };
    }
    case 'BinaryExpression': {
      const binary = node as jsep.BinaryExpression;
      const logical = LOGICAL[binary.operator];
      if (logical !== undefined) {
        return { kind: 'logical', op: logical, left: convert(binary.left, next), right: convert(binary.right, next) };
      }
      const op = BINARY[binary.operator];
      if (op === undefined) throw new Rejection('EXPR_UNSUPPORTED_OPERATOR', { op: binary.operator }, binary.operator);
      return { kind: 'binary', op, left: convert(binary.left, next), right: convert(binary.right, next) };
    }
    case 'ConditionalExpression': {
      const cond = node as jsep.ConditionalExpression;
      return { kind: 'conditional', test: convert(cond.test, next), then: convert(cond.consequent, next), otherwise: convert(cond.alternate, next) };
    }
    case 'CallExpression': {
      const call = node as jsep.CallExpression;
      if (call.callee.type !== 'Identifier') {
        throw new Rejection('EXPR_FORBIDDEN', { name: describe(call.callee) }, describe(call.callee));
      }
      const name = (call.callee as jsep.Identifier).name;
      if (!FUNCTION_NAMES.has(name)) {
        throw new Rejection('EXPR_UNKNOWN_FUNCTION', { name, available: [...FUNCTION_NAMES].join(', ') }, `${name}(`);
      }
      const arity = functionArity(name);
      const count = call.arguments.length;
      if (count < arity.min || count > arity.max) {
        const expected = arity.min === arity.max ? String(arity.min) : arity.max === Infinity ? `≥${arity.min}` : `${arity.min}–${arity.max}`;
        throw new Rejection('EXPR_FUNCTION_ARITY', { name, expected, actual: count }, `${name}(`);
      }
      return { kind: 'call', fn: name, args: call.arguments.map((arg) => convert(arg, next)) };
    }
    case 'ThisExpression':
      throw new Rejection('EXPR_FORBIDDEN', { name: 'this' }, 'this');
    case 'Compound':
    case 'SequenceExpression':
      throw new Rejection('EXPR_SYNTAX', { detailEn: 'Only one expression is allowed', detailZh: '只能写一个表达式' }, '');
    default:
      throw new Rejection('EXPR_FORBIDDEN', { name: node.type }, '');
  }
}

/** Turns `a.b[0]['c']` into `['a', 'b', '0', 'c']`; anything else is refused. */
function fieldPath(node: jsep.Expression): string[] {
  if (node.type === 'Identifier') {
    const name = (node as jsep.Identifier).name;
    guardName(name);
    return [name];
  }
  if (node.type !== 'MemberExpression') {
    throw new Rejection('EXPR_FORBIDDEN', { name: describe(node) }, '');
  }
  const member = node as jsep.MemberExpression;
  const base = fieldPath(member.object);
  let key: string;
  if (!member.computed && member.property.type === 'Identifier') {
    key = (member.property as jsep.Identifier).name;
  } else if (member.computed && member.property.type === 'Literal' && typeof (member.property as jsep.Literal).value !== 'object') {
    key = String((member.property as jsep.Literal).value);
  } else {
    throw new Rejection('EXPR_FORBIDDEN', { name: '[…]' }, '[');
  }
  guardName(key);
  return [...base, key];
}

function guardName(name: string): void {
  if (FORBIDDEN_NAMES.has(name)) throw new Rejection('EXPR_FORBIDDEN', { name }, name);
}

function describe(node: jsep.Expression): string {
  if (node.type === 'Identifier') return (node as jsep.Identifier).name;
  if (node.type === 'MemberExpression') {
    const member = node as jsep.MemberExpression;
    const prop = member.property.type === 'Identifier' ? (member.property as jsep.Identifier).name : '[…]';
    return `${describe(member.object)}.${prop}`;
  }
  return node.type;
}
