import { workingDaysBetween as calendarWorkingDays } from '../calendar/business-calendar.js';
import { formatDateKey, splitLocal, weekdayOf } from '../calendar/civil-date.js';
import { DAY_MS, MINUTE_MS, type EpochMs } from '../common/time.js';
import type { ExpressionEnv } from './types.js';

/** Mainland China, used when no calendar is passed. */
const DEFAULT_OFFSET_MINUTES = 480;
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
  return parseZonedDateTime(value);
}

/**
 * Returns the instant of an ISO date-time that carries its zone (`2025-12-20T16:17:00+08:00`,
 * `…Z`, optional seconds and fraction), or null when it is not one or names no real time. Pure;
 * hand-rolled because submissions are checked at high rates.
 */
export function parseZonedDateTime(text: string): EpochMs | null {
  if (text.length < 17 || text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 /* : */) return null;
  const day = dayOfDateKey(text.slice(0, 10));
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (day === null || hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  let i = 16;
  let ms = 0;
  if (text.charCodeAt(i) === 58) {
    const second = digitsAt(text, i + 1, 2);
    if (second < 0 || second > 59) return null;
    ms = second * 1000;
    i += 3;
    if (text.charCodeAt(i) === 46 /* . */) {
      let j = i + 1;
      let fraction = '';
      while (j < text.length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) { fraction += text[j]; j += 1; }
      if (fraction.length === 0 || fraction.length > 9) return null;
      ms += Math.floor(Number(`0.${fraction}`) * 1000);
      i = j;
    }
  }
  const zone = text.charCodeAt(i);
  let offsetMinutes = 0;
  if (zone === 90 /* Z */ && i + 1 === text.length) {
    offsetMinutes = 0;
  } else if ((zone === 43 || zone === 45) && i + 6 === text.length && text.charCodeAt(i + 3) === 58) {
    const oh = digitsAt(text, i + 1, 2);
    const om = digitsAt(text, i + 4, 2);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
    offsetMinutes = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return null;
  }
  return day * DAY_MS + (hour * 60 + minute - offsetMinutes) * MINUTE_MS + ms;
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
