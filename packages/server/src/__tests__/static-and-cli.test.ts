import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import Database from 'better-sqlite3';
import { startTestServer, type TestServer } from '../testing/index.js';
import { cliCommands } from './cli-fixtures.js';

describe('serving the web app and the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siteflow-static-'));
  let ts: TestServer;
  beforeAll(async () => {
    mkdirSync(join(dir, 'dist/assets'), { recursive: true });
    writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>案场流</title><div id="root"></div>');
    writeFileSync(join(dir, 'dist/assets/app.js'), 'console.log(1)');
    ts = await startTestServer({ config: { webDist: join(dir, 'dist') } });
  });
  afterAll(async () => {
    await ts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files, falls back to index.html for app routes, and keeps JSON 404s under /api', async () => {
    expect((await request(ts.baseUrl).get('/assets/app.js')).text).toBe('console.log(1)');
    const deep = await request(ts.baseUrl).get('/tasks/task_123');
    expect(deep.status).toBe(200);
    expect(deep.text).toContain('案场流');
    const api = await request(ts.baseUrl).get('/api/nope');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('API_ROUTE_NOT_FOUND');
  });

  it('migrates, creates an admin, loads the demo, backs up online and restores', async () => {
    const db = join(dir, 'cli.sqlite');
    // Every migration the repository ships is applied to a new file.
    const shipped = (JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: unknown[] }).entries.length;
    expect(shipped).toBeGreaterThanOrEqual(7);
    expect(await cliCommands.migrate({ db })).toContain(`${shipped} migrations`);
    expect(await cliCommands['create-admin']({ db, username: 'boss', password: 'long-password-1', organisation: '测试集团' })).toContain('boss');
    await expect(cliCommands['create-admin']({ db, username: 'boss', password: 'long-password-1' })).rejects.toThrow(/exists/);
    expect(await cliCommands.demo({ db })).toContain('consultant');
    const backup = join(dir, 'backup.sqlite');
    expect(await cliCommands.backup({ db, out: backup })).toContain('verified');
    const restored = join(dir, 'restored.sqlite');
    await cliCommands.restore({ db: restored, from: backup });
    const copy = new Database(restored, { readonly: true });
    const users = copy.prepare('select username from users order by username').all().map((r) => (r as { username: string }).username);
    copy.close();
    expect(users).toEqual(expect.arrayContaining(['admin', 'boss', 'consultant']));
  });
});
