import type { RenderNode } from '../../renderer/index.js';

/** The default sort of a tracking table: newest first. */
export const DEFAULT_SORT = '-createdAt';

/** A tracking sort as a field and a direction (the API's `field` / `-field`). */
export interface SortState {
  readonly field: string;
  readonly desc: boolean;
}

/** Returns the field and direction of a sort string (`-createdAt` → createdAt, descending). Pure. */
export function parseSort(sort: string): SortState {
  return sort.startsWith('-') ? { field: sort.slice(1), desc: true } : { field: sort, desc: false };
}

/** Returns the sort string of a field and direction. Pure. */
export function sortString({ field, desc }: SortState): string {
  return desc ? `-${field}` : field;
}

/** Returns the antd sort order a column shows for `sort`. Pure. */
export function sortOrderOf(sort: string, key: string): 'ascend' | 'descend' | null {
  const s = parseSort(sort);
  return s.field !== key ? null : s.desc ? 'descend' : 'ascend';
}

/** Returns the sort a table header click asks for (no order: back to the default). Pure. */
export function sortFromHeader(columnKey: unknown, order: 'ascend' | 'descend' | null | undefined): string {
  const field = typeof columnKey === 'string' ? columnKey : '';
  return !order || !field ? DEFAULT_SORT : sortString({ field, desc: order === 'descend' });
}

/** Returns true when a field column can be sorted (a sub-table summary cannot). Pure. */
export function isSortable(node: RenderNode | undefined): boolean {
  return node?.type !== 'subtable';
}

/**
 * Returns the keys the sort control offers: the sortable visible columns, then 创建时间 and 状态,
 * plus the current sort's field when a saved view sorts by a column it does not show. Pure.
 */
export function sortKeys(columns: readonly string[], byKey: ReadonlyMap<string, RenderNode>, sort: string): string[] {
  const keys = [...columns.filter((k) => isSortable(byKey.get(k))), 'createdAt', 'status'];
  const { field } = parseSort(sort);
  return keys.includes(field) ? keys : [...keys, field];
}
