import { ApiError, toErrorBody } from './api-error.js';

/** Options of one API call. */
export interface RequestOptions {
  readonly body?: unknown;
  /** Reuse a key to make a retried write safe (offline queue); a fresh one is made otherwise. */
  readonly idempotencyKey?: string;
  readonly ifMatch?: number | string;
  readonly signal?: AbortSignal;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined | null>>;
  /** A 401 is not announced as an expired session: for prefetches sent before the session is known. */
  readonly quietUnauthorized?: boolean;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
const sessionListeners = new Set<() => void>();

/** Stores the CSRF token from `GET /api/auth/session` (or clears it on logout). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers a callback run whenever the server answers 401 (session expired); returns the unsubscribe. */
export function onSessionExpired(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Returns a new idempotency key (random UUID; falls back where randomUUID is missing). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  // randomUUID needs a secure context; plain-http LAN deployments fall back to getRandomValues.
  if (typeof c.randomUUID === 'function' && globalThis.isSecureContext !== false) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const url = path.startsWith('/api') ? path : `/api${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function ensureCsrf(): Promise<void> {
  if (csrfToken) return;
  const res = await fetch('/api/auth/session', { credentials: 'include', headers: { Accept: 'application/json' } });
  if (res.ok) {
    const body = (await res.json()) as { csrfToken?: string };
    csrfToken = body.csrfToken ?? null;
  }
}

/**
 * Returns the parsed JSON of one API call, or rejects with an ApiError carrying the server's
 * bilingual `{ code, message, issues }`. Sends the session cookie, the CSRF token and an
 * Idempotency-Key on every write; a 401 notifies `onSessionExpired` listeners.
 */
export async function apiRequest<T>(method: Method, path: string, opts: RequestOptions = {}, retried = false): Promise<T> {
  const write = method !== 'GET';
  if (write) await ensureCsrf().catch(() => undefined);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (write) {
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    headers['Idempotency-Key'] = opts.idempotencyKey ?? newIdempotencyKey();
  }
  if (opts.ifMatch !== undefined) headers['If-Match'] = String(opts.ifMatch);
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'include',
      ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}),
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw new ApiError(0, { code: 'NETWORK', message: { zh: '网络连接失败，请检查网络后重试', en: 'Network error; check your connection and retry' } });
  }
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try { parsed = JSON.parse(text); } catch { parsed = undefined; }
  }
  if (!res.ok) {
    const error = new ApiError(res.status, toErrorBody(res.status, parsed));
    if (res.status === 401 && !path.includes('/auth/') && !opts.quietUnauthorized) {
      csrfToken = null;
      for (const l of sessionListeners) l();
    }
    // A rotated CSRF token (e.g. after re-login in another tab): fetch it again and retry once.
    if (res.status === 403 && /CSRF/i.test(error.code) && write && !retried) {
      csrfToken = null;
      return apiRequest<T>(method, path, opts, true);
    }
    throw error;
  }
  return parsed as T;
}

/** Shorthands for `apiRequest`. */
export const api = {
  get: <T>(path: string, opts?: RequestOptions) => apiRequest<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => apiRequest<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body?: unknown, opts?: RequestOptions) => apiRequest<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => apiRequest<T>('PATCH', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => apiRequest<T>('DELETE', path, opts),
} as const;
