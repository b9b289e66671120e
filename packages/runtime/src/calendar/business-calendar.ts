import { DAY_MS, HOUR_MS, MINUTE_MS, type EpochMs } from '../common/time.js';
import { SiteflowError } from '../errors/siteflow-error.js';
import { civilFromDays, joinLocal, parseDateKey, splitLocal, weekdayOf } from './civil-date.js';
import { compileCalendar, isWorkingDayNumber, MAX_DAY_SCAN, type CompiledCalendar } from './compiled-calendar.js';
import type { BusinessCalendar, Duration, LocalDateTime } from './types.js';

const windowOf = (c: CompiledCalendar) => c.window ?? { start: 0, end: DAY_MS };

function nextWorkingDay(c: CompiledCalendar, day: number): number {
  for (let d = day + 1, n = 0; n <= MAX_DAY_SCAN; d += 1, n += 1) {
    if (isWorkingDayNumber(c, d)) return d;
  }
  throw new SiteflowError('CAL_NO_WORKING_DAYS', { name: c.source.name });
}

/** Returns whether the local day containing `at` is a working day. Pure. */
export function isWorkingDay(calendar: BusinessCalendar, at: EpochMs): boolean {
  const c = compileCalendar(calendar);
  return isWorkingDayNumber(c, splitLocal(at, c.offset).day);
}

/** Returns whether `at` falls on a working day inside the working hours (if any). Pure. */
export function isWorkingTime(calendar: BusinessCalendar, at: EpochMs): boolean {
  const c = compileCalendar(calendar);
  const { day, msOfDay } = splitLocal(at, c.offset);
  const w = windowOf(c);
  return isWorkingDayNumber(c, day) && msOfDay >= w.start && msOfDay < w.end;
}

/** Returns `at` when it is working time, else the start of the next working period. Pure. */
export function nextWorkingMoment(calendar: BusinessCalendar, at: EpochMs): EpochMs {
  const c = compileCalendar(calendar);
  const { day, msOfDay } = splitLocal(at, c.offset);
  const w = windowOf(c);
  if (isWorkingDayNumber(c, day)) {
    if (msOfDay >= w.start && msOfDay < w.end) return at;
    if (msOfDay < w.start) return joinLocal(day, w.start, c.offset);
  }
  return joinLocal(nextWorkingDay(c, day), w.start, c.offset);
}

function addWorkingTime(c: CompiledCalendar, from: EpochMs, ms: number): EpochMs {
  const w = windowOf(c);
  let { day, msOfDay } = splitLocal(from, c.offset);
  let remaining = ms;
  let idle = 0;
  for (;;) {
    if (isWorkingDayNumber(c, day)) {
      idle = 0;
      const pos = Math.max(msOfDay, w.start);
      if (pos < w.end) {
        const available = w.end - pos;
        if (remaining <= available) return joinLocal(day, pos + remaining, c.offset);
        remaining -= available;
      }
    } else if (++idle > MAX_DAY_SCAN) {
      throw new SiteflowError('CAL_NO_WORKING_DAYS', { name: c.source.name });
    }
    day += 1;
    msOfDay = 0;
  }
}

function addWorkingDays(c: CompiledCalendar, from: EpochMs, days: number): EpochMs {
  const w = windowOf(c);
  let { day, msOfDay } = splitLocal(from, c.offset);
  // Work that arrives outside working time starts counting from the next working period.
  if (!isWorkingDayNumber(c, day) || msOfDay >= w.end) {
    day = nextWorkingDay(c, day);
    msOfDay = w.start;
  } else if (msOfDay < w.start) {
    msOfDay = w.start;
  }
  for (let i = 0; i < days; i += 1) day = nextWorkingDay(c, day);
  return joinLocal(day, msOfDay, c.offset);
}

/** Returns whether a duration is well-formed (non-negative, whole working days). Pure. */
export function isValidDuration(duration: Duration): boolean {
  const { amount, unit } = duration;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return false;
  return unit !== 'workingDays' || Number.isInteger(amount);
}

/**
 * Returns `from` plus `duration`. Pure. `minutes`/`hours`/`days` are elapsed clock time;
 * `workingHours` counts only working time (needs `workingHours` on the calendar); `workingDays`
 * lands on the same local time of the n-th following working day, counting from the next working
 * moment when `from` is outside working time (so 3 working days from Friday 16:00 before 国庆 is
 * the third working day after the holiday, 16:00). Throws CAL_BAD_DURATION / CAL_NO_WORKING_HOURS.
 */
