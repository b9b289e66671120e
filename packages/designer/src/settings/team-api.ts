import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/index.js';

/** One person of a project's team with their open work there (`GET /api/projects/:projectId/team`). */
export interface TeamMember {
  readonly id: string;
  readonly displayName: string;
  /** Role keys held on the project; empty for someone who left it. */
  readonly roles: readonly string[];
  readonly disabled: boolean;
  /** No longer in the project but still holding open work there. */
  readonly leftProject: boolean;
  readonly openTasks: number;
  readonly openRecords: number;
}

/**
 * Returns query options of a project's team (its 案场经理 and organisation admins). The key starts
 * with 'handover' so that a completed hand-over, which invalidates ['handover'], refreshes the counts.
 */
export function teamQuery(projectId: string) {
  return queryOptions({
    queryKey: ['handover', 'team', projectId] as const,
    queryFn: async () => (await api.get<{ items: TeamMember[] }>(`/projects/${encodeURIComponent(projectId)}/team`)).items,
    staleTime: 0,
  });
}
