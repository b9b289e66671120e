import express, { type Router } from 'express';
import { Type } from '@sinclair/typebox';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { ProjectIdParams, ProjectParams, Strict } from '../http/schemas.js';
import { ApiError, apiIssue } from '../http/api-error.js';
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
    summary: 'Communication logs of a project the caller may read (a consultant: their own customers; names and personal numbers masked per role, as records) with their sentiment score, terms (termWeights: each with its dictionary weight, > 0 a worry, < 0 reassuring) and alerts, newest first',
    params: ProjectParams,
    query: Strict({ customerId: Type.Optional(Type.String({ maxLength: 64 })), alerted: Type.Optional(Type.Boolean()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }),
    response: Type.Object({ items: Type.Array(Type.Unknown()) }),
    handler: ({ ctx, user, params, query }) => commLogService.list(ctx, user, params.projectId, query),
  }),
  route({
    method: 'post', path: '/api/projects/:projectId/comm-logs/:id/unmask', tag: 'comm-logs', auth: 'user', status: 200,
    summary: 'Show one masked field of a communication log in clear (audited, as records are unmasked)',
    params: ProjectIdParams,
    body: Strict({ field: Type.Union([Type.Literal('customerName'), Type.Literal('text')]) }),
    response: Type.Object({ field: Type.String(), value: Type.Union([Type.String(), Type.Null()]) }),
    handler: ({ ctx, user, params, body }) => commLogService.unmask(ctx, user, params.projectId, params.id, body.field),
  }),
];

const IMPORT_TYPES = ['text/csv', 'text/plain', 'application/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];
/** Response header of an import: how many data rows the file holds (before `skipRows`), so a client can offer to import the rest. */
const IMPORT_ROWS_HEADER = 'X-Import-Rows';

/**
 * Returns the rows `?skipRows=3,5` names (file line numbers, as the import's messages name them);
 * none when absent. Throws a 400 naming `skipRows` when it is not a comma list of row numbers. Pure.
 */
function skipRowsOf(value: unknown): Set<number> {
  if (value === undefined) return new Set();
  if (typeof value !== 'string' || !/^\d{1,7}(,\d{1,7})*$/.test(value)) {
    throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_FORMAT', { field: 'skipRows' }, 'query.skipRows')]);
  }
  return new Set(value.split(',').map(Number));
}

/**
 * Returns the router of `POST /projects/:projectId/comm-logs/import` (mount with
 * `app.use('/api', router)` before the API 404 handler): the raw body is a UTF-8 CSV or an .xlsx
 * (first sheet), headers in Chinese or English; every bad row and column is reported and nothing
 * is imported then. `?skipRows=3,5` leaves those rows out (the rest is checked again, all or
 * nothing), for the user who chose to skip the rows an earlier try named. Every answer after the
 * file was read carries X-Import-Rows. Cookie sessions need X-CSRF-Token; Bearer tokens do not.
 */
export function createCommLogsRouter(ctx: AppContext): Router {
  const router = express.Router();
  router.post('/projects/:projectId/comm-logs/import', express.raw({ type: IMPORT_TYPES, limit: '5mb' }), async (req, res, next) => {
    try {
      const user = authenticate(ctx, req);
      if (!user) throw new ApiError('AUTH_REQUIRED');
      checkCsrf(user, req.get('x-csrf-token'));
      const projectId = String(req.params.projectId);
      const skip = skipRowsOf((req.query as Record<string, unknown>).skipRows);
      if (!Buffer.isBuffer(req.body)) throw new ApiError('API_UNSUPPORTED_MEDIA_TYPE');
      const rows = await readImportFile(req.body);
      res.set(IMPORT_ROWS_HEADER, String(rows.length));
      const kept = rows.filter((r) => !skip.has(r.ref.row));
      const { value, committed } = groupCommitOf(ctx).run(() => commLogService.ingest(ctx, user, projectId, kept, 'import'));
      await committed;
      (req.app.locals.afterCommit as (() => void) | undefined)?.();
      res.json(value);
    } catch (err) {
      next(err);
    }
  });
  return router;
}
