import type { DehydratedState, QueryKey } from '@tanstack/react-query';
import type { DefinitionPlural, DefinitionSummary, Session } from '../api/index.js';

/** How long a kept answer may be shown without network; older ones are dropped. */
export const KEPT_MAX_AGE_MS = 30 * 24 * 60 * 60_000;
/** Format of the stored snapshot: a change drops what older builds stored. */
export const SNAPSHOT_VERSION = 1;

/** What is kept of one query: its key, meta and the data of its last success. */
export interface KeptQuery {
  readonly queryKey: QueryKey;
  readonly queryHash: string;
  readonly meta?: Record<string, unknown>;
  readonly data: unknown;
  readonly dataUpdatedAt: number;
}

/** A query as far as these rules look at it (a react-query Query fits). */
export interface QueryLike {
  readonly queryKey: QueryKey;
  readonly queryHash: string;
  readonly meta?: Record<string, unknown> | undefined;
  readonly state: { readonly status: string; readonly data?: unknown; readonly dataUpdatedAt: number };
}

/**
 * Returns true when a query is kept on the device: marked `meta.offline` (api/offline-meta.ts: published
 * definitions, the 发起 lists, the projects) and holding a successful answer. Pure.
 */
export function isKeptQuery(query: QueryLike): boolean {
  return query.meta?.offline === true && query.state.status === 'success' && query.state.data !== undefined;
}

/** Returns what is kept of a query (see isKeptQuery). Pure. */
export function toKept(query: QueryLike): KeptQuery {
  return {
    queryKey: query.queryKey, queryHash: query.queryHash, data: query.state.data, dataUpdatedAt: query.state.dataUpdatedAt,
    ...(query.meta ? { meta: query.meta } : {}),
  };
}

/**
 * Returns the next snapshot: the kept queries in memory replace their stored copies; stored ones no
 * longer in memory stay (the memory forgets unused queries after a few minutes; the device should
 * not), unless older than `maxAgeMs`. Pure.
 */
export function mergeKept(stored: readonly KeptQuery[], current: readonly KeptQuery[], now: number, maxAgeMs = KEPT_MAX_AGE_MS): KeptQuery[] {
  const byHash = new Map<string, KeptQuery>();
  for (const q of [...stored, ...current]) {
    const prior = byHash.get(q.queryHash);
    if (!prior || prior.dataUpdatedAt <= q.dataUpdatedAt) byHash.set(q.queryHash, q);
  }
  return [...byHash.values()].filter((q) => now - q.dataUpdatedAt <= maxAgeMs);
}

/** Returns the kept queries as react-query hydrates them (successful, idle). Pure. */
export function toDehydrated(kept: readonly KeptQuery[]): DehydratedState {
  return {
    mutations: [],
    queries: kept.map((q) => ({
      queryKey: q.queryKey,
      queryHash: q.queryHash,
      dehydratedAt: q.dataUpdatedAt,
      ...(q.meta ? { meta: q.meta } : {}),
      state: {
        data: q.data, dataUpdateCount: 1, dataUpdatedAt: q.dataUpdatedAt,
        error: null, errorUpdateCount: 0, errorUpdatedAt: 0,
        fetchFailureCount: 0, fetchFailureReason: null, fetchMeta: null,
        isInvalidated: false, status: 'success', fetchStatus: 'idle',
      },
    })),
  };
}

/** The session as far as the offline rule looks at it: the query's data, error and whether it waits for network. */
export interface SessionQueryState {
  readonly data: Session | undefined;
  readonly error: unknown;
  /** react-query's fetchStatus: 'paused' while it waits for the network. */
  readonly fetchStatus: string;
}

/**
 * Returns the session the app routes with while the network is missing: the last one known on this
 * device when the session check could not reach the server (it waits for the network, or failed with
 * no answer: status 0), and, once the app ran on it (`ranOffline`), also while the check runs again
 * when the network returns: the open page must not give way to a loading screen (it would drop what
 * is on screen). A server answer always wins, and "signed out" is only what the server says.
 * For routing only: the server still checks the cookie on every request the outbox sends. Pure.
 */
export function offlineSession(query: SessionQueryState, lastKnown: Session | null, ranOffline = false): Session | null {
  if (query.data !== undefined || !lastKnown?.user) return null;
  const recheck = ranOffline && query.fetchStatus === 'fetching' && !query.error;
  return query.fetchStatus === 'paused' || isNoAnswer(query.error) || recheck ? lastKnown : null;
}

/** Returns true for a request that got no answer at all (the API client's status 0: no network, a dead connection). Pure. */
export function isNoAnswer(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 0;
}

/**
 * Returns the kept answer to show for a kept query whose fetch got no answer and that has nothing to
 * show (the phone says it is online, but the network is dead: a car park, a lift), or undefined. Pure.
 */
export function keptFallback(query: QueryLike & { readonly state: { readonly error?: unknown } }, kept: readonly KeptQuery[]): KeptQuery | undefined {
  if (query.meta?.offline !== true || query.state.data !== undefined || !isNoAnswer(query.state.error)) return undefined;
  return kept.find((k) => k.queryHash === query.queryHash);
}

/** Returns the session to keep on the device: without its CSRF token (fetched again when a write needs it). Pure. */
export function toRemembered(session: Session): Session {
  return { ...session, csrfToken: null };
}

/** One published version the 发起 page may open: a flow, or a form (to log a record or as a flow's start form). */
export interface PublishedTarget {
  readonly kind: Extract<DefinitionPlural, 'forms' | 'flows'>;
  readonly key: string;
  readonly version: number;
}

/** Returns the latest published version of every form and flow in the lists (drafts never published are skipped). Pure. */
export function publishedTargets(forms: readonly DefinitionSummary[], flows: readonly DefinitionSummary[]): PublishedTarget[] {
  const of = (kind: PublishedTarget['kind'], list: readonly DefinitionSummary[]) =>
    list.flatMap((d) => (d.latestVersion ? [{ kind, key: d.key, version: d.latestVersion }] : []));
  return [...of('flows', flows), ...of('forms', forms)];
}
