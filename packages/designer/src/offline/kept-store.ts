import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { SNAPSHOT_VERSION, type KeptQuery } from './query-cache-logic.js';

/** The queries kept for one user (see query-cache.ts). */
interface Snapshot {
  readonly userId: string;
  readonly version: number;
  readonly savedAt: number;
  readonly queries: readonly KeptQuery[];
}

interface KeptDb extends DBSchema {
  snapshots: { key: string; value: Snapshot };
}

// Its own database: the outbox's (store.ts) keeps its schema version.
const DB_NAME = 'siteflow-kept-queries';
let dbPromise: Promise<IDBPDatabase<KeptDb>> | null = null;

function db(): Promise<IDBPDatabase<KeptDb>> {
  dbPromise ??= openDB<KeptDb>(DB_NAME, 1, {
    upgrade(database) { database.createObjectStore('snapshots', { keyPath: 'userId' }); },
  });
  return dbPromise;
}

/** Returns the queries kept for `userId` (none when never stored or stored by an older format). */
export async function readKept(userId: string): Promise<KeptQuery[]> {
  const snapshot = await (await db()).get('snapshots', userId);
  return snapshot?.version === SNAPSHOT_VERSION ? [...snapshot.queries] : [];
}

/** Stores the queries kept for `userId`, replacing what was there. */
export async function writeKept(userId: string, queries: readonly KeptQuery[]): Promise<void> {
  await (await db()).put('snapshots', { userId, version: SNAPSHOT_VERSION, savedAt: Date.now(), queries });
}

/** Deletes what is kept for every user but `keepUserId` (every user when null): one user's cache per device. */
export async function deleteKeptExcept(keepUserId: string | null): Promise<void> {
  const database = await db();
  for (const userId of await database.getAllKeys('snapshots')) {
    if (userId !== keepUserId) await database.delete('snapshots', userId);
  }
}
