import type { ErrorKind } from '@siteflow/runtime';

/** The one table from error kind to HTTP status. */
export const statusByKind = {
  user: 400,
  auth: 401,
  notFound: 404,
  state: 409,
  unexpected: 500,
} as const satisfies Record<ErrorKind, number>;

/** Codes whose status differs from their kind's default. */
export const statusByCode: Readonly<Record<string, number>> = {
  AUTH_FORBIDDEN: 403,
  AUTH_CSRF: 403,
  AUTH_USER_DISABLED: 403,
  AUTH_RATE_LIMITED: 429,
  API_BODY_TOO_LARGE: 413,
  API_UNSUPPORTED_MEDIA_TYPE: 415,
  API_IDEMPOTENCY_MISMATCH: 422,
  DOC_FORBIDDEN: 403,
  DOC_CLEAR_COPY_FORBIDDEN: 403,
  REPORT_FORBIDDEN: 403,
  FLOW_NOT_STARTER: 403,
};

/** Returns the HTTP status for an error code and kind. Pure. */
export function httpStatus(code: string, kind: ErrorKind): number {
  return statusByCode[code] ?? statusByKind[kind];
}
