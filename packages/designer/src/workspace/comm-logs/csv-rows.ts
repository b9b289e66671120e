import type { ApiIssue } from '../../api/index.js';

/**
 * Returns the records of a CSV text as raw source slices (quotes kept, line breaks inside quotes
 * kept), in file order: record 1 is the header. A blank line is an empty record, as the server's
 * reader counts it; a final line break does not start another record. Pure.
 */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      records.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** Returns the CSV text without the given 1-based rows (the numbering of the server's messages). Pure. */
export function withoutRows(text: string, rows: Iterable<number>): string {
  const drop = new Set(rows);
  return `${csvRecords(text).filter((_, i) => !drop.has(i + 1)).join('\r\n')}\r\n`;
}

/** One rejected row of an import with every reason the server gave for it. */
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
