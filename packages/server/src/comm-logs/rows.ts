import { commLogColumns, formatMessage, issue, toInstant, type BusinessCalendar, type CommLogColumn, type Issue } from '@siteflow/runtime';

/** One communication log as accepted after validation. */
export interface CommLogInput {
  readonly externalId: string;
  readonly customerId: string;
  readonly customerName: string | null;
  readonly consultant: string | null;
  readonly channel: string | null;
  readonly from: 'customer' | 'staff';
  readonly text: string;
  readonly at: number;
}

export { commLogColumns, type CommLogColumn };

const FROM_VALUES: Record<string, 'customer' | 'staff'> = {
  customer: 'customer', 客户: 'customer', staff: 'staff', 顾问: 'staff', 员工: 'staff', 置业顾问: 'staff', 销售: 'staff',
};

/** Where a row came from, for messages: `rows[i]` (push, 1-based `row`) or a spreadsheet line. */
export interface RowRef {
  readonly row: number;
  readonly pathPrefix: string;
}

/**
 * Returns the validated log of one raw row, or the issues naming the row and the column (zh + en).
 * Pure: time zone comes from the calendar.
 */
export function validateRow(raw: Record<string, unknown>, ref: RowRef, calendar: BusinessCalendar): { log?: CommLogInput; issues: Issue[] } {
  const issues: Issue[] = [];
  const bad = (column: CommLogColumn, zh: string, en: string) => {
    issues.push(issue('COMMLOG_ROW_INVALID', { row: ref.row, column: `${commLogColumns[column].zh} ${column}`, detail: zh, detailEn: en }, { path: `${ref.pathPrefix}.${column}` }));
  };
  const text = (column: CommLogColumn, max: number): string | null => {
    const v = raw[column];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
      if (commLogColumns[column].required) bad(column, '必填，不能为空', 'is required');
      return null;
    }
    if (typeof v !== 'string' && typeof v !== 'number') { bad(column, '应为文本', 'must be text'); return null; }
    const s = String(v).trim();
    if (s.length > max) { bad(column, `最长 ${max} 个字符`, `at most ${max} characters`); return null; }
    return s;
  };
  const externalId = text('externalId', 128);
  if (externalId !== null && !/^[\x21-\x7e]+$/.test(externalId)) bad('externalId', '只能包含字母、数字和可见符号', 'must be visible ASCII characters');
  const customerId = text('customerId', 64);
  const customerName = text('customerName', 50);
  const consultant = text('consultant', 64);
  const channel = text('channel', 32);
  const body = text('text', 4000);
  const fromRaw = text('from', 16);
  const from = fromRaw === null ? undefined : FROM_VALUES[fromRaw];
  if (fromRaw !== null && !from) bad('from', `“${fromRaw}”无效，应为 customer（客户）或 staff（顾问）`, `"${fromRaw}" is invalid; use customer or staff`);
  let at: number | null = null;
  const atRaw = raw.at;
  if (atRaw === undefined || atRaw === null || atRaw === '') bad('at', '必填，不能为空', 'is required');
  else {
    at = toInstant(calendar, atRaw instanceof Date ? atRaw.getTime() : atRaw);
    if (at === null) bad('at', `“${String(atRaw)}”不是有效时间（如 2025-12-20 16:17 或 ISO 时间）`, `"${String(atRaw)}" is not a valid time (e.g. 2025-12-20 16:17 or ISO)`);
  }
  if (issues.length > 0) return { issues };
  return { log: { externalId: externalId!, customerId: customerId!, customerName, consultant, channel, from: from!, text: body!, at: at! }, issues };
}

/** Returns the validated logs, or every issue (and none of the logs) when any row is wrong. Pure. */
export function validateRows(rows: readonly { raw: Record<string, unknown>; ref: RowRef }[], calendar: BusinessCalendar): { ok: true; logs: CommLogInput[] } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const logs: CommLogInput[] = [];
  const seen = new Map<string, number>();
  for (const { raw, ref } of rows) {
    const result = validateRow(raw, ref, calendar);
    issues.push(...result.issues);
    if (!result.log) continue;
    if (seen.has(result.log.externalId)) {
      issues.push(issue('COMMLOG_DUPLICATE_IN_BATCH', { row: ref.row, externalId: result.log.externalId }, { path: `${ref.pathPrefix}.externalId` }));
      continue;
    }
    seen.set(result.log.externalId, ref.row);
    logs.push(result.log);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, logs };
}

/** Maps a header cell (zh or en, any case) to its column key, or null. Pure. */
export function columnOfHeader(header: string): CommLogColumn | null {
  const h = header.trim().toLowerCase();
  for (const [key, c] of Object.entries(commLogColumns)) {
    if (h === key.toLowerCase() || h === c.zh || h === c.en.toLowerCase()) return key as CommLogColumn;
  }
  return null;
}

/** Returns the message for a missing column. Pure. */
export function missingColumn(column: CommLogColumn) {
  return formatMessage('COMMLOG_COLUMN_MISSING', { column: `${commLogColumns[column].zh} / ${column}` });
}
