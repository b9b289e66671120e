import { Type } from '@sinclair/typebox';
import type { Request, Response } from 'express';
import { route } from '../http/route.js';
import { MessageSchema, OkSchema, Strict } from '../http/schemas.js';
import { SESSION_COOKIE, login, logout, readCookie } from '../auth/session-service.js';
import { roles } from '../auth/roles.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { loadAccess } from '../auth/access.js';

const Membership = Type.Object({
  id: Type.String(), role: Type.String(), roleName: MessageSchema, scope: Type.Union([Type.Literal('project'), Type.Literal('region'), Type.Literal('organisation')]),
  projectId: Type.Union([Type.String(), Type.Null()]), regionId: Type.Union([Type.String(), Type.Null()]),
});
const SessionView = Type.Object({
  user: Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String(), organisationId: Type.String(), organisationName: Type.String(), isAdmin: Type.Boolean() }),
  memberships: Type.Array(Membership),
  /** projectId -> role keys, including roles that come through a region or the organisation. */
  projectRoles: Type.Record(Type.String(), Type.Array(Type.String())),
  csrfToken: Type.String({ description: 'Send as X-CSRF-Token on every cookie-authenticated write' }),
});

/** Returns the session view of a signed-in user. Reads the database. */
export function sessionView(ctx: AppContext, user: AuthUser, csrfToken: string) {
  const org = tenancyRepo.findOrganisation(ctx.db, user.organisationId);
  return {
    user: { id: user.id, username: user.username, displayName: user.displayName, organisationId: user.organisationId, organisationName: org?.name ?? '', isAdmin: user.access.isAdmin },
    memberships: user.access.memberships.map((m) => ({ ...m, roleName: roles[m.role as keyof typeof roles] ?? { zh: m.role, en: m.role } })),
    projectRoles: Object.fromEntries([...user.access.projects].map(([p, r]) => [p, [...r]])),
    csrfToken,
  };
}

function setSessionCookie(req: Request, res: Response, token: string, maxAgeMs: number): void {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: maxAgeMs });
}

/** Login, logout and session routes. */
export const authRoutes = [
  route({
    method: 'post', path: '/api/auth/login', tag: 'auth', auth: 'public', async: true, status: 200,
    summary: 'Sign in with username and password; sets an HttpOnly session cookie (rotated) and returns the session',
    body: Strict({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
    response: SessionView,
    handler: async ({ ctx, body, req, res }) => {
      const result = await login(ctx, body.username, body.password, readCookie(req.headers.cookie, SESSION_COOKIE));
      setSessionCookie(req, res, result.token, ctx.config.sessionAbsoluteMs);
      const row = usersRepo.findById(ctx.db, result.userId)!;
      const user: AuthUser = { id: row.id, username: row.username, displayName: row.displayName, organisationId: row.organisationId, access: loadAccess(ctx.db, row.id, row.organisationId), via: 'session' };
      return sessionView(ctx, user, result.csrfToken);
    },
  }),
  route({
    method: 'post', path: '/api/auth/logout', tag: 'auth', auth: 'user', status: 200,
    summary: 'Sign out: deletes the session and clears the cookie',
    response: OkSchema,
    handler: ({ ctx, user, res }) => {
      if (user.sessionId) logout(ctx, user.sessionId);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  }),
  route({
    method: 'get', path: '/api/auth/session', tag: 'auth', auth: 'user',
    summary: 'The signed-in user, memberships, roles per project and the CSRF token',
    response: SessionView,
    handler: ({ ctx, user }) => sessionView(ctx, user, user.csrfToken ?? ''),
  }),
];
