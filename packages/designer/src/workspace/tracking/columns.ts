import { isTableColumnType, type RenderNode } from '../../renderer/index.js';

/** Returns the fields a tracking table can show as columns (sections flattened, notes left out; a sub-table shows a summary). Pure. */
export function columnNodes(tree: readonly RenderNode[]): RenderNode[] {
  return tree.flatMap((n) => (n.type === 'section' ? columnNodes(n.children) : isTableColumnType(n.type) ? [n] : []));
}

/**
 * Returns the default columns: the form's own `tableColumns` when it declares them (those the table
 * can show), else required fields first (they always have a value), then the rest, in form order,
 * `count` at most. Pure.
 */
export function defaultColumns(nodes: readonly RenderNode[], declared?: readonly string[], count = 6): string[] {
  const shown = new Set(nodes.map((n) => n.key));
  const own = (declared ?? []).filter((k) => shown.has(k));
  if (own.length > 0) return own;
  const automatic = nodes.filter((n) => n.type !== 'attachments' && n.type !== 'subtable');
  return [...automatic.filter((n) => n.required), ...automatic.filter((n) => !n.required)].slice(0, count).map((n) => n.key);
}

/** Filter operators by field type: text-like fields contain, numbers and dates compare. Pure. */
export function operatorsFor(node: RenderNode | undefined): readonly ('eq' | 'ne' | 'contains' | 'gt' | 'gte' | 'lt' | 'lte')[] {
  if (!node) return ['eq', 'ne', 'contains'];
  switch (node.type) {
    case 'number': case 'money': case 'percent': case 'duration': case 'date': case 'datetime': case 'time': case 'computed':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'];
    case 'select': case 'boolean': case 'person': case 'role':
      return ['eq', 'ne'];
    case 'multiselect':
      return ['contains'];
    default:
      return ['eq', 'ne', 'contains'];
  }
}

/** Widths (px) of the table's own columns. */
export const CREATED_AT_WIDTH = 170;
export const STATUS_WIDTH = 90;

/**
 * Returns a column's width in px by field type, so that a long value (a sub-table summary, a
 * note) is cut with an ellipsis instead of widening the table: the shipped 退筹事件追踪表's
 * default view fits a 1,440 px laptop with its 状态 visible. Pure.
 */
export function columnWidth(node: RenderNode | undefined): number {
  switch (node?.type) {
    case 'boolean': case 'percent': case 'number': case 'duration': return 100;
    case 'date': case 'time': return 120;
    case 'phone': case 'money': case 'computed': return 130;
    case 'datetime': return CREATED_AT_WIDTH;
    case 'select': case 'person': case 'role': return 140;
    case 'multiselect': case 'idCard': case 'email': case 'attachments': return 160;
    case 'textarea': return 200;
    case 'subtable': return 240;
    default: return 120;
  }
}

/** Returns the condition "Add condition" starts with: the first field, its first operator, no value yet; null without fields. Pure. */
export function newFilter(nodes: readonly RenderNode[]): { field: string; op: ReturnType<typeof operatorsFor>[number]; value: string } | null {
  const first = nodes[0];
  return first ? { field: first.key, op: operatorsFor(first)[0] ?? 'eq', value: '' } : null;
}
