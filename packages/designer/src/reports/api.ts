import { queryOptions } from '@tanstack/react-query';
import type { CauseReport, MonthChange, Message } from '@siteflow/runtime';
import { api } from '../api/index.js';

/** A step that ran late in the report month: a task of a flow, or its whole-case deadline (`nodeId` null). */
export interface StepBreachCount {
  readonly flowKey: string;
  readonly flowName: Message;
  readonly nodeId: string | null;
  readonly name: Message;
  readonly breaches: number;
  readonly cases: number;
}

/** The span a report covers: month to date while the month runs, compared with the previous month up to the same day. */
export interface ReportPeriod {
  readonly inProgress: boolean;
  /** Local day of the month the figures run to while it is running; null for a finished month. */
  readonly throughDay: number | null;
  readonly asOf: number;
  /** The month compared with and the local day it is cut at (null: the whole month). */
  readonly comparison: { readonly month: string; readonly throughDay: number | null };
}

/** The 72-hour closure (72小时闭环制) of the month's cases, from their 退订工单 instances. */
export interface ClosureFigures {
  readonly measured: number;
  readonly closedOnTime: number;
  readonly closedLate: number;
  readonly openOverdue: number;
  readonly pending: number;
  readonly withoutWorkOrder: number;
  /** closedOnTime / measured (0..1); null when nothing was judged. */
  readonly rate: number | null;
}

/** The report as the server sends it: the runtime's CauseReport plus the period, the 72-hour closure and the late steps. */
export type MonthlyCauseReport = Omit<CauseReport, 'change'> & {
  readonly change: (MonthChange & { readonly closureRate: number | null }) | null;
  readonly period: ReportPeriod;
  readonly closure: ClosureFigures;
  readonly breachesByStep: readonly StepBreachCount[];
};

/** Query keys of the reports page. */
export const reportKeys = {
  causeAnalysis: (projectId: string, month: string, trend: number) => ['reports', 'cause-analysis', projectId, month, trend] as const,
  now: ['reports', 'now'] as const,
};

/**
 * Returns the query options loading the server's business time (EpochMs): the default month is
 * the one the monthly job reported on, which follows the server's clock, not the device's.
 */
export function serverNowQuery() {
  return queryOptions({
    queryKey: reportKeys.now,
    queryFn: ({ signal }) => api.get<{ now: number }>('/workspace/now', { signal }).then((body) => body.now),
    staleTime: 60_000,
    retry: false,
  });
}

/** Returns the query options loading the 《退筹动因分析报告》 of a month. */
export function causeReportQuery(projectId: string, month: string, trend: number) {
  return queryOptions({
    queryKey: reportKeys.causeAnalysis(projectId, month, trend),
    queryFn: ({ signal }) => api.get<{ report: MonthlyCauseReport }>(`/projects/${encodeURIComponent(projectId)}/reports/cause-analysis`, { query: { month, trend }, signal })
      .then((body) => body.report),
    staleTime: 5 * 60_000,
  });
}

/** Returns the download URL of an export (the browser sends the session cookie). Pure. */
export function exportUrl(projectId: string, month: string, format: 'xlsx' | 'docx', lang: 'zh' | 'en'): string {
  const qs = new URLSearchParams({ month, lang });
  return `/api/projects/${encodeURIComponent(projectId)}/reports/cause-analysis/export.${format}?${qs.toString()}`;
}
