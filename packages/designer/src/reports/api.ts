import { queryOptions } from '@tanstack/react-query';
import type { CauseReport } from '@siteflow/runtime';
import { api } from '../api/index.js';

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
    queryFn: ({ signal }) => api.get<{ report: CauseReport }>(`/projects/${encodeURIComponent(projectId)}/reports/cause-analysis`, { query: { month, trend }, signal })
      .then((body) => body.report),
    staleTime: 5 * 60_000,
  });
}

/** Returns the download URL of an export (the browser sends the session cookie). Pure. */
export function exportUrl(projectId: string, month: string, format: 'xlsx' | 'docx', lang: 'zh' | 'en'): string {
  const qs = new URLSearchParams({ month, lang });
  return `/api/projects/${encodeURIComponent(projectId)}/reports/cause-analysis/export.${format}?${qs.toString()}`;
}
