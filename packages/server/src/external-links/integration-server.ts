import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { errorHandler } from '../http/error-handler.js';
import { mountRoutes } from '../http/route.js';
import type { TestServer } from '../testing/index.js';
import { directoryTemplateSource, templateRoutes } from '../templates/index.js';
import { createExternalLinksRouter, externalLinkRoutes } from './routes.js';
import { commLogRoutes, createCommLogsRouter } from '../comm-logs/routes.js';
import { createFilesRouter } from '../files/index.js';

/** A test server with the integration endpoints in front of it. */
export interface IntegrationTestServer {
  readonly baseUrl: string;
  /** What had to be mounted here because createApp does not mount it yet. */
  readonly mountedHere: readonly string[];
  close(): Promise<void>;
}

async function routeMissing(url: string, method = 'GET'): Promise<boolean> {
  const res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
  const body = (await res.json().catch(() => null)) as { code?: string } | null;
  return res.status === 404 && body?.code === 'API_ROUTE_NOT_FOUND';
}

/**
 * Returns the test server's API with the template publishing, external link, communication
 * log and attachment endpoints in front, sharing its database, clocks and background jobs. Each group is added
 * only while createApp does not serve it (probed), so once the coordinator mounts them the test
 * server's own URL is used unchanged. Tests and examples only.
 */
export async function withIntegrationRoutes(ts: TestServer): Promise<IntegrationTestServer> {
  const ctx = ts.server.ctx;
  const missing = {
    templates: await routeMissing(`${ts.baseUrl}/api/admin/template-packages`),
    links: await routeMissing(`${ts.baseUrl}/api/external-links/a.b`),
    commLogs: await routeMissing(`${ts.baseUrl}/api/projects/p/comm-logs/import`, 'POST'),
    files: await routeMissing(`${ts.baseUrl}/api/projects/p/files`, 'POST'),
  };
  const mountedHere = Object.entries(missing).filter(([, m]) => m).map(([k]) => k);
  if (mountedHere.length === 0) return { baseUrl: ts.baseUrl, mountedHere, close: async () => undefined };
  const outer = express();
  outer.disable('x-powered-by');
  outer.locals.afterCommit = () => ts.server.background.kick();
  outer.use('/api', express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }));
  if (missing.templates) mountRoutes(outer, ctx, templateRoutes(directoryTemplateSource()));
  if (missing.links) {
    mountRoutes(outer, ctx, externalLinkRoutes);
    outer.use('/api', createExternalLinksRouter(ctx));
  }
  if (missing.commLogs) {
    mountRoutes(outer, ctx, commLogRoutes);
    outer.use('/api', createCommLogsRouter(ctx));
  }
  if (missing.files) outer.use('/api', createFilesRouter(ctx));
  const inner = createApp(ctx);
  inner.locals.afterClockMove = () => ts.server.background.runOnce();
  inner.locals.afterCommit = () => ts.server.background.kick();
  outer.use(inner);
  outer.use(errorHandler);
  const server: Server = await new Promise((resolve, reject) => {
    const s = outer.listen(0, '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}`, mountedHere,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
