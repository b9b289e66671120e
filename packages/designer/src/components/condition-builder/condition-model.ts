import type { Condition, ConditionField, ConditionOp } from './types.js';
import { opsByKind, opTakesNoValue } from './types.js';

/** The group kinds the builder shows as one "match" selector. */
export type GroupMode = 'all' | 'any' | 'atLeast';

/** A condition group as the builder edits it: mode, K for atLeast, children, negation. */
export interface GroupView {
  readonly mode: GroupMode;
  readonly k: number;
  readonly children: readonly Condition[];
  readonly negated: boolean;
}

/** Returns true when `c` is a group (all / any / atLeast), looking through one `not`. Pure. */
export function isGroup(c: Condition): boolean {
  const inner = 'not' in c ? c.not : c;
  return 'all' in inner || 'any' in inner || 'atLeast' in inner;
}

/** Returns the group view of a condition; a single leaf becomes an "all" group of one. Pure. */
export function toGroupView(c: Condition | undefined): GroupView {
  if (!c) return { mode: 'all', k: 1, children: [], negated: false };
  const negated = 'not' in c && isGroup(c);
  const inner = negated && 'not' in c ? c.not : c;
  if ('all' in inner) return { mode: 'all', k: 1, children: inner.all, negated };
  if ('any' in inner) return { mode: 'any', k: 1, children: inner.any, negated };
  if ('atLeast' in inner) return { mode: 'atLeast', k: inner.atLeast, children: inner.of, negated };
  return { mode: 'all', k: 1, children: [c], negated: false };
}

/** Returns the Condition data for a group view. Pure. */
export function fromGroupView(g: GroupView): Condition {
  const k = Math.max(1, Math.min(g.k, Math.max(1, g.children.length)));
  const base: Condition = g.mode === 'all' ? { all: g.children }
    : g.mode === 'any' ? { any: g.children }
    : { atLeast: k, of: g.children };
  return g.negated ? { not: base } : base;
}

/** Returns a fresh leaf comparing the first field with its first operator. Pure. */
export function newLeaf(fields: readonly ConditionField[]): Condition {
  const f = fields[0];
  if (!f) return { expr: '' };
  const op = opsByKind[f.kind][0] ?? 'eq';
  return { field: f.key, op, ...(opTakesNoValue(op) ? {} : { value: defaultValue(f, op) }) };
}

/** Returns a sensible initial value for a field and operator. Pure. */
export function defaultValue(f: ConditionField | undefined, op: ConditionOp): unknown {
  if (opTakesNoValue(op)) return undefined;
  if (op === 'in' || op === 'notIn') return [];
  if (op === 'between') return [null, null];
  if (!f) return '';
  switch (f.kind) {
    case 'boolean': return true;
    case 'number': return null;
    case 'option': case 'options': return f.options?.[0]?.value ?? '';
    case 'date': return null;
    case 'text': return '';
    default: { const never: never = f.kind; return never; }
  }
}

/** Returns the number of leaves under `c` (for summaries and "empty" checks). Pure. */
export function countLeaves(c: Condition | undefined): number {
  if (!c) return 0;
  if ('all' in c) return c.all.reduce((n, x) => n + countLeaves(x), 0);
  if ('any' in c) return c.any.reduce((n, x) => n + countLeaves(x), 0);
  if ('atLeast' in c) return c.of.reduce((n, x) => n + countLeaves(x), 0);
  if ('not' in c) return countLeaves(c.not);
  return 1;
}
