import { queryOptions } from '@tanstack/react-query';
import { listServerDrafts } from '../../api/index.js';
import { isOffline, listDrafts } from '../../offline/index.js';
import { flowKeyOfDraft } from './draft-key.js';
import { draftMarks, type DraftMark, type LocalDraft } from './draft-merge.js';

/** The query of the start page's draft marks (invalidated on every draft change). */
export const DRAFTS_QUERY_KEY = ['ws', 'drafts'] as const;

/** Returns query options for the draft mark of each flow: the device's drafts and the server's (when reachable). */
export function draftMarksQuery(userId: string, projectId: string) {
  return queryOptions({
    queryKey: [...DRAFTS_QUERY_KEY, userId, projectId] as const,
    queryFn: async (): Promise<Record<string, DraftMark>> => {
      const [entries, server] = await Promise.all([
        listDrafts(),
        isOffline() ? Promise.resolve(null) : listServerDrafts(projectId).catch(() => null),
      ]);
      const locals: Record<string, LocalDraft> = {};
      for (const entry of entries) {
        const flowKey = flowKeyOfDraft(entry.key, userId, projectId);
        if (flowKey) locals[flowKey] = entry;
      }
      return draftMarks(locals, server);
    },
    staleTime: 0,
    enabled: Boolean(userId),
  });
}
