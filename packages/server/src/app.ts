import express, { type Express } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppContext } from './context.js';
import { mountRoutes } from './http/route.js';
import { apiNotFound, errorHandler } from './http/error-handler.js';
import { securityHeaders } from './http/security-headers.js';
import { requestLog } from './http/request-log.js';
import { serveWebApp } from './http/static-web.js';
import { buildOpenApi } from './http/openapi.js';
import { docsPage, docsScript } from './http/docs-page.js';
import { ApiError } from './http/api-error.js';
import { allRoutes } from './routes/index.js';
import { createFilesRouter } from './files/index.js';
import { createExportsRouter } from './exports/index.js';
import { createPersonalDataAccessXlsxRouter } from './routes/personal-data-access-xlsx.js';
import { createExternalLinksRouter } from './external-links/index.js';
import { createCommLogsRouter } from './comm-logs/index.js';
import { createDocumentsRouter } from './documents/index.js';
import { createReportsRouter } from './reports/index.js';
import { integrationsOf } from './wiring/integrations.js';
import { requestViewer } from './wiring/documents-wiring.js';
import { createRecordDocumentsRouter } from './wiring/documents-router.js';
import { tenancyRepo } from './repos/tenancy-repo.js';
import { groupCommitOf } from './db/group-commit.js';
import { migrationsApplied } from './db/migrations-applied.js';

/** Body size limit of JSON requests. */
export const BODY_LIMIT = '1mb';

/** Returns the express app for a context: API, OpenAPI, docs, health, and the built web app. Does not listen. */
export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', ctx.config.trustProxy);
  app.use(requestLog(ctx.logger));
  app.use(securityHeaders);

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/readyz', (_req, res) => {
    const applied = migrationsApplied(ctx.sqlite);
    res.json({ ok: applied > 0, migrations: applied, groupCommit: groupCommitOf(ctx).stats() });
  });

  app.use('/api', express.json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }));
  app.use('/api/auth/login', rateLimit({
    windowMs: 15 * 60 * 1000,
    limit: ctx.config.loginLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Only failed attempts count: a user signing in and out many times is never locked out.
    skipSuccessfulRequests: true,
    // Per account and address: guessing one password, or many accounts from one address, are both slowed.
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').slice(0, 64)}`,
    handler: (_req, _res, next) => next(new ApiError('AUTH_RATE_LIMITED')),
  }));

  const routes = allRoutes();
  const openApi = buildOpenApi(routes, { version: '0.1.0' });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.get('/api/docs', (_req, res) => {
    res.type('html').send(docsPage());
  });
  app.get('/api/docs.js', (_req, res) => {
    res.type('js').send(docsScript());
  });
  mountRoutes(app, ctx, routes);
  // Module routers with their own body handling (raw uploads, downloads); each authenticates,
  // checks CSRF on writes and answers 404 outside the caller's projects.
  app.use('/api', createFilesRouter(ctx));
  app.use('/api', createExportsRouter(ctx));
  app.use('/api', createPersonalDataAccessXlsxRouter(ctx));
  app.use('/api', createExternalLinksRouter(ctx));
  app.use('/api', createCommLogsRouter(ctx));
  const integrations = integrationsOf(ctx);
  if (integrations) {
    app.use('/api', createDocumentsRouter({ service: integrations.documents, viewer: async (req, projectId) => requestViewer(ctx, req, projectId) }));
    app.use('/api', createRecordDocumentsRouter(ctx));
    app.use('/api', createReportsRouter({
      service: integrations.reports,
      canView: async (req, projectId) => requestViewer(ctx, req, projectId) !== null,
      projectName: async (projectId) => tenancyRepo.findProject(ctx.db, projectId)?.name ?? projectId,
    }));
  }
  app.use('/api', apiNotFound);

  serveWebApp(app, ctx.config.webDist);
  app.use(errorHandler);
  return app;
}