export function addDuration(calendar: BusinessCalendar, from: EpochMs, duration: Duration): EpochMs {
  if (!isValidDuration(duration)) throw new SiteflowError('CAL_BAD_DURATION', { amount: duration.amount, unit: duration.unit });
  const { amount, unit } = duration;
  if (amount === 0) return from;
  switch (unit) {
    case 'minutes': return from + Math.round(amount * MINUTE_MS);
    case 'hours': return from + Math.round(amount * HOUR_MS);
    case 'days': return from + Math.round(amount * DAY_MS);
    case 'workingHours': {
      const c = compileCalendar(calendar);
      if (!c.window) throw new SiteflowError('CAL_NO_WORKING_HOURS', { name: calendar.name });
      return addWorkingTime(c, from, Math.round(amount * HOUR_MS));
    }
    case 'workingDays': return addWorkingDays(compileCalendar(calendar), from, amount);
    default: {
      const never: never = unit;
      throw new SiteflowError('CAL_BAD_DURATION', { amount, unit: String(never) });
    }
  }
}

/** Returns the instant at which `ms` of working time has elapsed after `from`. Pure. */
export function addWorkingMs(calendar: BusinessCalendar, from: EpochMs, ms: number): EpochMs {
  return ms <= 0 ? from : addWorkingTime(compileCalendar(calendar), from, ms);
}

/** Returns the working time in ms between two instants (0 when `to <= from`). Pure. */
export function workingMsBetween(calendar: BusinessCalendar, from: EpochMs, to: EpochMs): number {
  if (to <= from) return 0;
  const c = compileCalendar(calendar);
  const w = windowOf(c);
  const a = splitLocal(from, c.offset);
  const b = splitLocal(to, c.offset);
  let total = 0;
  for (let day = a.day; day <= b.day; day += 1) {
    if (!isWorkingDayNumber(c, day)) continue;
    const lo = Math.max(w.start, day === a.day ? a.msOfDay : 0);
    const hi = Math.min(w.end, day === b.day ? b.msOfDay : DAY_MS);
    if (hi > lo) total += hi - lo;
  }
  return total;
}

/**
 * Returns the number of working days after the local day of `from` up to and including the
 * local day of `to` (negative when `to` is earlier). Monday → Wednesday is 2. Pure.
 */
export function workingDaysBetween(calendar: BusinessCalendar, from: EpochMs, to: EpochMs): number {
  const c = compileCalendar(calendar);
  const a = splitLocal(from, c.offset).day;
  const b = splitLocal(to, c.offset).day;
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  let n = 0;
  for (let d = lo + 1; d <= hi; d += 1) if (isWorkingDayNumber(c, d)) n += 1;
  return n * sign;
}

/** Returns the local date and time of `at` in the calendar's offset. Pure. */
export function toLocal(calendar: BusinessCalendar, at: EpochMs): LocalDateTime {
  const { day, msOfDay } = splitLocal(at, calendar.utcOffsetMinutes);
  const [year, month, d] = civilFromDays(day);
  const minutes = Math.floor(msOfDay / MINUTE_MS);
  return { year, month, day: d, hour: Math.floor(minutes / 60), minute: minutes % 60, weekday: weekdayOf(day) };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Returns the local `YYYY-MM-DD` of `at`. Pure. */
export function localDateKey(calendar: BusinessCalendar, at: EpochMs): string {
  const t = toLocal(calendar, at);
  return `${t.year}-${two(t.month)}-${two(t.day)}`;
}

/** Returns the local `YYYY-MM-DD HH:mm` of `at` (in messages). Pure. */
export function localDateTimeText(calendar: BusinessCalendar, at: EpochMs): string {
  const t = toLocal(calendar, at);
  return `${localDateKey(calendar, at)} ${two(t.hour)}:${two(t.minute)}`;
}

const LOCAL_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?$/;
const ZONED_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Returns an instant for a record value: epoch ms, an ISO string with zone, or a local
 * `YYYY-MM-DD[ HH:mm[:ss]]` read in the calendar's offset; null when it is none of these. Pure.
 */
export function toInstant(calendar: BusinessCalendar, value: unknown): EpochMs | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  if (ZONED_RE.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? null : t;
  }
  const m = LOCAL_RE.exec(value);
  if (!m) return null;
  const day = parseDateKey(m[1] ?? '');
  if (day === null) return null;
  const h = Number(m[2] ?? 0);
  const min = Number(m[3] ?? 0);
  const s = Number(m[4] ?? 0);
  const ms = Number((m[5] ?? '0').padEnd(3, '0'));
  if (h > 23 || min > 59 || s > 59) return null;
  return joinLocal(day, ((h * 60 + min) * 60 + s) * 1000 + ms, calendar.utcOffsetMinutes);
}
