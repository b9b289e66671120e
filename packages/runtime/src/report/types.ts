import type { EpochMs } from '../common/time.js';
import type { Issue } from '../errors/siteflow-error.js';

/** A calendar month `YYYY-MM` in the site's local time. */
export type MonthKey = `${number}-${number}`;

/**
 * One 退筹/退订 case as the report reads it: a row of the 退筹事件追踪表 plus the figures the
 * engine recorded while the case ran. Keys (`cause`, `modules`, `signals`) are stable ids, labelled
 * through the catalogue (`cancellationTypeLabels`, `productModuleLabels`, `riskSignalLabels`);
 * unknown keys are counted as they are.
 */
export interface CauseCaseRow {
  readonly id: string;
  /** Final cancellation type from the callback, e.g. `loanRejected`. */
  readonly cause: string;
  /** Product modules the concern touched (户型/价格/车位/学区/…); a case may name several. */
  readonly modules: readonly string[];
  /** True when the customer stayed (挽回成功). */
  readonly recovered: boolean;
  readonly createdAt: EpochMs;
  /** When the case was closed; null or absent while it is open. */
  readonly closedAt?: EpochMs | null;
  /** How many task SLAs of the case were breached. */
  readonly slaBreaches: number;
  /** How many escalations (e.g. to 区域总监) the case caused. */
  readonly escalations: number;
  /** Risk signals that fired before or during the case. */
  readonly signals: readonly string[];
  /** Keyword-dictionary terms that fired in the customer's communication. */
  readonly terms: readonly string[];
}

/** A key with its count; `share` is count / cases of the month (0..1), null when there are no cases. */
export interface KeyCount {
  readonly key: string;
  readonly count: number;
  readonly share: number | null;
}

/** A cause with its recovery figures. */
export interface CauseCount extends KeyCount {
  readonly recovered: number;
  readonly recoveryRate: number | null;
}

/** The KPIs of one month. Rates are fractions 0..1 rounded to 4 places; hours to 2 places. */
export interface MonthFigures {
  readonly month: MonthKey;
  readonly cases: number;
  readonly closed: number;
  readonly open: number;
  readonly recovered: number;
  /** recovered / closed cases; null without closed cases. */
  readonly recoveryRate: number | null;
  readonly avgClosureHours: number | null;
  /** Nearest-rank 90th percentile of closure hours. */
  readonly p90ClosureHours: number | null;
  /** Closed cases closed within the target (72 h by default) / closed cases. */
  readonly closedWithinTargetRate: number | null;
  /** Cases without any SLA breach / cases. */
  readonly slaCompliance: number | null;
  readonly slaBreaches: number;
  readonly escalations: number;
  readonly escalatedCases: number;
}

/** Differences of the report month against the month before (points for rates). */
export interface MonthChange {
  readonly cases: number;
  readonly recoveryRate: number | null;
  readonly p90ClosureHours: number | null;
  readonly slaCompliance: number | null;
  readonly escalations: number;
}

/** The 《退筹动因分析报告》 of one month: plain JSON, ready to chart and export. */
export interface CauseReport {
  readonly month: MonthKey;
  readonly utcOffsetMinutes: number;
  readonly closureTargetHours: number;
  readonly figures: MonthFigures;
  readonly byCause: readonly CauseCount[];
  readonly byModule: readonly KeyCount[];
  readonly topSignals: readonly KeyCount[];
  readonly topTerms: readonly KeyCount[];
  /** Oldest first, ending with the report month. */
  readonly trend: readonly MonthFigures[];
  /** Against the previous month; null when the trend holds only the report month. */
  readonly change: MonthChange | null;
  /** Data problems found (rows left out of some figures), never fatal. */
  readonly warnings: readonly Issue[];
}

/** Options of `buildCauseReport`. */
export interface CauseReportOptions {
  readonly month: MonthKey;
  /** The site's UTC offset; China is +480. */
  readonly utcOffsetMinutes: number;
  /** Months in the trend including the report month (default 6). */
  readonly trendMonths?: number;
  /** Closure target in hours (default 72, the 72小时闭环制 of seed 001). */
  readonly closureTargetHours?: number;
  /** Length of the top signal / term lists (default 10). */
  readonly topN?: number;
}
