import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../server.js';
import { manualClock } from '../clock.js';
import { defaultWebDist } from '../web-dist.js';
import { DEMO_PASSWORD, demoIds, demoUsers } from '../demo/demo-data.js';
import { demoUserId } from '../demo/seed-demo.js';
import type { AppConfig } from '../context.js';
import type { ServerClock } from '../clock.js';

export { demoIds, demoUsers, DEMO_PASSWORD, demoUserId };

/** A signed-in client of a test server: cookie + CSRF token, and fetch helpers that send them. */
export interface TestSession {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly userId: string;
  /** JSON request with cookie and CSRF header; returns status, body and headers. */
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
}

/** A running test server on an ephemeral port. */
export interface TestServer {
  readonly baseUrl: string;
  readonly dbPath: string;
  readonly server: RunningServer;
  /** Signs in a (demo) user with the demo password. */
  login(username: string, password?: string): Promise<TestSession>;
  /** Moves the server's manual clock and runs the scheduler + outbox once. */
  advanceClock(ms: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * Starts a server in test mode (manual clock, POST /api/test/clock) on a temp SQLite file (or
 * `dbPath`), serving the built web app when it exists. With `demo`, seeds 示例集团 with every shipped
 * template package installed (`templatePackages: false`: without them).
 */
export async function startTestServer(opts: { demo?: boolean; templatePackages?: boolean; dbPath?: string; config?: Partial<AppConfig>; startAt?: number; wallClock?: ServerClock } = {}): Promise<TestServer> {
  const dir = opts.dbPath ? null : mkdtempSync(join(tmpdir(), 'siteflow-test-'));
  const dbPath = opts.dbPath ?? join(dir!, 'siteflow.sqlite');
  const server = await startServer({
    dbPath, port: 0, host: '127.0.0.1', demo: opts.demo ?? false, demoTemplatePackages: opts.templatePackages ?? true, testMode: true, clock: manualClock(opts.startAt ?? Date.now()), ...(opts.wallClock ? { wallClock: opts.wallClock } : {}),
    config: { webDist: defaultWebDist(), ...opts.config },
  });
  const baseUrl = server.url.replace('localhost', '127.0.0.1');
  return {
    baseUrl, dbPath, server,
    login: (username, password = DEMO_PASSWORD) => loginAs(baseUrl, username, password),
    advanceClock: async (ms) => {
      const res = await fetch(`${baseUrl}/api/test/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: ms }) });
      return ((await res.json()) as { now: number }).now;
    },
    close: async () => {
      await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Signs in against a running server and returns a session helper. Throws when the login fails. */
export async function loginAs(baseUrl: string, username: string, password: string): Promise<TestSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
  const session = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return {
    cookie, csrfToken: session.csrfToken, userId: session.user.id,
    request: async (method, path, body, headers = {}) => {
      const r = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null, headers: r.headers };
    },
  };
}
