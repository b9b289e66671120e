import type { ApiIssue } from '../../api/index.js';

/** One rejected row of an import (its line number in the file) with every reason the server gave for it. */
export interface RejectedRow {
  readonly row: number;
  readonly issues: readonly ApiIssue[];
}

/**
 * Returns the server's import issues split into rejected rows (path `row N.column`, ascending) and
 * problems of the whole file (a missing column, an unreadable file). Pure.
 */
export function splitImportIssues(issues: readonly ApiIssue[]): { rows: RejectedRow[]; file: ApiIssue[] } {
  const byRow = new Map<number, ApiIssue[]>();
  const file: ApiIssue[] = [];
  for (const issue of issues) {
    const m = /^row (\d+)\./.exec(issue.path ?? '');
    if (!m) { file.push(issue); continue; }
    const row = Number(m[1]);
    byRow.set(row, [...(byRow.get(row) ?? []), issue]);
  }
  return { rows: [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, list]) => ({ row, issues: list })), file };
}
