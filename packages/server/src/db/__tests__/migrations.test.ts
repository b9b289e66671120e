import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import drizzleConfig from '../../../drizzle.config.js';
import { migrationsPath, openDatabase } from '../open.js';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const schemaFiles = drizzleConfig.schema as string[];
const temp = mkdtempSync(join(tmpdir(), 'siteflow-migrations-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

async function declaredTables(): Promise<SQLiteTable[]> {
  const modules = await Promise.all(schemaFiles.map((f) => import(resolve(packageRoot, f)) as Promise<Record<string, unknown>>));
  return modules.flatMap((m) => Object.values(m).filter((v): v is SQLiteTable => is(v, SQLiteTable)));
}

describe('drizzle migrations are the single source of the schema', () => {
  it('drizzle-kit sees every table: each file declaring one is listed in drizzle.config.ts', () => {
    const declaring = sourceFiles(join(packageRoot, 'src')).filter((f) => /\bsqliteTable\(/.test(readFileSync(f, 'utf8')));
    const listed = schemaFiles.map((f) => resolve(packageRoot, f));
    expect(declaring.filter((f) => !listed.includes(f)).map((f) => relative(packageRoot, f))).toEqual([]);
  });

  it('a new database gets exactly the declared tables, with their columns and indexes, from the migrations alone', async () => {
    const db = openDatabase(join(temp, 'fresh.sqlite'));
    try {
      const tables = await declaredTables();
      const created = (db.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name != '__drizzle_migrations'").all() as { name: string }[]).map((t) => t.name);
      expect(tables.map((t) => getTableConfig(t).name).sort()).toEqual(created.sort());
      for (const table of tables) {
        const config = getTableConfig(table);
        const columns = (db.sqlite.prepare(`select name from pragma_table_info('${config.name}')`).all() as { name: string }[]).map((c) => c.name);
        expect({ table: config.name, columns: columns.sort() }).toEqual({ table: config.name, columns: config.columns.map((c) => c.name).sort() });
        const indexes = (db.sqlite.prepare(`select name from pragma_index_list('${config.name}') where origin = 'c'`).all() as { name: string }[]).map((i) => i.name);
        expect({ table: config.name, indexes: indexes.sort() }).toEqual({ table: config.name, indexes: config.indexes.map((i) => i.config.name).sort() });
      }
    } finally {
      db.close();
    }
  });

  it('a database already at 0002 (the file of an earlier release) gets the new tables on open, keeping its rows', () => {
    // Given a database migrated with the first three migrations only, holding an organisation
    const older = join(temp, 'older-migrations');
    cpSync(migrationsPath(), older, { recursive: true });
    const journalPath = join(older, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => /^000[0-2]_/.test(e.tag)) }));
    const path = join(temp, 'older.sqlite');
    const sqlite = new Database(path);
    migrate(drizzle(sqlite), { migrationsFolder: older });
    sqlite.prepare("insert into organisations (id, name, created_at) values ('org_old', '旧集团', 1)").run();
    sqlite.close();
    // When the current server opens it
    const db = openDatabase(path);
    try {
      // Then every migration is recorded once, the new tables exist and the old rows are still there
      const applied = db.sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number };
      expect(applied.n).toBe(journal.entries.length);
      const tables = (db.sqlite.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['seller_profiles', 'start_form_drafts', 'saved_views', 'rule_firings', 'comm_logs', 'external_links']));
      expect(db.sqlite.prepare("select name from organisations where id = 'org_old'").get()).toEqual({ name: '旧集团' });
    } finally {
      db.close();
    }
  });
});
