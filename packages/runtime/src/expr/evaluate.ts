import { callFunction } from './functions.js';
import { parseExpression } from './parse.js';
import type { BinaryOp, ExprNode, ExpressionEnv, ParsedExpression, Scope } from './types.js';
import { asNumber, compareValues, readPath, tidy, truthy, valuesEqual } from './values.js';

const NO_ENV: ExpressionEnv = {};

/**
 * Returns the value of a parsed expression over `scope` (a record's data). Pure and total: it
 * never throws and runs no code but our own. Unknown or missing fields read as `undefined`
 * (an unfilled field is normal; `validateFormDefinition` reports names that match no field);
 * arithmetic on a missing or non-numeric value and division by zero give null; comparisons
 * between a number and a text are false.
 */
export function evaluateExpression(expression: ParsedExpression, scope: Scope, env: ExpressionEnv = NO_ENV): unknown {
  try {
    return evaluateNode(expression.ast, scope, env);
  } catch {
    // Only an exotic host object (a throwing Proxy) can get here; the value is then unknown.
    return null;
  }
}

const cache = new Map<string, ParsedExpression | null>();
const CACHE_LIMIT = 2000;

/**
 * Returns the parsed form of `source`, memoised (a bounded cache keyed by text), or null when it
 * does not parse. Pure from the caller's point of view. For hot paths such as conditions.
 */
export function parseCached(source: string): ParsedExpression | null {
  const hit = cache.get(source);
  if (hit !== undefined) return hit;
  const result = parseExpression(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const value = result.ok ? result.expression : null;
  cache.set(source, value);
  return value;
}

/** Returns the value of an expression given as text; null when it does not parse. Pure; never throws. */
export function evaluateSource(source: string, scope: Scope, env: ExpressionEnv = NO_ENV): unknown {
  const parsed = parseCached(source);
  return parsed ? evaluateExpression(parsed, scope, env) : null;
}

function evaluateNode(node: ExprNode, scope: Scope, env: ExpressionEnv): unknown {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'field':
      return readPath(scope, node.path);
    case 'array':
      return evaluateAll(node.items, scope, env);
    case 'unary': {
      const value = evaluateNode(node.arg, scope, env);
      if (node.op === 'not') return !truthy(value);
      const n = asNumber(value);
      if (n === null) return null;
      return node.op === '-' ? -n : n;
    }
    case 'logical': {
      const left = truthy(evaluateNode(node.left, scope, env));
      if (node.op === 'and') return left && truthy(evaluateNode(node.right, scope, env));
      return left || truthy(evaluateNode(node.right, scope, env));
    }
    case 'conditional':
      return truthy(evaluateNode(node.test, scope, env))
        ? evaluateNode(node.then, scope, env)
        : evaluateNode(node.otherwise, scope, env);
    case 'binary':
      return binary(node.op, evaluateNode(node.left, scope, env), evaluateNode(node.right, scope, env));
    case 'call':
      return callFunction(node.fn, evaluateAll(node.args, scope, env), env);
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}

function evaluateAll(nodes: readonly ExprNode[], scope: Scope, env: ExpressionEnv): unknown[] {
  const out = new Array<unknown>(nodes.length);
  for (let i = 0; i < nodes.length; i += 1) out[i] = evaluateNode(nodes[i] as ExprNode, scope, env);
  return out;
}

function binary(op: BinaryOp, left: unknown, right: unknown): unknown {
  switch (op) {
    case '==':
      return valuesEqual(left, right);
    case '!=':
      return !valuesEqual(left, right);
    case '<': { const c = compareValues(left, right); return c !== null && c < 0; }
    case '<=': { const c = compareValues(left, right); return c !== null && c <= 0; }
    case '>': { const c = compareValues(left, right); return c !== null && c > 0; }
    case '>=': { const c = compareValues(left, right); return c !== null && c >= 0; }
    case '+':
      if (typeof left === 'string' || typeof right === 'string') {
        // Text joins text; a missing side joins as nothing rather than "undefined".
        return `${left === null || left === undefined ? '' : String(left)}${right === null || right === undefined ? '' : String(right)}`;
      }
      return arithmetic(op, left, right);
    case '-':
    case '*':
    case '/':
    case '%':
      return arithmetic(op, left, right);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

function arithmetic(op: '+' | '-' | '*' | '/' | '%', left: unknown, right: unknown): number | null {
  const a = asNumber(left);
  const b = asNumber(right);
  if (a === null || b === null) return null;
  switch (op) {
    case '+': return tidy(a + b);
    case '-': return tidy(a - b);
    case '*': return tidy(a * b);
    case '/': return b === 0 ? null : tidy(a / b);
    case '%': return b === 0 ? null : tidy(a % b);
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

/** Returns the dotted paths of every field an expression reads, in first-use order. Pure. */
export function referencedFields(expression: ParsedExpression): string[] {
  const seen = new Set<string>();
  const walk = (node: ExprNode): void => {
    switch (node.kind) {
      case 'literal': return;
      case 'field': seen.add(node.path.join('.')); return;
      case 'array': node.items.forEach(walk); return;
      case 'unary': walk(node.arg); return;
      case 'binary':
      case 'logical': walk(node.left); walk(node.right); return;
      case 'conditional': walk(node.test); walk(node.then); walk(node.otherwise); return;
      case 'call': node.args.forEach(walk); return;
      default: {
        const unreachable: never = node;
        return unreachable;
      }
    }
  };
  walk(expression.ast);
  return [...seen];
}
