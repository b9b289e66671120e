import {
  buildCauseReport, monthFigures, monthsEndingWith, type CauseCaseRow, type CauseReport, type EpochMs, type MonthChange, type MonthFigures, type MonthKey,
} from '@siteflow/runtime';
import { countStepBreaches, type StepBreach, type StepBreachCount } from './case-sla.js';
import { closureFigures, type CaseClosure, type ClosureFigures } from './closure.js';
import { reportPeriod, type ReportPeriod } from './period.js';

/** One case as the report reads it, with the steps of its flow instances that ran late and when its 退订工单 closed. */
export type ReportCaseRow = CauseCaseRow & { readonly stepBreaches?: readonly StepBreach[]; readonly closure?: CaseClosure | null };

/** Differences against the period compared with, including the 72-hour closure rate (points). */
export type ReportChange = MonthChange & { readonly closureRate: number | null };

/**
 * The 《退筹动因分析报告》 with the steps that ran late in the report month (most breaches first), its
 * 72-hour closure figures, the period it covers and the change against the comparable period
 * (the previous month up to the same day while the month is running).
 */
export type MonthlyCauseReport = Omit<CauseReport, 'change'> & {
  readonly change: ReportChange | null;
  readonly period: ReportPeriod;
  readonly closure: ClosureFigures;
  readonly breachesByStep: readonly StepBreachCount[];
};

/** Where the report reads its cases: the 退筹事件追踪表 rows of a project created in a month. */
export interface ReportSource {
  casesInMonth(projectId: string, month: MonthKey): Promise<readonly ReportCaseRow[]>;
}

/** Options of the report service. */
export interface ReportServiceDeps {
  readonly source: ReportSource;
  /** The site's UTC offset per project (China: 480). */
  readonly utcOffsetMinutes: (projectId: string) => Promise<number> | number;
  /** The server's business time (default: the system clock). */
  readonly now?: () => EpochMs;
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;
const delta = (a: number | null, b: number | null, places = 4) => (a === null || b === null ? null : Math.round((a - b) * 10 ** places) / 10 ** places);

function changeOf(figures: MonthFigures, closure: ClosureFigures, previous: MonthFigures, previousClosure: ClosureFigures): ReportChange {
  return {
    cases: figures.cases - previous.cases,
    recoveryRate: delta(figures.recoveryRate, previous.recoveryRate),
    p90ClosureHours: delta(figures.p90ClosureHours, previous.p90ClosureHours, 2),
    slaCompliance: delta(figures.slaCompliance, previous.slaCompliance),
    escalations: figures.escalations - previous.escalations,
    closureRate: closure.rate === null || previousClosure.rate === null ? null : round4(closure.rate - previousClosure.rate),
  };
}

/**
 * Returns the report service: `monthly(projectId, month, trendMonths)` loads the cases of the
 * month and of the months before it and builds the 《退筹动因分析报告》 (pure aggregation in runtime)
 * with the month's breaches per step and 72-hour closure figures. While the month is running its
 * change is taken against the previous month's cases created up to the same moment, their
 * closure judged at that moment; otherwise against the whole previous month.
 */
export function createReportService(deps: ReportServiceDeps) {
  return {
    async monthly(projectId: string, month: MonthKey, trendMonths = 6): Promise<MonthlyCauseReport> {
      const now = deps.now?.() ?? Date.now();
      const utcOffsetMinutes = await deps.utcOffsetMinutes(projectId);
      const months = monthsEndingWith(month, trendMonths);
      const perMonth = await Promise.all(months.map((m) => deps.source.casesInMonth(projectId, m)));
      const report = buildCauseReport(perMonth.flat(), { month, utcOffsetMinutes, trendMonths });
      const { previousCut, ...period } = reportPeriod(month, now, utcOffsetMinutes);
      // The report month is the last of `months`.
      const current = perMonth[perMonth.length - 1] ?? [];
      const closure = closureFigures(current, now);
      let change: ReportChange | null = null;
      if (report.change && months.length > 1) {
        const before = (perMonth[perMonth.length - 2] ?? []).filter((row) => !period.inProgress || row.createdAt < previousCut);
        const previous = monthFigures(period.comparison.month, before, report.closureTargetHours);
        change = changeOf(report.figures, closure, previous, closureFigures(before, previousCut));
      }
      return { ...report, change, period, closure, breachesByStep: countStepBreaches(current) };
    },
  };
}

/** The service returned by `createReportService`. */
export type ReportService = ReturnType<typeof createReportService>;
