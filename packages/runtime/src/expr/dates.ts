import { workingDaysBetween as calendarWorkingDays } from '../calendar/business-calendar.js';
import { formatDateKey, splitLocal, weekdayOf } from '../calendar/civil-date.js';
import { DAY_MS, MINUTE_MS, type EpochMs } from '../common/time.js';
import type { ExpressionEnv } from './types.js';

/** Mainland China, used when no calendar is passed. */
const DEFAULT_OFFSET_MINUTES = 480;
/** Date-times must carry their zone; without one the host's zone would leak in. */
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Longest span counted day by day (about 270 years), so a typo cannot loop for long. */
const MAX_SPAN_DAYS = 100_000;

function offsetOf(env: ExpressionEnv): number {
  const offset = env.calendar?.utcOffsetMinutes;
  return typeof offset === 'number' && Number.isFinite(offset) ? offset : DEFAULT_OFFSET_MINUTES;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Returns the day number (days since 1970-01-01) of a real `YYYY-MM-DD` date, or null. Pure.
 * Hand-rolled (no regular expression, no Date) because forms check dates on every submission.
 */
export function dayOfDateKey(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 2);
  const d = digitsAt(text, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return null;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1] ?? 0)) return null;
  // Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Returns the instant of a value: EpochMs, `YYYY-MM-DD` (local midnight) or a zoned ISO date-time; else null. Pure. */
export function toInstant(value: unknown, env: ExpressionEnv): EpochMs | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const day = dayOfDateKey(value);
  if (day !== null) return day * DAY_MS - offsetOf(env) * MINUTE_MS;
  if (!ZONED_DATE_TIME.test(value)) return null;
  const at = Date.parse(value);
  return Number.isFinite(at) ? at : null;
}

/** Returns the local day number (days since 1970-01-01) of a date-like value, or null. Pure. */
export function toLocalDay(value: unknown, env: ExpressionEnv): number | null {
  if (typeof value === 'string') {
    const day = dayOfDateKey(value);
    if (day !== null) return day;
  }
  const at = toInstant(value, env);
  return at === null ? null : splitLocal(at, offsetOf(env)).day;
}

/** Returns calendar days from `a` to `b` (local dates; negative when `b` is earlier), or null. Pure. */
export function daysBetween(a: unknown, b: unknown, env: ExpressionEnv): number | null {
  const from = toLocalDay(a, env);
  const to = toLocalDay(b, env);
  return from === null || to === null ? null : to - from;
}

/**
 * Returns the working days after the local day of `a` up to and including that of `b`
 * (Monday → Wednesday is 2), using `env.calendar` (holidays, 调休) or Monday–Friday. Pure.
 */
export function workingDaysBetween(a: unknown, b: unknown, env: ExpressionEnv): number | null {
  const from = toInstant(a, env);
  const to = toInstant(b, env);
  if (from === null || to === null) return null;
  const offset = offsetOf(env);
  const dayA = splitLocal(from, offset).day;
  const dayB = splitLocal(to, offset).day;
  if (Math.abs(dayB - dayA) > MAX_SPAN_DAYS) return null;
  if (env.calendar) return calendarWorkingDays(env.calendar, from, to);
  const [lo, hi, sign] = dayA <= dayB ? [dayA, dayB, 1] : [dayB, dayA, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d += 1) {
    const weekday = weekdayOf(d);
    if (weekday !== 0 && weekday !== 6) n += 1;
  }
  return n * sign;
}

/** Returns the local `YYYY-MM-DD` of `env.now`, or null without a clock value. Pure. */
export function today(env: ExpressionEnv): string | null {
  if (typeof env.now !== 'number' || !Number.isFinite(env.now)) return null;
  return formatDateKey(splitLocal(env.now, offsetOf(env)).day);
}

/** Returns the `YYYY-MM-DD` that is `days` calendar days after a date-like value, or null. Pure. */
export function addDays(value: unknown, days: unknown, env: ExpressionEnv): string | null {
  const day = toLocalDay(value, env);
  if (day === null || typeof days !== 'number' || !Number.isInteger(days) || Math.abs(days) > MAX_SPAN_DAYS) return null;
  return formatDateKey(day + days);
}
