import type Database from 'better-sqlite3';

// Rows read on every request (the caller's memberships, the project, its calendar and people)
// are cached per connection. Every write that could change them bumps the generation, and so does
// every rollback (a cache filled from a write that was then undone must not survive it). Other
// processes on the same file cannot bump it, so an entry also expires after a few seconds.
let generation = 0;
const MAX_AGE_MS = 5_000;
const caches = new WeakMap<Database.Database, Map<string, { value: unknown; generation: number; at: number }>>();

/** Marks cached rows as changed: every cache entry read before now is dropped. */
export function invalidateReadCache(): void {
  generation += 1;
}

/** Returns the cached value of `key` on this connection, or loads and caches it. Reads the database. */
export function cachedRead<T>(sqlite: Database.Database, key: string, load: () => T): T {
  let cache = caches.get(sqlite);
  if (!cache) {
    cache = new Map();
    caches.set(sqlite, cache);
  }
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now - hit.at < MAX_AGE_MS) return hit.value as T;
  const filledAt = generation;
  const value = load();
  cache.set(key, { value, generation: filledAt, at: now });
  return value;
}
