import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '@siteflow/server/testing';
import { launchBrowser, openContext, type ContextOptions } from './browser.js';
import { login } from './actions.js';

/** A running test app: the real server on a temp SQLite file serving dist/, plus a Chromium. */
export interface TestApp {
  readonly server: TestServer;
  readonly browser: Browser;
  readonly baseURL: string;
  /** Opens a new isolated context + page at a viewport; signs in when `user` is given. */
  open(opts?: Omit<ContextOptions, 'baseURL'> & { user?: string; password?: string; next?: string }): Promise<{ context: BrowserContext; page: Page }>;
  /** Closes every context, the browser and the server (and deletes the temp database). */
  close(): Promise<void>;
}

/**
 * Starts the real server in test mode (manual clock; demo data seeded unless `demo: false`) and
 * launches Chromium. `dbPath` opens an existing database file instead of a temp one (the caller
 * prepared it, e.g. with the demo history, and deletes it). It builds nothing: `npm test` builds
 * dist/ first (scripts/ensure.mjs).
 */
export async function startTestApp(opts: { demo?: boolean; startAt?: number; dbPath?: string } = {}): Promise<TestApp> {
  const server = await startTestServer({
    demo: opts.demo ?? true,
    ...(opts.startAt !== undefined ? { startAt: opts.startAt } : {}),
    ...(opts.dbPath !== undefined ? { dbPath: opts.dbPath } : {}),
  });
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser,
    baseURL: server.baseUrl,
    async open(o = {}) {
      const context = await openContext(browser, { baseURL: server.baseUrl, ...o });
      contexts.push(context);
      const page = await context.newPage();
      if (o.user) await login(page, o.user, o.password ?? DEMO_PASSWORD, o.next ?? '/');
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

