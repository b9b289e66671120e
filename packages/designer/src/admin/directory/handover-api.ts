import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/index.js';
import type { Text } from '../../i18n/index.js';

/** What a hand-over moves or would move (`GET`/`POST /api/projects/:projectId/handover`). */
export interface HandoverResult {
  readonly tasks: number;
  readonly records: number;
  readonly tasksSkipped: number;
  readonly skipped: readonly { readonly taskId: string; readonly instanceId: string; readonly name: Text; readonly reason: 'notTransferable' | 'alreadyOnTask' }[];
}

/** A user's open work in one project (`GET /api/admin/users/:id/open-work`). */
export interface OpenWork {
  readonly projectId: string;
  readonly projectName: string;
  readonly tasks: number;
  readonly records: number;
}

const handoverUrl = (projectId: string) => `/projects/${encodeURIComponent(projectId)}/handover`;

/** Returns query options of the preview of handing `fromUserId`'s work in a project to `toUserId` (optional). */
export function handoverPreviewQuery(projectId: string, fromUserId: string, toUserId: string | undefined) {
  return queryOptions({
    queryKey: ['handover', projectId, fromUserId, toUserId ?? null] as const,
    queryFn: () => api.get<HandoverResult>(handoverUrl(projectId), { query: { fromUserId, toUserId } }),
    staleTime: 0,
  });
}

/** Returns query options of a user's open work per project (admins). */
export function openWorkQuery(userId: string) {
  return queryOptions({
    queryKey: ['admin', 'open-work', userId] as const,
    queryFn: async () => (await api.get<{ items: OpenWork[] }>(`/admin/users/${encodeURIComponent(userId)}/open-work`)).items,
    staleTime: 0,
  });
}

/** Hands `fromUserId`'s open tasks and records of a project to `toUserId`; one key per intended hand-over makes a retry safe. */
export function handOver(projectId: string, input: { fromUserId: string; toUserId: string }, idempotencyKey: string) {
  return api.post<HandoverResult>(handoverUrl(projectId), input, { idempotencyKey });
}
