import { copyFileSync, existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { createContext } from '../server.js';
import { seedDemo } from '../demo/seed-demo.js';
import { createAdmin } from '../services/setup-service.js';
import { openDatabase } from '../db/open.js';
import { migrationsApplied } from '../db/migrations-applied.js';

import { resolve as resolvePath } from 'node:path';
import { runTemplatesCommand } from '../templates/index.js';

/** Options of the CLI (parsed flags). */
export interface CliOptions {
  readonly db: string;
  readonly username?: string;
  readonly password?: string;
  readonly name?: string;
  readonly organisation?: string;
  readonly project?: string;
  readonly out?: string;
  readonly from?: string;
}

const quiet = () => pino({ level: 'warn' });

/** Returns "ok" when SQLite's integrity check passes on the file, else the problems. */
function integrity(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? 'unknown';
  } finally {
    db.close();
  }
}

/** CLI commands; each returns the line to print (zh + en). */
export const cliCommands = {
  async migrate(o: CliOptions) {
    const db = openDatabase(o.db);
    const n = migrationsApplied(db.sqlite);
    db.close();
    return `✓ 数据库已是最新 / database up to date (${n} migrations): ${o.db}`;
  },
  async 'create-admin'(o: CliOptions) {
    if (!o.username || !o.password) throw new Error('需要 --username 和 --password / --username and --password are required');
    const ctx = createContext({ dbPath: o.db, logger: quiet() });
    try {
      const ids = await createAdmin(ctx, { username: o.username, password: o.password, displayName: o.name, organisation: o.organisation, project: o.project });
      return `✓ 管理员已创建 / admin created: ${o.username} (${ids.userId}, organisation ${ids.organisationId})`;
    } finally {
      ctx.sqlite.close();
    }
  },
  async demo(o: CliOptions) {
    const ctx = createContext({ dbPath: o.db, logger: quiet() });
    try {
      const result = await seedDemo(ctx);
      const lines = result.logins.map((l) => `  ${l.username.padEnd(22)} ${l.displayName}`).join('\n');
      return `${result.created ? '✓ 演示数据已载入 / demo loaded' : '• 演示数据已存在 / demo already there'} (密码 / password: ${result.password})\n${lines}`;
    } finally {
      ctx.sqlite.close();
    }
  },
  async backup(o: CliOptions) {
    if (!o.out) throw new Error('需要 --out / --out is required');
    if (!existsSync(o.db)) throw new Error(`数据库不存在 / no database at ${o.db}`);
    const db = new Database(o.db, { fileMustExist: true });
    try {
      // SQLite online backup API: consistent while the server keeps writing.
      await db.backup(o.out);
    } finally {
      db.close();
    }
    const check = integrity(o.out);
    if (check !== 'ok') throw new Error(`备份校验失败 / backup failed the integrity check: ${check}`);
    return `✓ 已备份并校验 / backed up and verified: ${o.out}`;
  },
  async restore(o: CliOptions) {
    if (!o.from) throw new Error('需要 --from / --from is required');
    const check = integrity(o.from);
    if (check !== 'ok') throw new Error(`备份文件损坏 / the backup fails the integrity check: ${check}`);
    for (const suffix of ['-wal', '-shm']) rmSync(o.db + suffix, { force: true });
    copyFileSync(o.from, o.db);
    const db = openDatabase(o.db);
    db.close();
    return `✓ 已恢复 / restored ${o.from} → ${o.db}（请重启服务 / restart the server）`;
  },
};

/**
 * Runs `siteflow templates …` (list | validate | publish) on the database of `--db` (or
 * $SITEFLOW_DB / ./data/siteflow.sqlite), printing to stdout. Returns the exit code.
 */
export function runTemplatesCli(argv: readonly string[], print: (line: string) => void = (l) => console.log(l)): number {
  const rest = [...argv];
  let db = process.env.SITEFLOW_DB ?? './data/siteflow.sqlite';
  const at = rest.findIndex((a) => a === '--db' || a.startsWith('--db='));
  if (at >= 0) {
    const arg = rest[at]!;
    if (arg.startsWith('--db=')) { db = arg.slice(5); rest.splice(at, 1); } else { db = rest[at + 1] ?? db; rest.splice(at, 2); }
  }
  const ctx = createContext({ dbPath: resolvePath(db), logger: quiet() });
  try {
    return runTemplatesCommand(ctx, rest, print);
  } finally {
    ctx.sqlite.close();
  }
}
