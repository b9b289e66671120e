import { buildCauseReport, monthsEndingWith, type CauseCaseRow, type CauseReport, type MonthKey } from '@siteflow/runtime';

/** Where the report reads its cases: the 退筹事件追踪表 rows of a project created in a month. */
export interface ReportSource {
  casesInMonth(projectId: string, month: MonthKey): Promise<readonly CauseCaseRow[]>;
}

/** Options of the report service. */
export interface ReportServiceDeps {
  readonly source: ReportSource;
  /** The site's UTC offset per project (China: 480). */
  readonly utcOffsetMinutes: (projectId: string) => Promise<number> | number;
}

/**
 * Returns the report service: `monthly(projectId, month, trendMonths)` loads the cases of the
 * month and of the months before it and builds the 《退筹动因分析报告》 (pure aggregation in runtime).
 */
export function createReportService(deps: ReportServiceDeps) {
  return {
    async monthly(projectId: string, month: MonthKey, trendMonths = 6): Promise<CauseReport> {
      const months = monthsEndingWith(month, trendMonths);
      const rows = (await Promise.all(months.map((m) => deps.source.casesInMonth(projectId, m)))).flat();
      return buildCauseReport(rows, { month, utcOffsetMinutes: await deps.utcOffsetMinutes(projectId), trendMonths });
    },
  };
}

/** The service returned by `createReportService`. */
export type ReportService = ReturnType<typeof createReportService>;
