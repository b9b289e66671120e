import type { FlowDefinition } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { ApiError } from '../http/api-error.js';

// Published versions are immutable: cache the parsed definition per database/project/key/version.
// The same object is passed to `decide` each time, so the runtime's own per-object caches work.
const cache = new Map<string, FlowDefinition>();

/** Returns a published flow version (latest when `version` is omitted), or throws 409 API_NOT_PUBLISHED. */
export function publishedFlow(ctx: AppContext, projectId: string, key: string, version?: number): FlowDefinition {
  const prefix = `${ctx.sqlite.name}|${projectId}|${key}|`;
  version ??= definitionsRepo.latestVersionNumber(ctx.db, projectId, 'flow', key);
  if (version !== undefined) {
    const hit = cache.get(prefix + version);
    if (hit) return hit;
  }
  const row = definitionsRepo.findVersion(ctx.db, projectId, 'flow', key, version);
  if (!row) throw new ApiError('API_NOT_PUBLISHED', { what: '流程', whatEn: 'Flow', key });
  const hit = cache.get(prefix + row.version);
  if (hit) return hit;
  const flow = { ...(row.body as unknown as FlowDefinition), version: row.version };
  cache.set(prefix + row.version, flow);
  return flow;
}
