import { hashKey, type QueryClient } from '@tanstack/react-query';
import { definitionListQuery, definitionVersionQuery, definitionVersionsQuery, type PublishedVersion } from '../api/index.js';
import { publishedTargets } from './query-cache-logic.js';

/** Definitions fetched for the device stay in memory this long (instead of react-query's 5 minutes), so they are saved and there offline. */
export const KEPT_IN_MEMORY_MS = 24 * 60 * 60_000;

/**
 * Fetches what the 发起 page of `projectId` needs without network: the form and flow lists, and the
 * latest published version of each (with a form's version list when it does not name that version
 * yet). Versions already in memory or kept on the device (`keptData` by query hash) are not fetched
 * again: published versions never change. Stops at the first failure or when `active()` turns false
 * (signed out, network gone). Never rejects.
 */
export async function warmDefinitions(client: QueryClient, projectId: string, keptData: (queryHash: string) => unknown, active: () => boolean): Promise<void> {
  const known = (queryKey: readonly unknown[]) => client.getQueryData(queryKey) ?? keptData(hashKey(queryKey));
  try {
    const [forms, flows] = await Promise.all([
      client.fetchQuery({ ...definitionListQuery(projectId, 'forms'), gcTime: KEPT_IN_MEMORY_MS }),
      client.fetchQuery({ ...definitionListQuery(projectId, 'flows'), gcTime: KEPT_IN_MEMORY_MS }),
    ]);
    for (const target of publishedTargets(forms, flows)) {
      if (!active()) return;
      if (target.kind === 'forms') {
        const versions = definitionVersionsQuery(projectId, 'forms', target.key);
        const newest = (known(versions.queryKey) as readonly PublishedVersion[] | undefined)?.[0]?.version;
        if (newest !== target.version) await client.fetchQuery({ ...versions, gcTime: KEPT_IN_MEMORY_MS, staleTime: 0 });
      }
      const body = definitionVersionQuery(projectId, target.kind, target.key, target.version);
      if (known(body.queryKey) === undefined) await client.fetchQuery({ ...body, gcTime: KEPT_IN_MEMORY_MS });
    }
  } catch {
    // No network, or not allowed: what was fetched so far is kept.
  }
}
