import { MINUTE_MS, addMonths, monthRange, type EpochMs, type MonthKey } from '@siteflow/runtime';

/**
 * The span a report covers. For the running month the figures run to date ("本月截至 11月24日")
 * and are compared with the month before up to the same moment ("上月同期 10月1日–24日"); a
 * finished month is compared with the whole month before.
 */
export interface ReportPeriod {
  /** True when the month is still running: its figures are month to date. */
  readonly inProgress: boolean;
  /** Local day of the month the figures run to while it is running; null for a finished month. */
  readonly throughDay: number | null;
  /** When the figures were taken (the server's business time). */
  readonly asOf: EpochMs;
  /** The month compared with, and the local day it is cut at (null: the whole month). */
  readonly comparison: { readonly month: MonthKey; readonly throughDay: number | null };
}

/** The report period with the instant the previous month is cut at (internal to the service). */
export interface PeriodWindow extends ReportPeriod {
  /** Cases of the previous month created before this instant are compared; their status is taken at it. */
  readonly previousCut: EpochMs;
}

const localDay = (at: EpochMs, utcOffsetMinutes: number) => new Date(at + utcOffsetMinutes * MINUTE_MS).getUTCDate();

/** Returns the period of `month` seen at `now` at a site at `utcOffsetMinutes`. Pure. */
export function reportPeriod(month: MonthKey, now: EpochMs, utcOffsetMinutes: number): PeriodWindow {
  const { from, to } = monthRange(month, utcOffsetMinutes);
  const previous = addMonths(month, -1);
  const before = monthRange(previous, utcOffsetMinutes);
  if (now < from || now >= to) return { inProgress: false, throughDay: null, asOf: now, comparison: { month: previous, throughDay: null }, previousCut: now };
  const previousCut = Math.min(before.from + (now - from), before.to);
  return {
    inProgress: true,
    throughDay: localDay(now, utcOffsetMinutes),
    asOf: now,
    // The cut falls on the same day, or on the last day of a shorter month (31 March → 28/29 February).
    comparison: { month: previous, throughDay: localDay(Math.min(previousCut, before.to - 1), utcOffsetMinutes) },
    previousCut,
  };
}
