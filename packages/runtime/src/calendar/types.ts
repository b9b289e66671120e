import type { EpochMs } from '../common/time.js';

/**
 * A site's business calendar 工作日历: which days are working days and, optionally, the
 * working hours of a working day. Plain JSON, edited by admins; treat a value as immutable
 * (compiled lookups are cached per object).
 */
export interface BusinessCalendar {
  readonly id: string;
  readonly name: string;
  /** Minutes east of UTC of the site's local time (mainland China: 480). */
  readonly utcOffsetMinutes: number;
  /** Weekly rest days, 0 = Sunday … 6 = Saturday (China: [0, 6]). */
  readonly weekendDays: readonly number[];
  /** Public holidays `YYYY-MM-DD` (local dates): never working days. */
  readonly holidays: readonly string[];
  /** Make-up working days 调休 `YYYY-MM-DD`: working days even if they fall on a weekend. */
  readonly workdays: readonly string[];
  /** Working hours of a working day `HH:mm` (local). Without them a working day counts 24 h. */
  readonly workingHours?: { readonly start: string; readonly end: string };
}

/** Units a duration can be expressed in; `working*` units follow the business calendar. */
export const DurationUnit = {
  minutes: 'minutes',
  hours: 'hours',
  workingHours: 'workingHours',
  days: 'days',
  workingDays: 'workingDays',
} as const;
export type DurationUnit = (typeof DurationUnit)[keyof typeof DurationUnit];

/** A span of time such as `{ amount: 3, unit: 'workingDays' }` (SLA, timer, escalation offset). */
export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** A local calendar date and time of day in the calendar's offset. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

export type { EpochMs };
