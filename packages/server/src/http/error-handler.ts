import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isSiteflowError } from '@siteflow/runtime';
import { ApiError } from './api-error.js';
import { httpStatus } from './error-table.js';
import { serverMessage } from '../i18n/messages.js';

/** Express error handler: maps ApiError, SiteflowError and body-parser errors to JSON bodies; no stack traces. */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  const body = toBody(err, String(req.id ?? ''));
  if (body.status >= 500) req.log?.error({ err }, 'request failed');
  if (res.headersSent) return;
  res.status(body.status).json(body.json);
};

/** 404 for unknown /api routes, as JSON. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new ApiError('API_ROUTE_NOT_FOUND', { method: req.method, path: req.originalUrl.split('?')[0] }));
};

function toBody(err: unknown, requestId: string): { status: number; json: Record<string, unknown> } {
  if (err instanceof ApiError) {
    return { status: httpStatus(err.code, err.kind), json: { code: err.code, message: err.text, ...(err.issues ? { issues: err.issues } : {}) } };
  }
  if (isSiteflowError(err)) {
    const status = httpStatus(err.code, err.kind);
    if (status >= 500) return internal(requestId);
    return { status, json: { code: err.code, message: err.text, ...(err.issues.length ? { issues: err.issues } : {}) } };
  }
  const parserError = bodyParserError(err);
  if (parserError) return { status: httpStatus(parserError.code, parserError.kind), json: { code: parserError.code, message: parserError.text } };
  return internal(requestId);
}

function internal(requestId: string) {
  return { status: 500, json: { code: 'API_INTERNAL', message: serverMessage('API_INTERNAL', { requestId }) } };
}

function bodyParserError(err: unknown): ApiError | null {
  if (typeof err !== 'object' || err === null) return null;
  const type = (err as { type?: unknown }).type;
  if (type === 'entity.too.large') return new ApiError('API_BODY_TOO_LARGE', { limit: '1 MB' });
  if (type === 'entity.parse.failed') return new ApiError('API_MALFORMED_JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new ApiError('API_UNSUPPORTED_MEDIA_TYPE');
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return new ApiError('API_MALFORMED_JSON');
  return null;
}
