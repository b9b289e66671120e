import type { Request } from 'express';
import type { AppContext } from '../context.js';
import { usersRepo } from '../repos/users-repo.js';
import { ApiError } from '../http/api-error.js';
import { loadAccess } from './access.js';
import type { AuthUser } from './auth-user.js';
import { checkPassword } from './passwords.js';
import { randomToken, safeEqual, tokenHash } from './tokens.js';
import { cachedRead } from '../db/read-cache.js';

/** Name of the session cookie. */
export const SESSION_COOKIE = 'sf_session';
// Writing last_seen_at on every request would cost a write per read; a minute of slack is enough.
const TOUCH_EVERY_MS = 60_000;

/** Checks the password and opens a new session (the old one, if any, is dropped). Returns cookie token and CSRF token. */
export async function login(ctx: AppContext, username: string, password: string, oldToken: string | undefined) {
  const user = usersRepo.findByUsername(ctx.db, username);
  const ok = await checkPassword(user?.passwordHash, password);
  if (!user || !ok) throw new ApiError('AUTH_INVALID_CREDENTIALS');
  if (user.disabled) throw new ApiError('AUTH_USER_DISABLED');
  if (oldToken) usersRepo.deleteSession(ctx.db, tokenHash(oldToken));
  const token = randomToken();
  const csrfToken = randomToken();
  const now = ctx.wallClock.now();
  usersRepo.insertSession(ctx.db, { id: tokenHash(token), userId: user.id, csrfToken, createdAt: now, lastSeenAt: now });
  return { token, csrfToken, userId: user.id };
}

/** Ends a session. */
export function logout(ctx: AppContext, sessionId: string): void {
  usersRepo.deleteSession(ctx.db, sessionId);
}

/** Returns the user of a request (session cookie or Bearer token), or null when anonymous. Throws on expired sessions. */
export function authenticate(ctx: AppContext, req: Request): AuthUser | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) return fromToken(ctx, bearer);
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  return cookie ? fromSession(ctx, cookie) : null;
}

function fromToken(ctx: AppContext, token: string): AuthUser {
  const row = usersRepo.findActiveTokenByHash(ctx.db, tokenHash(token));
  if (!row) throw new ApiError('AUTH_REQUIRED');
  const user = activeUser(ctx, row.userId);
  const now = ctx.wallClock.now();
  if (!row.lastUsedAt || now - row.lastUsedAt > TOUCH_EVERY_MS) usersRepo.touchToken(ctx.db, row.id, now);
  return { ...user, via: 'token' };
}

function fromSession(ctx: AppContext, token: string): AuthUser | null {
  const id = tokenHash(token);
  // Read on every request: cached until any session is written (login, touch, logout, expiry).
  const session = cachedRead(ctx.sqlite, `session:${id}`, () => usersRepo.findSession(ctx.db, id) ?? null);
  if (!session) return null;
  const now = ctx.wallClock.now();
  const { sessionIdleMs, sessionAbsoluteMs } = ctx.config;
  if (now - session.lastSeenAt > sessionIdleMs || now - session.createdAt > sessionAbsoluteMs) {
    usersRepo.deleteSession(ctx.db, id);
    throw new ApiError('AUTH_SESSION_EXPIRED');
  }
  if (now - session.lastSeenAt > TOUCH_EVERY_MS) usersRepo.touchSession(ctx.db, id, now);
  return { ...activeUser(ctx, session.userId), via: 'session', sessionId: id, csrfToken: session.csrfToken };
}

function activeUser(ctx: AppContext, userId: string) {
  // Read on every request: cached until users or memberships change (see db/read-cache).
  const found = cachedRead(ctx.sqlite, `user:${userId}`, () => {
    const user = usersRepo.findById(ctx.db, userId);
    return user && !user.disabled ? { id: user.id, username: user.username, displayName: user.displayName, organisationId: user.organisationId, access: loadAccess(ctx.db, user.id, user.organisationId) } : null;
  });
  if (!found) throw new ApiError('AUTH_REQUIRED');
  return found;
}

/** Throws 403 unless a cookie-authenticated write carries the session's CSRF token. */
export function checkCsrf(user: AuthUser, header: string | undefined): void {
  if (user.via !== 'session') return;
  if (!header || !user.csrfToken || !safeEqual(header, user.csrfToken)) throw new ApiError('AUTH_CSRF');
}

/** Returns a cookie's value from a Cookie header, or undefined. Pure. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
