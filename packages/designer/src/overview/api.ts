import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/index.js';

/** One project's live figures on the 区域看板 (counts only). */
export interface ProjectOverview {
  readonly projectId: string;
  readonly name: string;
  readonly regionName: string;
  readonly running: number;
  readonly overdue: number;
  readonly escalated: number;
  readonly level1Open: number;
  readonly newCancellations: number;
  /** The form whose 追踪表 lists the new cancellations; null when no form declares the work-order role. */
  readonly workOrderFormKey: string | null;
  /** 0..1; null when no case of the month was judged. */
  readonly closureRate: number | null;
}

/** The 区域看板 as the server sends it: the month of the monthly figures, when they were taken, one entry per project. */
export interface Overview {
  readonly month: string;
  readonly asOf: number;
  readonly projects: readonly ProjectOverview[];
}

/** How often an open overview refreshes itself. */
export const OVERVIEW_REFRESH_MS = 60_000;

/** Returns query options for the overview of the projects I may see, refetched every minute. */
export function overviewQuery() {
  return queryOptions({
    queryKey: ['overview'] as const,
    queryFn: () => api.get<Overview>('/overview'),
    refetchInterval: OVERVIEW_REFRESH_MS,
    staleTime: 30_000,
  });
}
