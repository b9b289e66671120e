import { hash } from 'node:crypto';
import type { Express, Request, Response } from 'express';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { authenticate, checkCsrf } from '../auth/session-service.js';
import { idempotencyRepo } from '../repos/idempotency-repo.js';
import { ApiError } from './api-error.js';
import { parsePart } from './validation.js';
import { groupCommitOf } from '../db/group-commit.js';

/** HTTP methods the API uses. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a handler receives: parsed, validated input and the caller. */
export interface HandlerInput<P, Q, B, U> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly user: U;
  readonly ctx: AppContext;
  readonly req: Request;
  readonly res: Response;
}

/** One API operation: its schemas validate requests and generate the OpenAPI document. */
export interface RouteDef<P extends TSchema = TSchema, Q extends TSchema = TSchema, B extends TSchema = TSchema, A extends Auth = Auth> {
  readonly method: Method;
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly auth: A;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  readonly response?: TSchema;
  readonly status?: number;
  /** Async handlers (login) run outside the request transaction and are not replayable. */
  readonly async?: boolean;
  readonly handler: (input: HandlerInput<Static<P>, Static<Q>, Static<B>, A extends 'public' ? AuthUser | null : AuthUser>) => unknown;
}

/** Who may call a route: anyone, any signed-in user, or organisation admins. */
export type Auth = 'public' | 'user' | 'admin';

// Erased form kept in the registry (handlers are typed at definition time by `route`).
type AnyRoute = RouteDef<TSchema, TSchema, TSchema, Auth>;

/** Returns the route definition unchanged, typed from its schemas. Pure. */
export function route<P extends TSchema, Q extends TSchema, B extends TSchema, A extends Auth>(def: RouteDef<P, Q, B, A>): AnyRoute {
  return def as unknown as AnyRoute;
}

const NO_QUERY = Type.Object({}, { additionalProperties: false });
const WRITES = new Set<Method>(['post', 'put', 'patch', 'delete']);
const IDEMPOTENT = new Set<Method>(['post', 'put', 'patch']);

/** Mounts routes on the express app: auth, CSRF, validation, idempotency, one transaction per write. */
export function mountRoutes(app: Express, ctx: AppContext, routes: readonly AnyRoute[]): void {
  for (const def of routes) {
    app[def.method](def.path, async (req: Request, res: Response) => {
      // Public routes (login) ignore a stale cookie instead of failing on it.
      const user = def.auth === 'public' ? tryAuthenticate(ctx, req) : authenticate(ctx, req);
      if (def.auth !== 'public' && !user) throw new ApiError('AUTH_REQUIRED');
      if (def.auth === 'admin' && !user!.access.isAdmin) throw new ApiError('AUTH_FORBIDDEN');
      if (user && def.auth !== 'public' && WRITES.has(def.method)) checkCsrf(user, req.get('x-csrf-token'));
      const input = parseInput(def, req, res, ctx, user);
      const status = def.status ?? (def.method === 'post' ? 201 : 200);
      const key = IDEMPOTENT.has(def.method) && user ? idempotencyKey(req) : undefined;
      if (def.async) {
        // Async handlers (password hashing) cannot share one transaction with the key; check before, store after.
        const replay = key && user ? priorResponse(ctx, user, key, requestHash(def, input)) : null;
        if (replay) {
          res.setHeader('Idempotent-Replayed', 'true');
          send(res, replay.status, replay.body);
          return;
        }
        const body = await def.handler(input);
        if (key && user) idempotencyRepo.insertIfAbsent(ctx.db, { userId: user.id, key, requestHash: requestHash(def, input), status, response: body ?? null, createdAt: ctx.wallClock.now() });
        send(res, status, body);
        return;
      }
      // One transaction per request (a savepoint in the group commit); answer once durable.
      const { value: result, committed } = groupCommitOf(ctx).run(() => runOnce(def, input, ctx, user, key, status));
      await committed;
      if (result.replayed) res.setHeader('Idempotent-Replayed', 'true');
      send(res, result.status, result.body);
      if (WRITES.has(def.method)) (req.app.locals.afterCommit as (() => void) | undefined)?.();
    });
  }
}

function tryAuthenticate(ctx: AppContext, req: Request): AuthUser | null {
  try {
    return authenticate(ctx, req);
  } catch {
    return null;
  }
}

function parseInput(def: AnyRoute, req: Request, res: Response, ctx: AppContext, user: AuthUser | null): HandlerInput<unknown, unknown, unknown, AuthUser | null> {
  const params = def.params ? parsePart(def.params, 'params', { ...req.params }) : req.params;
  // A route without query parameters refuses any (a misspelt filter must not be silently ignored).
  const query = parsePart(def.query ?? NO_QUERY, 'query', { ...(req.query as object) });
  let body: unknown = undefined;
  if (def.body) {
    if (req.body === undefined && req.headers['content-length'] && req.headers['content-length'] !== '0' && !req.is('application/json')) {
      throw new ApiError('API_UNSUPPORTED_MEDIA_TYPE');
    }
    body = parsePart(def.body, 'body', req.body ?? {});
  }
  return { params, query, body, user, ctx, req, res };
}

function runOnce(def: AnyRoute, input: HandlerInput<unknown, unknown, unknown, AuthUser | null>, ctx: AppContext, user: AuthUser | null, key: string | undefined, status: number) {
  const hash = key ? requestHash(def, input) : '';
  const prior = key && user ? priorResponse(ctx, user, key, hash) : null;
  if (prior) return { ...prior, replayed: true };
  const body = def.handler(input as never);
  if (body instanceof Promise) throw new Error(`route ${def.method} ${def.path} returned a promise; mark it async`);
  if (key && user) idempotencyRepo.insert(ctx.db, { userId: user.id, key, requestHash: hash, status, response: body ?? null, createdAt: ctx.wallClock.now() });
  return { status, body, replayed: false };
}

function priorResponse(ctx: AppContext, user: AuthUser, key: string, hash: string): { status: number; body: unknown } | null {
  const prior = idempotencyRepo.find(ctx.db, user.id, key);
  if (!prior) return null;
  if (prior.requestHash !== hash) throw new ApiError('API_IDEMPOTENCY_MISMATCH');
  return { status: prior.status, body: prior.response };
}

function idempotencyKey(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw new ApiError('API_IDEMPOTENCY_KEY_INVALID');
  return key;
}

function requestHash(def: AnyRoute, input: HandlerInput<unknown, unknown, unknown, unknown>): string {
  return hash('sha256', JSON.stringify([def.method, input.req.originalUrl, input.body ?? null]), 'hex');
}

function send(res: Response, status: number, body: unknown): void {
  if (body === undefined || body === null) res.status(status === 201 ? 201 : 204).end();
  else if (res.req.method === 'GET') res.status(status).json(body); // with an ETag, so phones can revalidate
  else {
    // A write's answer is never revalidated: skip express's ETag hashing and content negotiation.
    const json = JSON.stringify(body);
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(json));
    res.end(json);
  }
}
