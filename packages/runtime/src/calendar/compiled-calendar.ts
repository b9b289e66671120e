import { MINUTE_MS } from '../common/time.js';
import { SiteflowError } from '../errors/siteflow-error.js';
import { parseDateKey, parseTimeOfDay, weekdayOf } from './civil-date.js';
import type { BusinessCalendar } from './types.js';

/** Fast lookups derived from a BusinessCalendar. */
export interface CompiledCalendar {
  readonly source: BusinessCalendar;
  readonly offset: number;
  readonly holidays: ReadonlySet<number>;
  readonly workdays: ReadonlySet<number>;
  readonly weekend: ReadonlySet<number>;
  /** Working window of a working day in ms since local midnight; null = the whole day. */
  readonly window: { readonly start: number; readonly end: number } | null;
}

const cache = new WeakMap<BusinessCalendar, CompiledCalendar>();

/**
 * Returns the compiled form of a calendar, cached per object. Pure (memoised). Throws a user
 * SiteflowError for malformed data; run `validateCalendar` first to get every issue at once.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const hit = cache.get(calendar);
  if (hit) return hit;
  const toDays = (keys: readonly string[]) => new Set(keys.map((key) => {
    const n = parseDateKey(key);
    if (n === null) throw new SiteflowError('CAL_BAD_DATE', { value: key });
    return n;
  }));
  let window: CompiledCalendar['window'] = null;
  if (calendar.workingHours) {
    const start = parseTimeOfDay(calendar.workingHours.start);
    const end = parseTimeOfDay(calendar.workingHours.end);
    if (start === null) throw new SiteflowError('CAL_BAD_TIME', { value: calendar.workingHours.start });
    if (end === null) throw new SiteflowError('CAL_BAD_TIME', { value: calendar.workingHours.end });
    if (start >= end) throw new SiteflowError('CAL_BAD_HOURS', calendar.workingHours);
    window = { start: start * MINUTE_MS, end: end * MINUTE_MS };
  }
  const compiled: CompiledCalendar = {
    source: calendar,
    offset: calendar.utcOffsetMinutes,
    holidays: toDays(calendar.holidays),
    workdays: toDays(calendar.workdays),
    weekend: new Set(calendar.weekendDays),
    window,
  };
  cache.set(calendar, compiled);
  return compiled;
}

/** Returns whether a local day number is a working day: 调休 first, then holidays, then weekends. Pure. */
export function isWorkingDayNumber(c: CompiledCalendar, day: number): boolean {
  if (c.workdays.has(day)) return true;
  if (c.holidays.has(day)) return false;
  return !c.weekend.has(weekdayOf(day));
}

/** Longest run of non-working days we search through before declaring the calendar broken. */
export const MAX_DAY_SCAN = 400;
