import type { Rule } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo } from '../repos/definitions-repo.js';

/** A published rule as the runner uses it: the runtime `Rule` (library embedded) plus where it came from. */
export interface StoredRule {
  readonly rule: Rule;
  readonly version: number;
  /** Who published this version: the actor of record-less scheduled rules. */
  readonly publishedBy: string;
  readonly publishedAt: number;
}

// Published versions are immutable: cache by connection/project/key/version.
const cache = new Map<string, StoredRule>();

/** Returns the latest published version of every rule of a project (disabled ones included). Reads the database. */
export function publishedRules(ctx: AppContext, projectId: string): StoredRule[] {
  const out: StoredRule[] = [];
  for (const d of definitionsRepo.list(ctx.db, projectId, 'rule')) {
    if (!d.latestVersion) continue;
    const found = publishedRule(ctx, projectId, d.key, d.latestVersion);
    if (found) out.push(found);
  }
  return out;
}

/** Returns one published rule version (the latest when `version` is omitted), or null. Reads the database. */
export function publishedRule(ctx: AppContext, projectId: string, key: string, version?: number): StoredRule | null {
  const id = (v: number) => `${ctx.sqlite.name}|${projectId}|${key}|${v}`;
  if (version !== undefined) {
    const hit = cache.get(id(version));
    if (hit) return hit;
  }
  const row = definitionsRepo.findVersion(ctx.db, projectId, 'rule', key, version);
  if (!row) return null;
  const stored: StoredRule = { rule: row.body as unknown as Rule, version: row.version, publishedBy: row.publishedBy, publishedAt: row.publishedAt };
  cache.set(id(row.version), stored);
  return stored;
}
