import { parseExpression, type Condition, type ConditionOp, type ExprNode, type LiteralValue } from '@siteflow/runtime';

type FieldNode = Extract<ExprNode, { kind: 'field' }>;

const COMPARE: Readonly<Record<string, ConditionOp>> = { '==': 'eq', '!=': 'ne', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' };
// `5 < amount` reads as `amount > 5`.
const FLIPPED: Readonly<Record<string, ConditionOp>> = { '==': 'eq', '!=': 'ne', '>': 'lt', '>=': 'lte', '<': 'gt', '<=': 'gte' };
const NEGATED: Partial<Record<ConditionOp, ConditionOp>> = { eq: 'ne', ne: 'eq', contains: 'notContains', in: 'notIn', isEmpty: 'isNotEmpty' };

/**
 * Returns the visual-builder condition an expression says, for the shapes people write by hand:
 * comparisons of a field with a literal, `contains(f, v)`, `anyOf(f, [...])`, `isEmpty(f)`,
 * `count(f) > 0`, a bare field (is true), `not`, `and`, `or`. Returns null for anything else
 * (calls, arithmetic, fields compared with fields) or text that does not parse. Pure.
 */
export function expressionToCondition(source: string): Condition | null {
  const parsed = parseExpression(source);
  return parsed.ok ? fromNode(parsed.expression.ast) : null;
}

function fromNode(node: ExprNode): Condition | null {
  switch (node.kind) {
    case 'logical': {
      const left = fromNode(node.left);
      const right = fromNode(node.right);
      if (!left || !right) return null;
      const key = node.op === 'and' ? 'all' : 'any';
      const parts = [left, right].flatMap((c) => (key in c ? (c as Record<typeof key, readonly Condition[]>)[key] : [c]));
      return key === 'all' ? { all: parts } : { any: parts };
    }
    case 'unary': {
      if (node.op !== 'not') return null;
      const inner = fromNode(node.arg);
      if (!inner) return null;
      if ('field' in inner) {
        const op = NEGATED[inner.op];
        if (op) return { ...inner, op };
      }
      return { not: inner };
    }
    case 'binary': return fromComparison(node);
    case 'call': return fromCall(node.fn, node.args);
    case 'field': return { field: fieldKey(node), op: 'eq', value: true };
    default: return null;
  }
}

function fromComparison(node: Extract<ExprNode, { kind: 'binary' }>): Condition | null {
  const { left, right, op } = node;
  // count(list) > 0 says "has at least one".
  if (op === '>' && left.kind === 'call' && left.fn === 'count' && left.args[0]?.kind === 'field' && right.kind === 'literal' && right.value === 0) {
    return { field: fieldKey(left.args[0]), op: 'isNotEmpty' };
  }
  if (left.kind === 'field' && right.kind === 'literal' && COMPARE[op]) return leaf(left, COMPARE[op], right.value);
  if (right.kind === 'field' && left.kind === 'literal' && FLIPPED[op]) return leaf(right, FLIPPED[op], left.value);
  return null;
}

function fromCall(fn: string, args: readonly ExprNode[]): Condition | null {
  const [target, arg] = args;
  if (target?.kind !== 'field') return null;
  if (fn === 'isEmpty' && args.length === 1) return { field: fieldKey(target), op: 'isEmpty' };
  if (fn === 'contains' && args.length === 2 && arg?.kind === 'literal') return leaf(target, 'contains', arg.value);
  if (fn === 'anyOf' && args.length === 2 && arg?.kind === 'array' && arg.items.every((i) => i.kind === 'literal')) {
    return { field: fieldKey(target), op: 'in', value: arg.items.map((i) => (i as { value: LiteralValue }).value) };
  }
  return null;
}

// `f == null` is not quite "is empty" (which also holds for '' and []): such comparisons stay code.
function leaf(field: FieldNode, op: ConditionOp, value: LiteralValue): Condition | null {
  return value === null ? null : { field: fieldKey(field), op, value };
}

function fieldKey(node: FieldNode): string {
  return node.path.join('.');
}
