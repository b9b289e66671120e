import type { ViewFilter } from './views-api.js';

// The 区域看板's 本月新增退订 opens a 追踪表 with ?created=2025-12: the records created in that month.

/** China time, as the overview counts its months (server: SITE_UTC_OFFSET_MINUTES). */
const SITE_OFFSET = '+08:00';

/** Returns `text` when it is a month like 2025-12, else null. Pure. */
export function parseMonth(text: string | null): string | null {
  return text !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : null;
}

/** Returns the record filters of a month: created from its first day, before the next month's, in China time. Pure. */
export function createdInMonth(month: string): ViewFilter[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return [
    { field: 'createdAt', op: 'gte', value: Date.parse(`${month}-01T00:00:00${SITE_OFFSET}`) },
    { field: 'createdAt', op: 'lt', value: Date.parse(`${next}-01T00:00:00${SITE_OFFSET}`) },
  ];
}
