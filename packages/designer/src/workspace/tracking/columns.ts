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
