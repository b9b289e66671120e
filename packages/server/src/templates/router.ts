import { Router, type Express } from 'express';
import type { AppContext } from '../context.js';
import { mountRoutes } from '../http/route.js';
import { templateRoutes } from './routes.js';
import { directoryTemplateSource, type TemplateSource } from './source.js';

/** What the templates router needs: the server context and where packages come from (templates/ by default). */
export interface TemplatesRouterDeps {
  readonly ctx: AppContext;
  readonly source?: TemplateSource;
}

/**
 * Returns an express Router serving /api/admin/template-packages… with the server's auth, CSRF,
 * validation and error mapping. Mount it before the API's 404 handler: `app.use(router)`.
 * (Alternatively add `templateRoutes(source)` to `allRoutes()` so they appear in the OpenAPI document.)
 */
export function createTemplatesRouter(deps: TemplatesRouterDeps): Router {
  const router = Router();
  // mountRoutes only calls app[method](path, handler), which a Router provides as well.
  mountRoutes(router as unknown as Express, deps.ctx, templateRoutes(deps.source ?? directoryTemplateSource()));
  return router;
}
