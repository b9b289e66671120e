import type { RecordView } from '../shared/api.js';

/** What a record's card shows: the column that holds its title (if one does), and the other columns as lines. */
export interface CardLayout {
  /** The field whose value is the record's title (rendered like its cell, lock marker included); null when none is. */
  readonly titleKey: string | null;
  /** The other visible columns, in view order, shown as `label: value` lines. */
  readonly lineKeys: readonly string[];
}

/**
 * Returns a record card's layout for the visible `columns`: the server's title is the value of
 * one field (masked as the user sees it), so the field holding that value (a visible column
 * first, else any field of the record) heads the card, and is not repeated below. Pure.
 */
export function cardLayout(row: Pick<RecordView, 'title' | 'data'>, columns: readonly string[]): CardLayout {
  const holdsTitle = (k: string) => row.data[k] === row.title;
  const titleKey = row.title === '' ? null : columns.find(holdsTitle) ?? Object.keys(row.data).find(holdsTitle) ?? null;
  return { titleKey, lineKeys: columns.filter((k) => k !== titleKey) };
}
