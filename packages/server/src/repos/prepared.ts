import { and, eq, getTableName, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../db/open.js';

// Drizzle builds and SQLite prepares a statement on every one-time query; hot queries are
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

const placeholders = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)]));
function definedKeys(row: object): string[] {
  const keys: string[] = [];
  for (const k in row) if ((row as Record<string, unknown>)[k] !== undefined) keys.push(k);
  return keys.sort();
}

/**
 * Inserts `row` with a statement prepared once per table and column set (values still go through
 * each column's encoder, e.g. JSON). `ignoreConflict` skips a row whose unique key exists.
 * Returns the number of rows inserted (0 or 1).
 */
export function insertRow<T extends SQLiteTable>(db: Db, table: T, row: T['$inferInsert'], opts: { ignoreConflict?: boolean } = {}): number {
  const keys = definedKeys(row);
  const name = `insert:${getTableName(table)}:${keys.join(',')}:${opts.ignoreConflict ? 'ignore' : ''}`;
  const stmt = prepared(db, name, () => {
    const q = db.insert(table).values(placeholders(keys) as T['$inferInsert']);
    return (opts.ignoreConflict ? q.onConflictDoNothing() : q).prepare();
  });
  return stmt.run(pick(row, keys)).changes;
}

/**
 * Inserts rows in order, each run of consecutive rows with the same column set in one multi-row
 * statement (prepared once per table, column set and row count), e.g. the audit events of one
 * decision. `ignoreConflict` skips each row whose unique key exists. Returns the number of rows inserted.
 */
export function insertRows<T extends SQLiteTable>(db: Db, table: T, rows: readonly T['$inferInsert'][], opts: { ignoreConflict?: boolean } = {}): number {
  let run: T['$inferInsert'][] = [];
  let runKeys = '';
  let inserted = 0;
  for (const row of rows) {
    const keys = definedKeys(row).join(',');
    if (run.length > 0 && (keys !== runKeys || run.length === MAX_ROWS_PER_INSERT)) {
      inserted += insertRun(db, table, runKeys, run, opts);
      run = [];
    }
    run.push(row);
    runKeys = keys;
  }
  if (run.length > 0) inserted += insertRun(db, table, runKeys, run, opts);
  return inserted;
}

// Bounds both a statement's placeholders and how many statements one table can cache.
const MAX_ROWS_PER_INSERT = 16;

function insertRun<T extends SQLiteTable>(db: Db, table: T, joinedKeys: string, run: readonly T['$inferInsert'][], opts: { ignoreConflict?: boolean }): number {
  if (run.length === 1) return insertRow(db, table, run[0]!, opts);
  // Row i's column k is bound to the placeholder `${k}_${i}`; the names are built once per statement.
  const { stmt, keys, names } = prepared(db, `insertMany:${getTableName(table)}:${joinedKeys}:${run.length}:${opts.ignoreConflict ? 'ignore' : ''}`, () => {
    const keys = joinedKeys.split(',');
    const names = run.map((_, i) => keys.map((k) => `${k}_${i}`));
    const q = db.insert(table).values(names.map((row) => Object.fromEntries(row.map((n, j) => [keys[j], sql.placeholder(n)])) as T['$inferInsert']));
    return { stmt: (opts.ignoreConflict ? q.onConflictDoNothing() : q).prepare(), keys, names };
  });
  const values: Record<string, unknown> = {};
  for (let i = 0; i < run.length; i++) {
    const row = run[i] as Record<string, unknown>;
    for (let j = 0; j < keys.length; j++) values[names[i]![j]!] = row[keys[j]!];
  }
  return stmt.run(values).changes;
}

/**
 * Sets `patch` on the row whose `key` column equals `id` (and, when given, whose `version`
 * column equals `version`), with a statement prepared once per column set. Returns rows changed.
 */
export function updateRow<T extends SQLiteTable>(db: Db, table: T, key: SQLiteColumn, id: string, patch: Partial<T['$inferInsert']>, version?: { column: SQLiteColumn; value: number }): number {
  const keys = definedKeys(patch);
  const name = `update:${getTableName(table)}:${key.name}:${keys.join(',')}:${version ? version.column.name : ''}`;
  const stmt = prepared(db, name, () => {
    const where: SQL[] = [eq(key, sql.placeholder('__id'))];
    if (version) where.push(eq(version.column, sql.placeholder('__version')));
    return db.update(table).set(placeholders(keys) as Partial<T['$inferInsert']>).where(and(...where)).prepare();
  });
  return stmt.run({ ...pick(patch, keys), __id: id, ...(version ? { __version: version.value } : {}) }).changes;
}

function pick(row: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (row as Record<string, unknown>)[k];
  return out;
}
