import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { Router, type ErrorRequestHandler, type Request } from 'express';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { authenticate, checkCsrf } from '../auth/session-service.js';
import { rolesOn } from '../auth/access.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../db/ids.js';
import { idempotencyRepo } from '../repos/idempotency-repo.js';
import { detectFileType, safeFileName } from './file-type.js';
import { filesRepo } from './files-repo.js';
import { FileError } from './messages.js';

/** Options of the attachments router. */
export interface FilesRouterOptions {
  /** Folder of the stored bytes (default: `files/` beside the SQLite file — never under the web root). */
  readonly dir?: string;
  /** Size cap in bytes (default 10 MB). */
  readonly maxBytes?: number;
}

/** What the upload answers: the form's attachment item. */
export interface StoredAttachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly type: string;
  readonly url: string;
}

function writeDurably(path: string, bytes: Buffer): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const ID = /^[A-Za-z0-9_.:-]{1,100}$/;

function caller(ctx: AppContext, req: Request, write: boolean): AuthUser {
  const user = authenticate(ctx, req);
  if (!user) throw new ApiError('AUTH_REQUIRED');
  if (write) checkCsrf(user, req.get('x-csrf-token'));
  return user;
}

function param(req: Request, name: string): string {
  const v = String(req.params[name] ?? '');
  if (!ID.test(v)) throw new FileError('FILE_NOT_FOUND');
  return v;
}

/**
 * Returns the express router of attachments (images and PDF), to mount under `/api`:
 * - POST /projects/:projectId/files   raw body (any Content-Type), `X-File-Name` (URI-encoded);
 *   type checked by magic bytes, size-capped, stored on disk outside the web root; answers 201
 *   `{ id, name, size, type, url }`; honours Idempotency-Key.
 * - GET  /projects/:projectId/files/:id   the bytes with the detected type, `Content-Disposition`
 *   (attachment; `?inline=1` for previews), nosniff and a sandbox CSP.
 * Members of the project only; other projects' files answer 404.
 */
export function createFilesRouter(ctx: AppContext, opts: FilesRouterOptions = {}): Router {
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const dir = opts.dir ?? join(dirname(ctx.sqlite.name === ':memory:' ? join(process.cwd(), 'x') : ctx.sqlite.name), 'files');
  const limitMb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  const router = Router();
  const raw = express.raw({ type: () => true, limit: maxBytes });

  router.post('/projects/:projectId/files', (req, _res, next) => {
    // Refuse before reading when the declared size is already too big.
    if (Number(req.get('content-length') ?? 0) > maxBytes) { next(new FileError('FILE_TOO_LARGE', { limit: limitMb })); return; }
    next();
  }, raw, (req, res) => {
    const user = caller(ctx, req, true);
    const projectId = param(req, 'projectId');
    rolesOn(user.access, projectId);
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (bytes.length === 0) throw new FileError('FILE_EMPTY');
    const type = detectFileType(bytes);
    if (!type) throw new FileError('FILE_TYPE_NOT_ALLOWED');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const name = safeFileName(req.get('x-file-name'), type);
    const key = req.get('idempotency-key');
    const hash = createHash('sha256').update(`${projectId}|${sha256}|${name}`).digest('hex');
    if (key) {
      const prior = idempotencyRepo.find(ctx.db, user.id, key);
      if (prior) {
        if (prior.requestHash !== hash) throw new ApiError('API_IDEMPOTENCY_MISMATCH');
        res.setHeader('Idempotent-Replayed', 'true');
        res.status(prior.status).json(prior.response);
        return;
      }
    }
    const id = newId('file');
    const path = join(dir, projectId, id);
    mkdirSync(dirname(path), { recursive: true });
    // 1. bytes first, fsync'd (the row must never point at a half-written file), 2. the row, 3. undo 1 if 2 fails.
    writeDurably(path, bytes);
    const body: StoredAttachment = { id, name, size: bytes.length, type: type.mediaType, url: `/api/projects/${encodeURIComponent(projectId)}/files/${id}` };
    try {
      ctx.sqlite.transaction(() => {
        filesRepo.insert(ctx.db, { id, projectId, name, mediaType: type.mediaType, size: bytes.length, sha256, content: null, createdBy: user.id, createdAt: ctx.clock.now() });
        if (key) idempotencyRepo.insert(ctx.db, { userId: user.id, key, requestHash: hash, status: 201, response: body, createdAt: ctx.wallClock.now() });
      })();
    } catch (error) {
      unlinkSync(path);
      throw error;
    }
    res.status(201).json(body);
  });

  router.get('/projects/:projectId/files/:id', (req, res) => {
    const user = caller(ctx, req, false);
    const projectId = param(req, 'projectId');
    rolesOn(user.access, projectId);
    const row = filesRepo.find(ctx.db, projectId, param(req, 'id'));
    const path = row ? join(dir, projectId, row.id) : '';
    if (!row || !existsSync(path)) throw new FileError('FILE_NOT_FOUND');
    const inline = req.query.inline === '1';
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', 'private, max-age=3600');
    if (inline) res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`);
    else res.attachment(row.name);
    res.type(row.mediaType).sendFile(path);
  });

  const onError: ErrorRequestHandler = (err, _req, res, next) => {
    if ((err as { type?: string })?.type === 'entity.too.large') err = new FileError('FILE_TOO_LARGE', { limit: limitMb });
    if (err instanceof FileError) { res.status(err.status).json({ code: err.code, message: err.text }); return; }
    next(err);
  };
  router.use(onError);
  return router;
}
