import type { Express } from 'express';
import type { AppContext } from '../context.js';
import { mountRoutes } from '../http/route.js';
import { createFilesRouter, type FilesRouterOptions } from '../files/index.js';
import { createExportsRouter } from '../exports/index.js';
import { viewRoutes } from './view-routes.js';

/**
 * Mounts everything the workspace adds to the API (returns nothing): saved views and
 * `/api/workspace/now` (route definitions), attachments and XLSX export (express routers).
 * Call it in createApp right after `mountRoutes(app, ctx, routes)` — or, to list the views in
 * OpenAPI, add `...viewRoutes` to allRoutes() and mount only the two routers here with `routes: false`.
 */
export function mountWorkspaceServer(app: Express, ctx: AppContext, opts: { routes?: boolean; files?: FilesRouterOptions } = {}): void {
  if (opts.routes !== false) mountRoutes(app, ctx, viewRoutes);
  app.use('/api', createFilesRouter(ctx, opts.files));
  app.use('/api', createExportsRouter(ctx));
}
