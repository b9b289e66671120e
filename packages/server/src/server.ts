import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino, type Logger } from 'pino';
import { openDatabase } from './db/open.js';
import { createApp } from './app.js';
import { defaultConfig, type AppConfig, type AppContext } from './context.js';
import { manualClock, realClock, type ServerClock } from './clock.js';
import { seedDemo } from './demo/seed-demo.js';
import { startBackground, type Background } from './background.js';
import { warmCaches } from './engine/warm-caches.js';
import { startIntegrations } from './wiring/integrations.js';

/** How to start one server process. */
export interface ServerOptions {
  readonly dbPath: string;
  readonly port?: number;
  readonly host?: string;
  readonly demo?: boolean;
  /** With `demo`: install every shipped template package into the demo projects (default true). */
  readonly demoTemplatePackages?: boolean;
  readonly testMode?: boolean;
  /** Business clock; defaults to real time, or a manual clock starting now in test mode. */
  readonly clock?: ServerClock;
  /** Clock for session timeouts (default: real time). */
  readonly wallClock?: ServerClock;
  readonly logger?: Logger;
  readonly config?: Partial<AppConfig>;
  /** Runs after the demo organisation is first created, before the app starts (e.g. demo history). */
  readonly afterDemoCreated?: (ctx: AppContext) => Promise<void> | void;
  /** Scheduler/outbox poll interval; 0 disables the timers (tests drive them). */
  readonly tickIntervalMs?: number;
}

/** A running server. */
export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly ctx: AppContext;
  readonly background: Background;
  readonly demo: Awaited<ReturnType<typeof seedDemo>> | null;
  close(): Promise<void>;
}

/** Returns an AppContext on a freshly opened (and migrated) database. */
export function createContext(opts: ServerOptions): AppContext {
  const testMode = opts.testMode ?? false;
  const { db, sqlite } = openDatabase(opts.dbPath);
  const clock = opts.clock ?? (testMode ? manualClock(Date.now()) : realClock());
  const logger = opts.logger ?? pino({ level: process.env.LOG_LEVEL ?? (testMode ? 'warn' : 'info') });
  return { db, sqlite, clock, wallClock: opts.wallClock ?? realClock(), config: { ...defaultConfig, testMode, ...opts.config }, logger };
}

/** Opens the database, seeds the demo if asked, starts HTTP, the scheduler and the outbox dispatcher. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const ctx = createContext(opts);
  const demo = opts.demo ? await seedDemo(ctx, { templatePackages: opts.demoTemplatePackages ?? true }) : null;
  if (demo?.created) await opts.afterDemoCreated?.(ctx);
  const integrations = await startIntegrations(ctx);
  const app = createApp(ctx);
  const background = startBackground(ctx, opts.tickIntervalMs ?? (opts.testMode ? 0 : 5_000));
  app.locals.afterClockMove = () => background.runOnce();
  app.locals.afterCommit = () => background.kick();
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  // Compile the validators of published forms and flows now, not on the first user's request.
  setImmediate(() => warmCaches(ctx));
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : 'localhost';
  return {
    url: `http://${host}:${port}`, port, ctx, background, demo,
    close: async () => {
      await background.stop();
      await integrations.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      // Let a pending group commit (scheduled with setImmediate) finish before closing the file.
      await new Promise((resolve) => setImmediate(resolve));
      ctx.sqlite.close();
    },
  };
}
