import { queryOptions } from '@tanstack/react-query';
import { listServerDrafts, type DraftTarget } from '../../api/index.js';
import { isOffline, listDrafts } from '../../offline/index.js';
import { targetOfDraft } from './draft-key.js';
import { draftMarks, type DraftMark, type LocalDraft } from './draft-merge.js';

/** The query of the start page's draft marks (invalidated on every draft change). */
export const DRAFTS_QUERY_KEY = ['ws', 'drafts'] as const;

/**
 * Returns query options for the draft mark of each flow (`kind` flow) or record form (`kind` form):
 * the device's drafts and the server's (when reachable).
 */
export function draftMarksQuery(userId: string, projectId: string, kind: DraftTarget['kind']) {
  return queryOptions({
    queryKey: [...DRAFTS_QUERY_KEY, userId, projectId, kind] as const,
    queryFn: async (): Promise<Record<string, DraftMark>> => {
      const [entries, server] = await Promise.all([
        listDrafts(),
        isOffline() ? Promise.resolve(null) : listServerDrafts(projectId, kind).catch(() => null),
      ]);
      const locals: Record<string, LocalDraft> = {};
      for (const entry of entries) {
        const target = targetOfDraft(entry.key, userId, projectId);
        if (target?.kind === kind) locals[target.key] = entry;
      }
      return draftMarks(locals, server);
    },
    staleTime: 0,
    enabled: Boolean(userId),
  });
}
