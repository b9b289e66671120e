import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outbox-logic.js';

/** A form draft kept on the device: the values and when they were saved. */
export interface DraftEntry {
  /** `${userId}|${projectId}|${flowKey}` (or a task id). */
  readonly key: string;
  readonly data: Record<string, unknown>;
  readonly savedAt: number;
  /** The server draft version this copy was last pushed as or loaded from (start forms; absent: never). */
  readonly serverVersion?: number;
  /** True when the server holds exactly this copy. */
  readonly synced?: boolean;
}

/** How a draft stands against its server copy (see DraftEntry). */
export type DraftSync = Pick<DraftEntry, 'serverVersion' | 'synced'>;

interface OfflineDb extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { createdAt: number } };
  drafts: { key: string; value: DraftEntry };
}

const DB_NAME = 'siteflow-offline';
let dbPromise: Promise<IDBPDatabase<OfflineDb>> | null = null;

/** Returns the app's IndexedDB (created on first use): the outbox and the drafts. */
export function offlineDb(): Promise<IDBPDatabase<OfflineDb>> {
  dbPromise ??= openDB<OfflineDb>(DB_NAME, 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
      outbox.createIndex('createdAt', 'createdAt');
      db.createObjectStore('drafts', { keyPath: 'key' });
    },
  });
  return dbPromise;
}

/** Returns every outbox entry, oldest first. */
export async function readOutbox(): Promise<OutboxEntry[]> {
  return (await offlineDb()).getAllFromIndex('outbox', 'createdAt');
}

/** Stores (inserts or replaces) an outbox entry. */
export async function putOutbox(entry: OutboxEntry): Promise<void> {
  await (await offlineDb()).put('outbox', entry);
}

/** Removes an outbox entry (after the server confirmed it, or when the user discards it). */
export async function deleteOutbox(id: string): Promise<void> {
  await (await offlineDb()).delete('outbox', id);
}

/** Returns a saved draft or undefined. */
export async function loadDraft(key: string): Promise<DraftEntry | undefined> {
  return (await offlineDb()).get('drafts', key);
}

/** Saves a draft, with how it stands against its server copy when it has one. */
export async function saveDraft(key: string, data: Record<string, unknown>, savedAt: number, sync: DraftSync = {}): Promise<void> {
  await (await offlineDb()).put('drafts', { key, data, savedAt, ...sync });
}

/** Deletes a draft. */
export async function deleteDraft(key: string): Promise<void> {
  await (await offlineDb()).delete('drafts', key);
}

/** Returns every saved draft (to badge the start page). */
export async function listDrafts(): Promise<DraftEntry[]> {
  return (await offlineDb()).getAll('drafts');
}
