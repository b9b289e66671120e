import express, { type Request, type Response, type NextFunction, type Router } from 'express';
import { Type } from '@sinclair/typebox';
import { httpStatus } from '../http/error-table.js';
import { isSiteflowError } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { route } from '../http/route.js';
import { IdParams, Strict } from '../http/schemas.js';
import { groupCommitOf } from '../db/group-commit.js';
import { externalLinkService } from './service.js';
import { errorPage, linkPage, thanksPage } from './page.js';

const DurationSchema = Strict({
  amount: Type.Integer({ minimum: 1, maximum: 1000 }),
  unit: Type.Unsafe<'minutes' | 'hours' | 'workingHours' | 'days' | 'workingDays'>({ type: 'string', enum: ['minutes', 'hours', 'workingHours', 'days', 'workingDays'] }),
});

/** The authenticated route that issues a link (in the server's route format: OpenAPI, CSRF, idempotency). */
export const externalLinkRoutes = [
  route({
    method: 'post', path: '/api/tasks/:id/external-links', tag: 'external-links', auth: 'user',
    summary: 'Issue a signed one-time link so a contact without an account (e.g. the education bureau) can answer this task once',
    params: IdParams,
    body: Strict({
      contactName: Type.String({ minLength: 1, maxLength: 100 }),
      contact: Type.Optional(Type.String({ maxLength: 200 })),
      fields: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 50 }),
      preset: Type.Optional(Type.Record(Type.String({ maxLength: 200 }), Type.Unknown())),
      expiresIn: Type.Optional(DurationSchema),
    }),
    response: Type.Object({ linkId: Type.String(), token: Type.String(), path: Type.String(), pagePath: Type.String(), expiresAt: Type.Integer() }),
    handler: ({ ctx, user, params, body }) => externalLinkService.issue(ctx, user, params.id, body),
  }),
];

const TOKEN = /^[A-Za-z0-9_-]{1,400}\.[A-Za-z0-9_-]{1,100}$/;

/**
 * Returns the public router (mount with `app.use('/api', router)` before the API 404 handler):
 * `GET|POST /external-links/:token` (JSON) and `GET|POST /external-links/:token/page` (a small
 * bilingual HTML page with a plain form; no script).
 */
export function createExternalLinksRouter(ctx: AppContext): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '64kb' });

  router.get('/external-links/:token', (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      res.json(externalLinkService.view(ctx, token(req)));
    } catch (err) {
      next(err);
    }
  });
  router.post('/external-links/:token', async (req, res, next) => {
    try {
      const body = (req.body ?? {}) as { data?: unknown; note?: unknown };
      const data = body.data && typeof body.data === 'object' && !Array.isArray(body.data) ? body.data as Record<string, unknown> : {};
      const note = typeof body.note === 'string' ? body.note.slice(0, 2000) : undefined;
      res.json(await write(ctx, req, () => externalLinkService.submit(ctx, token(req), data, note)));
    } catch (err) {
      next(err);
    }
  });
  router.get('/external-links/:token/page', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      res.type('html').send(linkPage(externalLinkService.view(ctx, token(req)), req.params.token as string));
    } catch (err) {
      sendErrorPage(res, err);
    }
  });
  router.post('/external-links/:token/page', form, async (req: Request, res: Response, _next: NextFunction) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      const raw = (req.body ?? {}) as Record<string, unknown>;
      const t = token(req);
      const view = externalLinkService.view(ctx, t);
      const data: Record<string, unknown> = {};
      for (const f of view.fields) {
        const v = raw[`f_${f.path}`];
        if (typeof v === 'string' && v.trim() !== '') data[f.path] = v.trim().slice(0, 4000);
      }
      const note = typeof raw.note === 'string' && raw.note.trim() ? raw.note.trim().slice(0, 2000) : undefined;
      await write(ctx, req, () => externalLinkService.submit(ctx, t, data, note));
      res.type('html').send(thanksPage());
    } catch (err) {
      sendErrorPage(res, err);
    }
  });
  return router;
}

function token(req: Request): string {
  const t = String(req.params.token ?? '');
  return TOKEN.test(t) ? t : '-';
}

async function write<T>(ctx: AppContext, req: Request, work: () => T): Promise<T> {
  const { value, committed } = groupCommitOf(ctx).run(work);
  await committed;
  (req.app.locals.afterCommit as (() => void) | undefined)?.();
  return value;
}

function sendErrorPage(res: Response, err: unknown): void {
  if (isSiteflowError(err)) {
    res.status(httpStatus(err.code, err.kind)).type('html').send(errorPage(err.text, err.code));
    return;
  }
  const code = (err as { code?: unknown }).code;
  const text = (err as { text?: unknown }).text as { zh: string; en: string } | undefined;
  if (typeof code === 'string' && text) {
    res.status(httpStatus(code, (err as { kind: 'user' }).kind)).type('html').send(errorPage(text, code));
    return;
  }
  res.status(500).type('html').send(errorPage({ zh: '系统内部错误，请稍后重试', en: 'Internal error; try again later' }, 'API_INTERNAL'));
}
