// Benchmark: task completions per second over HTTP (autocannon, 50 connections, SQLite WAL +
// synchronous=FULL) against a real server process, beside a raw better-sqlite3 loop doing the
// same writes, and their ratio. Prints one JSON line per figure (bench contract).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { createContext, seedDemo } from '../src/index.js';
import { loadAccess } from '../src/auth/access.js';
import { engineService } from '../src/engine/engine-service.js';
import { rawCompletionLoop } from './raw-loop.js';
import { openLoop } from './open-loop.js';
import { runOutbox } from '../src/outbox/dispatcher.js';

const TASKS = Number(process.env.BENCH_TASKS ?? 24000);
// The reference's sustained target for one node (../shared/reference/performance-anchors.md): >= 500/s with p99 < 50 ms.
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 500);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const here = dirname(fileURLToPath(import.meta.url));
const log = (...args: unknown[]) => console.error('[bench:server]', ...args);
const figure = (name: string, value: number, unit: string, target: string, better: 'higher' | 'lower') =>
  console.log(JSON.stringify({ bench: 'server', figure: name, value: Math.round(value * 100) / 100, unit, target, better }));

/**
 * CPU time (user + system) a process, or one of its threads, has used so far, from /proc (Linux).
 * A process's main thread has the process id as its thread id.
 */
