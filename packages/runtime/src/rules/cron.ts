import { CronExpressionParser } from 'cron-parser';
import { isWorkingDay } from '../calendar/business-calendar.js';
import type { BusinessCalendar } from '../calendar/types.js';
import type { EpochMs } from '../common/time.js';

// cron-parser is pure when given `currentDate` (else it reads the clock) and `hashSeed` (else
// `H` fields use Math.random); we always pass both, and a fixed UTC offset zone.
const zoneOf = (offsetMinutes: number) => {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
};

/** Returns null when `cron` is a valid 5- or 6-field cron expression, else the parser's reason. Pure. */
export function cronError(cron: string): string | null {
  if (typeof cron !== 'string' || cron.trim() === '') return 'empty';
  const fields = cron.trim().split(/\s+/).length;
  if (fields < 5 || fields > 6) return `expected 5 or 6 fields, got ${fields}`;
  try {
    CronExpressionParser.parse(cron, { currentDate: 0, tz: 'UTC', hashSeed: 'siteflow', strict: false });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Returns the first time strictly after `after` at which the schedule fires, read in the
 * calendar's local time; with `workingDaysOnly`, occurrences on holidays and weekends (except
 * 调休 make-up days) are skipped. Null when the expression is invalid or never fires within a year. Pure.
 */
export function nextScheduleAt(cron: string, after: EpochMs, calendar: BusinessCalendar, workingDaysOnly = false, seed = 'siteflow'): EpochMs | null {
  if (cronError(cron) !== null) return null;
  const expression = CronExpressionParser.parse(cron, {
    currentDate: after, tz: zoneOf(calendar.utcOffsetMinutes), hashSeed: seed, strict: false,
  });
  const limit = after + 366 * 86_400_000;
  for (let i = 0; i < 10_000; i += 1) {
    if (!expression.hasNext()) return null;
    const at = expression.next().getTime();
    if (at > limit) return null;
    if (!workingDaysOnly || isWorkingDay(calendar, at)) return at;
  }
  return null;
}
