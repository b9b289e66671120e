import type { Text } from '../i18n/index.js';

/** One problem reported by the server, attached to a field path or flow node. */
export interface ApiIssue {
  readonly code: string;
  readonly message: Text;
  readonly path?: string;
  readonly nodeId?: string;
}

/** The server's error body: `{ code, message: { zh, en }, issues? }` (see docs/contracts.md). */
export interface ApiErrorBody {
  readonly code: string;
  readonly message: Text;
  readonly issues?: readonly ApiIssue[] | Readonly<Record<string, readonly ApiIssue[]>>;
}

/**
 * The error every API call rejects with: the HTTP status plus the server's bilingual code,
 * message and issues. Network failures carry status 0 and code `NETWORK`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: Text;
  readonly issues: readonly ApiIssue[];

  constructor(status: number, body: ApiErrorBody) {
    super(`[${body.code}] ${body.message.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.text = body.message;
    this.issues = flattenIssues(body.issues);
  }

  /** True for 409: someone else saved first (stale version) or the action is no longer allowed. */
  get isConflict(): boolean { return this.status === 409; }
  /** True for 401: the session is missing or expired. */
  get isUnauthenticated(): boolean { return this.status === 401; }
}

/** Returns the issues as one list whether the server sent a list or a path-keyed map. Pure. */
export function flattenIssues(issues: ApiErrorBody['issues']): ApiIssue[] {
  if (!issues) return [];
  if (Array.isArray(issues)) return [...issues];
  return Object.entries(issues as Record<string, readonly ApiIssue[]>)
    .flatMap(([path, list]) => list.map((i) => ({ ...i, path: i.path ?? path })));
}

/** Returns true when `value` is an ApiError. Pure. */
export function isApiError(value: unknown): value is ApiError {
  return value instanceof Error && value.name === 'ApiError';
}

/** Returns a well-formed error body from whatever the server answered (HTML proxies, empty bodies). Pure. */
export function toErrorBody(status: number, raw: unknown): ApiErrorBody {
  if (raw && typeof raw === 'object' && 'code' in raw && 'message' in raw) {
    const r = raw as { code: unknown; message: unknown; issues?: ApiErrorBody['issues'] };
    const message = typeof r.message === 'string'
      ? { zh: r.message, en: r.message }
      : (r.message as Text);
    return { code: String(r.code), message, ...(r.issues ? { issues: r.issues } : {}) };
  }
  return {
    code: `HTTP_${status}`,
    message: { zh: `服务器返回错误（${status}）`, en: `The server answered with an error (${status})` },
  };
}
