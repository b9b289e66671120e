import { queryOptions } from '@tanstack/react-query';
import { api, setCsrfToken, type RequestOptions } from './client.js';
import { isApiError } from './api-error.js';
import { keptOffline } from './offline-meta.js';
import type { Membership, Project, Session, SessionUser } from './types.js';
import { toPage } from './types.js';

/** Query keys of the session and projects, for invalidation. */
export const sessionKeys = {
  session: ['session'] as const,
  projects: ['projects'] as const,
  project: (projectId: string) => ['projects', projectId] as const,
};

/** Returns the session normalised from the server's answer; signed out is `user: null`. Pure. */
export function toSession(raw: unknown): Session {
  const r = (raw ?? {}) as { user?: SessionUser | null; memberships?: Membership[]; projectRoles?: Record<string, string[]>; csrfToken?: string | null };
  return { user: r.user ?? null, memberships: r.memberships ?? [], projectRoles: r.projectRoles ?? {}, csrfToken: r.csrfToken ?? null };
}

/** The session of nobody. */
export const signedOut: Session = { user: null, memberships: [], projectRoles: {}, csrfToken: null };

/** Set while a sign-out got no answer from the server: until it is finished, the cookie would still sign this user in. */
const SIGN_OUT_PENDING = 'siteflow.signOutPending';

function signOutPending(): boolean {
  try { return localStorage.getItem(SIGN_OUT_PENDING) !== null; } catch { return false; }
}

function rememberSignOut(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(SIGN_OUT_PENDING, '1');
    else localStorage.removeItem(SIGN_OUT_PENDING);
  } catch { /* storage blocked: nothing remembered */ }
}

/**
 * Fetches the session; a 401 means signed out, not an error. Stores the CSRF token. A sign-out that
 * got no answer is finished first: on a shared phone the next person must not find the last one
 * still signed in when the network returns.
 */
export async function fetchSession(): Promise<Session> {
  if (signOutPending()) await logout().catch((error: unknown) => { if (signOutPending()) throw error; });
  try {
    const session = toSession(await api.get<unknown>('/auth/session'));
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return signedOut;
    }
    throw error;
  }
}

/** Returns query options for the current session. */
export function sessionQuery() {
  return queryOptions({ queryKey: sessionKeys.session, queryFn: fetchSession, staleTime: 60_000, retry: 1 });
}

/** Returns query options for the projects visible to the user. */
export function projectsQuery() {
  return queryOptions({
    queryKey: sessionKeys.projects,
    queryFn: async () => toPage<Project>(await api.get<unknown>('/projects')).items,
    staleTime: 5 * 60_000,
    meta: keptOffline, // the landing page opens the last project from this list
  });
}

/** Returns query options for one project (`request`: options of its HTTP call). */
export function projectQuery(projectId: string, request?: RequestOptions) {
  return queryOptions({
    queryKey: sessionKeys.project(projectId),
    queryFn: () => api.get<Project>(`/projects/${encodeURIComponent(projectId)}`, request),
    staleTime: 5 * 60_000,
    meta: keptOffline, // the project's pages open once it is known
    retry: (count, error) => !(isApiError(error) && (error.status === 404 || error.status === 403)) && count < 2,
  });
}

/** Signs in; resolves to the new session (cookie set by the server, replacing any earlier one). */
export async function login(username: string, password: string): Promise<Session> {
  const raw = await api.post<unknown>('/auth/login', { username, password });
  rememberSignOut(false);
  const session = toSession(raw);
  // The login answer may omit the CSRF token; fetch the session to get it.
  return session.csrfToken ? (setCsrfToken(session.csrfToken), session) : fetchSession();
}

/**
 * Signs out and forgets the CSRF token. Without an answer (no network, a server failure) the sign-out
 * is remembered and finished before the next session check (see fetchSession).
 */
export async function logout(): Promise<void> {
  try {
    await api.post<unknown>('/auth/logout');
    rememberSignOut(false);
  } catch (error) {
    // A 4xx means the server holds no session for this cookie any more: nothing is left to finish.
    rememberSignOut(!isApiError(error) || error.status === 0 || error.status >= 500);
    throw error;
  } finally {
    setCsrfToken(null);
  }
}
