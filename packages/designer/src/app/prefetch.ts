import type { QueryClient } from '@tanstack/react-query';
import { definitionDraftQuery, formSourceQuery, projectQuery, sessionQuery } from '../api/index.js';

/** What a page address names: its project and, on the flow designer, its flow. Pure. */
export interface PageTarget {
  readonly projectId: string;
  readonly flowKey?: string;
}

/** Returns the project (and flow) a page address names, or null outside a project or when malformed. Pure. */
export function pageTarget(pathname: string): PageTarget | null {
  const m = /^\/p\/([^/]+)(?:\/studio\/flows\/([^/]+)\/?$)?/.exec(pathname);
  if (!m?.[1]) return null;
  try {
    const projectId = decodeURIComponent(m[1]);
    return m[2] ? { projectId, flowKey: decodeURIComponent(m[2]) } : { projectId };
  } catch {
    return null; // a malformed escape: the page itself shows the error
  }
}

// Sent together with the session check: a signed-out visitor's 401 is no "session expired" notice.
const beforeSession = { quietUnauthorized: true } as const;

/**
 * Starts fetching what the page at `pathname` will ask for (the project, and on the flow designer
 * the flow draft and then its form) together with the session check, instead of one request
 * after the other as each component mounts. The components' own queries share these fetches
 * (same keys) and show any failure; a signed-out visitor's answers are dropped.
 * Returns a promise that settles (never rejects) when the prefetching is done.
 */
export async function prefetchPageData(client: QueryClient, pathname: string): Promise<void> {
  const target = pageTarget(pathname);
  if (!target) return;
  const { projectId, flowKey } = target;
  const project = projectQuery(projectId, beforeSession);
  const draft = flowKey === undefined ? null : definitionDraftQuery<{ readonly formKey?: string }>(projectId, 'flows', flowKey, beforeSession);
  const work = [client.prefetchQuery(project)];
  if (draft) {
    work.push(client.fetchQuery(draft).then(async ({ definition }) => {
      if (definition?.formKey) await client.prefetchQuery(formSourceQuery(projectId, definition.formKey));
    }).catch(() => undefined));
  }
  const session = await client.fetchQuery(sessionQuery()).catch(() => null);
  if (!session?.user) {
    for (const { queryKey } of draft ? [project, draft] : [project]) {
      await client.cancelQueries({ queryKey });
      client.removeQueries({ queryKey });
    }
    return;
  }
  await Promise.all(work);
}
