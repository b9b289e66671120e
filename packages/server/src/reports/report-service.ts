import { buildCauseReport, monthsEndingWith, type CauseCaseRow, type CauseReport, type MonthKey } from '@siteflow/runtime';
import { countStepBreaches, type StepBreach, type StepBreachCount } from './case-sla.js';

/** One case as the report reads it, with the steps of its flow instances that ran late. */
export type ReportCaseRow = CauseCaseRow & { readonly stepBreaches?: readonly StepBreach[] };

/** The 《退筹动因分析报告》 with the steps that ran late in the report month, most breaches first. */
export type MonthlyCauseReport = CauseReport & { readonly breachesByStep: readonly StepBreachCount[] };

/** Where the report reads its cases: the 退筹事件追踪表 rows of a project created in a month. */
export interface ReportSource {
  casesInMonth(projectId: string, month: MonthKey): Promise<readonly ReportCaseRow[]>;
}

/** Options of the report service. */
export interface ReportServiceDeps {
  readonly source: ReportSource;
  /** The site's UTC offset per project (China: 480). */
  readonly utcOffsetMinutes: (projectId: string) => Promise<number> | number;
}

/**
 * Returns the report service: `monthly(projectId, month, trendMonths)` loads the cases of the
 * month and of the months before it and builds the 《退筹动因分析报告》 (pure aggregation in runtime)
 * with the month's breaches per step.
 */
export function createReportService(deps: ReportServiceDeps) {
  return {
    async monthly(projectId: string, month: MonthKey, trendMonths = 6): Promise<MonthlyCauseReport> {
      const months = monthsEndingWith(month, trendMonths);
      const perMonth = await Promise.all(months.map((m) => deps.source.casesInMonth(projectId, m)));
      const report = buildCauseReport(perMonth.flat(), { month, utcOffsetMinutes: await deps.utcOffsetMinutes(projectId), trendMonths });
      // The report month is the last of `months`.
      return { ...report, breachesByStep: countStepBreaches(perMonth[perMonth.length - 1] ?? []) };
    },
  };
}

/** The service returned by `createReportService`. */
export type ReportService = ReturnType<typeof createReportService>;
