import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { errorHandler } from '../http/error-handler.js';
import type { TestServer } from '../testing/index.js';
import { mountWorkspaceServer } from './workspace-server.js';

/** A test server with the workspace endpoints in front of it. */
export interface WorkspaceTestServer {
  readonly baseUrl: string;
  close(): Promise<void>;
}

/**
 * Returns the test server's API with the workspace endpoints (views, files, export, now) in
 * front, on its own port, sharing the same database, clocks and background jobs. Until the
 * coordinator mounts `mountWorkspaceServer` in createApp, tests reach the endpoints this way;
 * once mounted, the probe sees them and the test server's own URL is returned.
 */
export async function withWorkspaceServer(ts: TestServer): Promise<WorkspaceTestServer> {
  const ctx = ts.server.ctx;
  const probe = await fetch(`${ts.baseUrl}/api/workspace/now`);
  if (probe.status !== 404) return { baseUrl: ts.baseUrl, close: async () => undefined };
  const outer = express();
  outer.disable('x-powered-by');
  outer.locals.afterCommit = () => ts.server.background.kick();
  outer.use('/api', express.json({ limit: '1mb', type: ['application/json', 'application/*+json'] }));
  mountWorkspaceServer(outer, ctx);
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
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
