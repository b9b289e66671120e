import type { EpochMs } from '../common/time.js';
import type { Issue } from '../errors/siteflow-error.js';
import type { BusinessCalendar } from '../calendar/types.js';

/** Literal values an expression can spell out: `'学区'`, `100000`, `true`, `null`. */
export type LiteralValue = string | number | boolean | null;

/** Binary operators the evaluator understands (`===`/`!==` are read as `==`/`!=`). */
export const BinaryOp = {
  add: '+', sub: '-', mul: '*', div: '/', mod: '%',
  eq: '==', ne: '!=', lt: '<', lte: '<=', gt: '>', gte: '>=',
} as const;
export type BinaryOp = (typeof BinaryOp)[keyof typeof BinaryOp];

/**
 * Our own expression tree, produced from jsep's tree by `parseExpression`. Plain JSON, so it can
 * be stored, compared and walked; only these node kinds exist, which is what makes the
 * evaluator a whitelist.
 */
export type ExprNode =
  | { readonly kind: 'literal'; readonly value: LiteralValue }
  /** A field path: `customer.phone` is `['customer', 'phone']`, `items[0].amount` is `['items', '0', 'amount']`. */
  | { readonly kind: 'field'; readonly path: readonly string[] }
  | { readonly kind: 'array'; readonly items: readonly ExprNode[] }
  | { readonly kind: 'unary'; readonly op: '-' | '+' | 'not'; readonly arg: ExprNode }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: ExprNode; readonly right: ExprNode }
  | { readonly kind: 'logical'; readonly op: 'and' | 'or'; readonly left: ExprNode; readonly right: ExprNode }
  | { readonly kind: 'conditional'; readonly test: ExprNode; readonly then: ExprNode; readonly otherwise: ExprNode }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly ExprNode[] };

/** A successfully parsed expression: the source text (what people read) and its tree. */
export interface ParsedExpression {
  readonly source: string;
  readonly ast: ExprNode;
}

/** An issue about an expression; `position` is the 0-based character index in the source. */
export type ExpressionIssue = Issue & { readonly position: number };

/** Result of `parseExpression`. */
export type ParseResult =
  | { readonly ok: true; readonly expression: ParsedExpression }
  | { readonly ok: false; readonly issue: ExpressionIssue };

/**
 * What an expression may know about the world besides the record. Everything is optional:
 * - `now` feeds `now()` and `today()` (without it both return null);
 * - `calendar` (the site's `BusinessCalendar`) says where a local day starts and which days
 *   are working days for `workingDaysBetween()`; without it days start at UTC+8 and
 *   `workingDaysBetween()` counts Monday–Friday only.
 */
export interface ExpressionEnv {
  readonly now?: EpochMs;
  readonly calendar?: BusinessCalendar;
}

/** The values an expression reads its fields from (a record's data, a sub-table row, ...). */
export type Scope = Readonly<Record<string, unknown>>;

/** Operators of a `{ field, op, value }` condition in the visual builder. */
export const ConditionOp = {
  eq: 'eq', ne: 'ne', gt: 'gt', gte: 'gte', lt: 'lt', lte: 'lte',
  contains: 'contains', notContains: 'notContains', in: 'in', notIn: 'notIn',
  isEmpty: 'isEmpty', isNotEmpty: 'isNotEmpty', between: 'between',
} as const;
export type ConditionOp = (typeof ConditionOp)[keyof typeof ConditionOp];

/**
 * A condition as the visual builder stores it. `{ field, op, value }` compares one field
 * (`value` is a literal, a list for `in`/`notIn`, `[low, high]` for `between`, absent for
 * `isEmpty`/`isNotEmpty`); `{ expr }` embeds a text expression for what the builder cannot say.
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | { readonly atLeast: number; readonly of: readonly Condition[] }
  | { readonly field: string; readonly op: ConditionOp; readonly value?: unknown }
  | { readonly expr: string };
