import express, { type Router } from 'express';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { ProjectParams, Strict } from '../http/schemas.js';
import { ApiError } from '../http/api-error.js';
import { authenticate, checkCsrf } from '../auth/session-service.js';
import { groupCommitOf } from '../db/group-commit.js';
import { commLogService, MAX_BATCH } from './service.js';
import { readImportFile } from './import-file.js';

const LogItem = Type.Object({
  externalId: Type.Unknown({ description: 'CRM message id (idempotency key of the message)' }),
  customerId: Type.Unknown(), customerName: Type.Optional(Type.Unknown()), consultant: Type.Optional(Type.Unknown()),
  channel: Type.Optional(Type.Unknown()), from: Type.Unknown({ description: 'customer | staff' }),
  text: Type.Unknown(), at: Type.Unknown({ description: 'Epoch ms, ISO time with zone, or site-local YYYY-MM-DD HH:mm' }),
}, { additionalProperties: true });

const IngestResult = Type.Object({ inserted: Type.Integer(), duplicates: Type.Integer(), items: Type.Array(Type.Unknown()) });

/** JSON routes of communication logs (server route format: OpenAPI, auth incl. Bearer tokens, idempotency). */
export const commLogRoutes = [
  route({
    method: 'post', path: '/api/projects/:projectId/comm-logs', tag: 'comm-logs', auth: 'user', status: 200,
    summary: 'Push CRM communication logs (Bearer API token or session); idempotent per externalId; each analysed for sentiment, alerts to the supervisor',
    params: ProjectParams,
    body: Strict({ logs: Type.Array(LogItem, { minItems: 1, maxItems: MAX_BATCH }) }),
    response: IngestResult,
    handler: ({ ctx, user, params, body }) => commLogService.ingest(ctx, user, params.projectId,
      body.logs.map((raw, i) => ({ raw: raw as Record<string, unknown>, ref: { row: i + 1, pathPrefix: `logs[${i}]` } })), 'crmPush'),
  }),
  route({
    method: 'get', path: '/api/projects/:projectId/comm-logs', tag: 'comm-logs', auth: 'user',
    summary: 'Communication logs of a project with their sentiment score, terms and alerts, newest first',
    params: ProjectParams,
    query: Strict({ customerId: Type.Optional(Type.String({ maxLength: 64 })), alerted: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
    response: Type.Object({ items: Type.Array(Type.Unknown()) }),
    handler: ({ ctx, user, params, query }) => commLogService.list(ctx, user, params.projectId, query),
  }),
];

const IMPORT_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/**
 * Returns the router of `POST /projects/:projectId/comm-logs/import` (mount with
 * `app.use('/api', router)` before the API 404 handler): the raw body is a UTF-8 CSV or an .xlsx
 * (first sheet), headers in Chinese or English; every bad row and column is reported and nothing
 * is imported then. Cookie sessions need X-CSRF-Token; Bearer tokens do not.
 */
export function createCommLogsRouter(ctx: AppContext): Router {
  const router = express.Router();
  router.post('/projects/:projectId/comm-logs/import', express.raw({ type: IMPORT_TYPES, limit: '5mb' }), async (req, res, next) => {
    try {
      const user = authenticate(ctx, req);
      if (!user) throw new ApiError('AUTH_REQUIRED');
      checkCsrf(user, req.get('x-csrf-token'));
      const projectId = String(req.params.projectId);
      if (!Buffer.isBuffer(req.body)) throw new ApiError('API_UNSUPPORTED_MEDIA_TYPE');
      const rows = await readImportFile(req.body);
      const { value, committed } = groupCommitOf(ctx).run(() => commLogService.ingest(ctx, user, projectId, rows, 'import'));
      await committed;
      (req.app.locals.afterCommit as (() => void) | undefined)?.();
      res.json(value);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
