import { hashKey, hydrate, onlineManager, type Query, type QueryCacheNotifyEvent, type QueryClient } from '@tanstack/react-query';
import { sessionKeys, type Session } from '../api/index.js';
import { deleteKeptExcept, readKept, writeKept } from './kept-store.js';
import { isKeptQuery, keptFallback, mergeKept, toDehydrated, toKept, type KeptQuery } from './query-cache-logic.js';
import { forgetSession } from './session-memory.js';
import { KEPT_IN_MEMORY_MS, warmDefinitions } from './warm-definitions.js';

/** Changes are written at most this often. */
const SAVE_DELAY_MS = 1_000;
/** A project's definitions are fetched for the device this long after the project opened (after the first paint). */
const WARM_DELAY_MS = 2_000;

const sessionHash = hashKey(sessionKeys.session);
const isSessionQuery = (query: Query) => query.queryHash === sessionHash;
const projectOf = (query: Query) => (query.queryKey.length === 2 && query.queryKey[0] === 'projects' && typeof query.queryKey[1] === 'string' ? query.queryKey[1] : null);

/**
 * Keeps the queries marked `meta.offline` (published definitions, the 发起 lists, the projects) of the
 * signed-in user in IndexedDB, so the app opens on the device without network; and fetches the
 * published definitions of each opened project so they are there before the network goes. One user's
 * cache per device: another user's is deleted when someone signs in, and all of it when the server
 * says signed out (sign-out, expired session). API answers are never served from here while online:
 * the kept copies go back into the app only when it starts without network, the network drops, or a
 * request gets no answer at all while the browser still claims to be online.
 */
class KeptQueries {
  readonly #client: QueryClient;
  #userId: string | null = null;
  #kept: KeptQuery[] = [];
  #loaded: Promise<void> = Promise.resolve();
  /** IndexedDB work runs one step at a time: a deletion never races a write. */
  #queue: Promise<void> = Promise.resolve();
  #saveTimer: ReturnType<typeof setTimeout> | null = null;
  #warmed = new Set<string>();
  #stop: (() => void) | null = null;

  constructor(client: QueryClient) {
    this.#client = client;
  }

  /** Starts keeping the queries of `userId` (loading what is stored for them); resolves once loaded. */
  activate(userId: string): Promise<void> {
    if (this.#userId === userId) return this.#loaded;
    this.#reset();
    this.#userId = userId;
    this.#loaded = this.#enqueue(async () => {
      await deleteKeptExcept(userId);
      const kept = await readKept(userId);
      if (this.#userId === userId) this.#kept = mergeKept(kept, this.#kept, Date.now());
    });
    const offCache = this.#client.getQueryCache().subscribe((event) => this.#onCacheEvent(event));
    // The network just dropped: what was kept comes back for the pages not opened since the app started.
    const offOnline = onlineManager.subscribe((online) => { if (!online) void this.restore(); });
    this.#stop = () => { offCache(); offOnline(); };
    return this.#loaded;
  }

  /** Puts the kept queries back into the app's cache (never over newer answers); resolves when done. */
  async restore(): Promise<void> {
    await this.#loaded;
    hydrate(this.#client, toDehydrated(this.#kept), { defaultOptions: { queries: { gcTime: KEPT_IN_MEMORY_MS } } });
  }

  /** Stops keeping and deletes everything kept on the device, with the last known session. */
  forget(): Promise<void> {
    this.#reset();
    forgetSession();
    return this.#enqueue(() => deleteKeptExcept(null));
  }

  #reset(): void {
    this.#stop?.();
    this.#stop = null;
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
    this.#userId = null;
    this.#kept = [];
    this.#warmed.clear();
  }

  #enqueue(step: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(step);
    this.#queue = next.catch(() => undefined); // IndexedDB unavailable: the app works, only nothing is kept
    return next;
  }

  #onCacheEvent(event: QueryCacheNotifyEvent): void {
    const { query } = event;
    if (event.type === 'updated' && event.action.type === 'error') {
      this.#fallBack(query);
      return;
    }
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    if (isSessionQuery(query)) {
      // Signed out by the server or by the user (the shell sets the session to signed-out): nothing stays.
      if ((query.state.data as Session | undefined)?.user === null) void this.forget();
      return;
    }
    if (isKeptQuery(query)) this.#scheduleSave();
    const projectId = projectOf(query);
    if (projectId && !this.#warmed.has(projectId)) {
      this.#warmed.add(projectId);
      const userId = this.#userId;
      setTimeout(() => {
        if (userId && this.#userId === userId && onlineManager.isOnline()) {
          void warmDefinitions(this.#client, projectId, (hash) => this.#keptData(hash), () => this.#userId === userId && onlineManager.isOnline());
        }
      }, WARM_DELAY_MS);
    }
  }

  /** A kept query got no answer and has nothing to show: its kept copy goes back (it refetches on the next chance). */
  #fallBack(query: Query): void {
    const userId = this.#userId;
    void this.#loaded.then(() => {
      const kept = this.#userId === userId ? keptFallback(query, this.#kept) : undefined;
      if (!kept || query.state.data !== undefined) return;
      this.#client.setQueryData(query.queryKey, kept.data, { updatedAt: kept.dataUpdatedAt });
      void this.#client.invalidateQueries({ queryKey: query.queryKey, exact: true, refetchType: 'none' });
    });
  }

  #keptData(queryHash: string): unknown {
    return this.#kept.find((q) => q.queryHash === queryHash)?.data;
  }

  #scheduleSave(): void {
    if (this.#saveTimer) return;
    this.#saveTimer = setTimeout(() => {
      this.#saveTimer = null;
      const userId = this.#userId;
      if (!userId) return;
      void this.#loaded.then(() => this.#enqueue(async () => {
        if (this.#userId !== userId) return;
        const current = this.#client.getQueryCache().getAll().filter(isKeptQuery).map(toKept);
        this.#kept = mergeKept(this.#kept, current, Date.now());
        await writeKept(userId, this.#kept);
      })).catch(() => undefined);
    }, SAVE_DELAY_MS);
  }
}

const instances = new WeakMap<QueryClient, KeptQueries>();

/** Returns the device cache of the app's query client (one per client). */
export function keptQueries(client: QueryClient): KeptQueries {
  let kept = instances.get(client);
  if (!kept) {
    kept = new KeptQueries(client);
    instances.set(client, kept);
  }
  return kept;
}

export type { KeptQueries };