function processCpuMs(pid: number, tid?: number): number {
  const fields = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  // After the command name: utime and stime are fields 14 and 15 of stat (11 and 12 here), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** The server's group-commit counters (from /readyz). */
async function groupCommitStats(base: string): Promise<{ batches: number; runs: number; commitMs: number }> {
  const body = (await (await fetch(`${base}/readyz`)).json()) as { groupCommit: { batches: number; runs: number; commitMs: number } };
  return body.groupCommit;
}

/** Waits until the server has delivered every outbox row (read from the file, read-only); returns the ms it took. */
async function outboxDrained(dbPath: string, timeoutMs = 60_000): Promise<number> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  const started = performance.now();
  try {
    const pending = db.prepare("select count(*) as n from outbox where status = 'pending'");
    while ((pending.get() as { n: number }).n > 0 && performance.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 100));
    return performance.now() - started;
  } finally {
    db.close();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * 1. Prepares a database with TASKS open review tasks: one instance through the engine, then
 * copies of its rows under fresh ids (fast, so a run stays well under a minute).
 */
async function prepare(dbPath: string): Promise<string[]> {
  const ctx = createContext({ dbPath, testMode: true });
  await seedDemo(ctx);
  const access = loadAccess(ctx.db, 'usr_consultant', 'org_demo');
  const consultant = { id: 'usr_consultant', username: 'consultant', displayName: 'c', organisationId: 'org_demo', access, via: 'session' as const };
  const data = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute' };
  const first = ctx.sqlite.transaction(() => engineService.start(ctx, consultant, 'prj_yunqi', { flowKey: 'refund', data }))();
  while ((await runOutbox(ctx, 5000)) > 0);
  const db = ctx.sqlite;
  const instance = db.prepare('select * from instances where id = ?').get(first.instanceId) as Record<string, unknown>;
  const record = db.prepare('select * from records where id = ?').get(first.recordId) as Record<string, unknown>;
  const task = db.prepare('select * from tasks where instance_id = ?').get(first.instanceId) as Record<string, unknown>;
  const people = db.prepare('select * from task_assignees where task_id = ?').all(task.id) as Record<string, unknown>[];
  const statements = new Map<string, { run(...params: unknown[]): unknown }>();
  const insert = (table: string, row: Record<string, unknown>) => {
    const sql = `insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row).map(() => '?').join(', ')})`;
    if (!statements.has(sql)) statements.set(sql, db.prepare(sql));
    statements.get(sql)!.run(...Object.values(row));
  };
  const ids = [String(task.id)];
  db.transaction(() => {
    for (let i = 1; i < TASKS; i++) {
      const [ins, rec, tsk] = [`ins_b${i}`, `rec_b${i}`, `task_b${i}`];
      insert('records', { ...record, id: rec });
      insert('instances', { ...instance, id: ins, record_id: rec, state: String(instance.state).replaceAll(String(task.id), tsk) });
      insert('tasks', { ...task, id: tsk, instance_id: ins });
      for (const p of people) insert('task_assignees', { ...p, task_id: tsk });
      ids.push(tsk);
    }
  })();
  ctx.sqlite.close();
  return ids;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'siteflow-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  let child: ReturnType<typeof spawn> | null = null;
  try {
    log(`preparing ${TASKS} open tasks…`);
    const t0 = performance.now();
    const taskIds = await prepare(dbPath);
    const port = await freePort();
    // 2. A real server process on the prepared file.
    // BENCH_PROFILE_DIR=/some/dir writes a V8 CPU profile of the server process there.
    const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
    child = spawn(process.execPath, [...profile, '--import', 'tsx', join(here, '../src/main.ts'), '--test-mode', '--db', dbPath, '--port', String(port), '--host', '127.0.0.1'],
      { cwd: join(here, '..'), env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'inherit'] });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'salesSupervisor', password: 'siteflow2025' }) });
    const session = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;

    // Warm-up: the first commands compile the flow and form validators (once per version).
    let next = 0;
    const headers = { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
    for (let i = 0; i < 30; i++) {
      await fetch(`${base}/api/tasks/${taskIds[next++]}/actions`, { method: 'POST', headers, body: JSON.stringify({ action: 'approve', version: 1 }) });
    }
    log(`prepared and warmed up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // The framework's floor in the same process: an authenticated read without writes (session
    // lookup, CSRF token, express routing, JSON), to set a completion's cost beside.
    const floorBefore = processCpuMs(child.pid!, child.pid!);
    const floor = await autocannon({ url: `${base}/api/auth/session`, connections: 50, duration: Math.min(DURATION_S, 5), headers: { cookie } });
    const floorCpuPerRequest = (processCpuMs(child.pid!, child.pid!) - floorBefore) / Math.max(1, floor['2xx']);

    // 3. 50 connections approving distinct tasks for DURATION_S seconds, as fast as the server answers.
    const approve = () => autocannon({
      url: base, connections: 50, duration: DURATION_S, headers,
      requests: [{
        method: 'POST',
        setupRequest: (req) => {
          const id = taskIds[next++ % taskIds.length];
          return { ...req, path: `/api/tasks/${id}/actions`, body: JSON.stringify({ action: 'approve', version: 1 }) };
        },
      }],
    });
    const cpuBefore = processCpuMs(child.pid!);
    const mainThreadBefore = processCpuMs(child.pid!, child.pid!);
    const commitsBefore = await groupCommitStats(base);
    const result = await approve();
    const perSecond = result['2xx'] / (result.duration || DURATION_S);
    const serverCpuMs = processCpuMs(child.pid!) - cpuBefore;
    const wallMs = (result.duration || DURATION_S) * 1000;
    const mainThreadShare = (processCpuMs(child.pid!, child.pid!) - mainThreadBefore) / wallMs;
    const commitsAfter = await groupCommitStats(base);
    const perCommit = (commitsAfter.runs - commitsBefore.runs) / Math.max(1, commitsAfter.batches - commitsBefore.batches);
    const commitShare = (commitsAfter.commitMs - commitsBefore.commitMs) / wallMs;
    log(`main thread busy ${(mainThreadShare * 100).toFixed(0)}% of the burst, ${(commitShare * 100).toFixed(0)}% in COMMIT (write + fsync)`);
    log(`server CPU ${(serverCpuMs / 1000).toFixed(2)} s over ${(result.duration || DURATION_S).toFixed(1)} s wall`);
    log(`2xx ${result['2xx']}, non-2xx ${result.non2xx}, errors ${result.errors}`);
    const l = result.latency;
    log(`latency ms: p50 ${l.p50}, p75 ${l.p75}, p90 ${l.p90}, p97.5 ${l.p97_5}, p99 ${l.p99}, max ${l.max}`);
    // The notifications of the burst are delivered first, so the steady run measures itself alone.
    log(`outbox drained ${((await outboxDrained(dbPath)) / 1000).toFixed(1)} s after the burst`);
    // 4. At most 50 connections at a steady STEADY_RATE completions/s (a busy site's peak, not saturation),
    // open loop: latency counts from when each request was due.
    const steady = await openLoop({
      base, rate: STEADY_RATE, seconds: DURATION_S, connections: 50, headers,
      next: () => ({ path: `/api/tasks/${taskIds[next++ % taskIds.length]}/actions`, body: JSON.stringify({ action: 'approve', version: 1 }) }),
    });
    log(`steady ${STEADY_RATE}/s: sent ${steady.sent}, 2xx ${steady.ok}, failed ${steady.failed}, max ${steady.max.toFixed(1)} ms`);
    if (next > taskIds.length) log(`warning: ran out of prepared tasks (${next} requests for ${taskIds.length}); later requests got 409`);
    child.kill('SIGTERM');
    child = null;

    // 5. The same writes without HTTP, express or the engine.
    const raw = rawCompletionLoop(join(dir, 'raw.sqlite'), Number(process.env.BENCH_RAW ?? 1000));
    figure('HTTP task completions/s (50 connections, synchronous=FULL)', perSecond, 'ops/s', '>= 1000', 'higher');
    figure('HTTP task completion latency p50', result.latency.p50, 'ms', '< 20', 'lower');
    figure('HTTP task completion latency p99', result.latency.p99, 'ms', '< 50', 'lower');
    figure(`HTTP task completion latency p50 at a steady ${STEADY_RATE}/s (open loop)`, steady.p50, 'ms', '< 20', 'lower');
    figure(`HTTP task completion latency p99 at a steady ${STEADY_RATE}/s (open loop)`, steady.p99, 'ms', '< 50', 'lower');
    figure('server CPU time per HTTP completion', serverCpuMs / Math.max(1, result['2xx']), 'ms', '<= 1', 'lower');
    figure('HTTP floor: authenticated GET /api/auth/session, main-thread CPU per request', floorCpuPerRequest, 'ms', '', 'lower');
    figure('main-thread CPU per HTTP completion', (mainThreadShare * wallMs) / Math.max(1, result['2xx']), 'ms', '', 'lower');
    figure('raw better-sqlite3 completion transactions/s (same writes, synchronous=FULL)', raw, 'ops/s', '>= 2000', 'higher');
    figure('HTTP completions / raw SQLite completions', perSecond / raw, 'ratio', '>= 0.4', 'higher');
    if (perSecond < 1000 || result.latency.p99 >= 50) {
      const littleMs = (50 / perSecond) * 1000;
      console.log(JSON.stringify({ bench: 'server', note: `Missed: ${Math.round(perSecond)} completions/s over HTTP (raw loop ${Math.round(raw)}/s). `
        + `The server process used ${(serverCpuMs / Math.max(1, result['2xx'])).toFixed(2)} ms of CPU per completion (HTTP parsing, express, session and tenancy checks, `
        + 'the engine decision, 15 prepared SQLite statements including the in-app notification, JSON) on one core while autocannon used the other. Group commit shared one '
        + `fsync among ${perCommit.toFixed(0)} writes on average, and COMMIT (write + fsync) held the event loop ${(commitShare * 100).toFixed(0)}% of the time, so the disk is not the limit: `
        + `the server's main thread was busy ${(mainThreadShare * 100).toFixed(0)}% of the burst, so CPU per completion is. With 50 connections the mean latency is 50 / throughput `
        + `(${Math.round(littleMs)} ms here, Little's law): p99 < 50 ms needs well over 1,000 completions/s, i.e. under ~0.8 ms of server CPU each on this machine. `
        + `Below saturation, at a steady ${STEADY_RATE} completions/s (open loop, at most 50 connections, latency from each request's due time), p50 was ${steady.p50.toFixed(1)} ms and p99 ${steady.p99.toFixed(1)} ms.` }));
    }
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
