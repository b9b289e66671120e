import { DAY_MS, MINUTE_MS, type EpochMs } from '../common/time.js';
import { issue, type Issue } from '../errors/siteflow-error.js';
import type { MonthKey } from './types.js';

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Returns `{ ok, month }` for a valid `YYYY-MM` string, else an issue naming the value. Pure. */
export function parseMonthKey(value: unknown): { ok: true; month: MonthKey } | { ok: false; issue: Issue } {
  const m = typeof value === 'string' ? MONTH_RE.exec(value) : null;
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12 || Number(m[1]) < 1970) {
    return { ok: false, issue: issue('REPORT_MONTH_INVALID', { value: String(value) }, { path: 'month' }) };
  }
  return { ok: true, month: value as MonthKey };
}

function split(month: MonthKey): [number, number] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return [y, m];
}

function key(year: number, month: number): MonthKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}` as MonthKey;
}

/** Returns the month `delta` months after `month` (negative goes back). Pure. */
export function addMonths(month: MonthKey, delta: number): MonthKey {
  const [y, m] = split(month);
  const index = y * 12 + (m - 1) + delta;
  return key(Math.floor(index / 12), (index % 12) + 1);
}

/** Returns the local month an instant falls in, for a site at `utcOffsetMinutes`. Pure. */
export function monthOf(at: EpochMs, utcOffsetMinutes: number): MonthKey {
  const day = Math.floor((at + utcOffsetMinutes * MINUTE_MS) / DAY_MS);
  // Hinnant's civil-from-days, enough of it for year and month.
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return key(yoe + era * 400 + (month <= 2 ? 1 : 0), month);
}

/** Returns the instants `[from, to)` of a local month. Pure. */
export function monthRange(month: MonthKey, utcOffsetMinutes: number): { from: EpochMs; to: EpochMs } {
  const [y, m] = split(month);
  const start = (yy: number, mm: number) => Date.UTC(yy, mm - 1, 1) - utcOffsetMinutes * MINUTE_MS;
  return { from: start(y, m), to: m === 12 ? start(y + 1, 1) : start(y, m + 1) };
}

/** Returns the `count` months ending with `month`, oldest first. Pure. */
export function monthsEndingWith(month: MonthKey, count: number): MonthKey[] {
  return Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));
}
