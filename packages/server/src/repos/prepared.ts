import type { Db } from '../db/open.js';

// Drizzle builds and SQLite prepares a statement on every one-time query; hot lookups by id are
// prepared once per database handle instead (placeholders keep them portable).
const caches = new WeakMap<Db, Map<string, unknown>>();

/** Returns the prepared query `name` of this database, building it on first use. */
export function prepared<T>(db: Db, name: string, build: () => T): T {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let hit = cache.get(name) as T | undefined;
  if (hit === undefined) {
    hit = build();
    cache.set(name, hit);
  }
  return hit;
}
