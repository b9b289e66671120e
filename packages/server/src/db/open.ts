import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schema from './schema.js';

/** The typed drizzle handle used by every repository. */
export type Db = BetterSQLite3Database<typeof schema>;

/** An open database: the drizzle handle plus the raw connection (backup, pragmas, close). */
export interface OpenDb {
  readonly db: Db;
  readonly sqlite: Database.Database;
  readonly path: string;
  close(): void;
}

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/**
 * Opens (creating if needed) the SQLite file at `path`, sets WAL, synchronous=FULL, foreign keys
 * a busy timeout and in-memory temporary storage, asserts them, and applies pending migrations. Throws if a pragma did not take.
 */
export function openDatabase(path: string, opts: { migrate?: boolean } = {}): OpenDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Each request runs in a savepoint of the shared group-commit transaction; SQLite keeps the
  // savepoint's page copies in a temporary sub-journal, which on disk cost more than the writes.
  sqlite.pragma('temp_store = MEMORY');
  // 64 MiB of page cache (the default is 2 MiB): the scheduler and inboxes read instances, tasks
  // and records all over a file that grows by years of cases.
  sqlite.pragma('cache_size = -65536');
  assertPragmas(sqlite, path);
  const db = drizzle(sqlite, { schema });
  if (opts.migrate !== false) migrate(db, { migrationsFolder });
  return { db, sqlite, path, close: () => sqlite.close() };
}

function assertPragmas(sqlite: Database.Database, path: string): void {
  const mode = sqlite.pragma('journal_mode', { simple: true });
  const sync = sqlite.pragma('synchronous', { simple: true });
  const fk = sqlite.pragma('foreign_keys', { simple: true });
  const busy = sqlite.pragma('busy_timeout', { simple: true });
  const temp = sqlite.pragma('temp_store', { simple: true });
  // :memory: databases cannot use WAL; only tolerate that for in-memory use.
  if ((mode !== 'wal' && path !== ':memory:') || sync !== 2 || fk !== 1 || Number(busy) < 1000 || temp !== 2) {
    sqlite.close();
    throw new Error(`SQLite pragmas not applied (journal_mode=${String(mode)}, synchronous=${String(sync)}, foreign_keys=${String(fk)}, busy_timeout=${String(busy)}, temp_store=${String(temp)})`);
  }
}

/** Returns the migrations folder shipped with the package (for the CLI). Pure. */
export function migrationsPath(): string {
  return migrationsFolder;
}
