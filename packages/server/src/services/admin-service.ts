import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { ApiError, notFound, versionConflict } from '../http/api-error.js';
import { newId } from '../db/ids.js';
import { hashPassword } from '../auth/passwords.js';
import { randomToken, tokenHash } from '../auth/tokens.js';
import { roleKeys } from '../auth/roles.js';
import { thingNames } from '../i18n/messages.js';
import { recordEvent } from './audit.js';
import { adminChangeRefusal, type AdminChange } from './admin-guards.js';

function orgUser(ctx: AppContext, admin: AuthUser, id: string) {
  const u = usersRepo.findById(ctx.db, id);
  if (!u || u.organisationId !== admin.organisationId) throw notFound('user');
  return u;
}

function orgProject(ctx: AppContext, admin: AuthUser, id: string) {
  const p = tenancyRepo.findProject(ctx.db, id);
  if (!p || p.organisationId !== admin.organisationId) throw notFound('project');
  return p;
}

/** Throws 409 when `change` would leave the organisation without an active admin or lock the admin out (see adminChangeRefusal). */
function refuseLockout(ctx: AppContext, admin: AuthUser, change: Omit<AdminChange, 'actorId'>): void {
  const enabled = new Set(usersRepo.listByOrganisation(ctx.db, admin.organisationId).filter((u) => !u.disabled).map((u) => u.id));
  const activeAdminIds = tenancyRepo.membershipsOfOrganisation(ctx.db, admin.organisationId)
    .filter((m) => m.role === 'admin' && m.projectId === null && m.regionId === null && enabled.has(m.userId)).map((m) => m.userId);
  const code = adminChangeRefusal({ ...change, actorId: admin.id }, activeAdminIds);
  if (code) throw new ApiError(code);
}

/** Organisation administration: users, projects, memberships, API tokens, failed deliveries. Callers are org admins. */
export const adminService = {
  users(ctx: AppContext, admin: AuthUser) {
    const memberships = tenancyRepo.membershipsOfOrganisation(ctx.db, admin.organisationId);
    return usersRepo.listByOrganisation(ctx.db, admin.organisationId).map((u) => ({
      ...u, memberships: memberships.filter((m) => m.userId === u.id).map((m) => ({ id: m.id, role: m.role, projectId: m.projectId, regionId: m.regionId })),
    }));
  },
  async createUser(ctx: AppContext, admin: AuthUser, input: { username: string; displayName: string; password: string }) {
    if (usersRepo.findByUsername(ctx.db, input.username)) throw new ApiError('API_ALREADY_EXISTS', { what: thingNames.user.zh, whatEn: thingNames.user.en, key: input.username });
    const passwordHash = await hashPassword(input.password);
    const id = newId('usr');
    ctx.sqlite.transaction(() => {
      usersRepo.insert(ctx.db, { id, organisationId: admin.organisationId, username: input.username, displayName: input.displayName, passwordHash, createdAt: ctx.clock.now() });
      recordEvent(ctx, { type: 'admin.userCreated', actorId: admin.id, data: { userId: id } });
    })();
    return orgUser(ctx, admin, id);
  },
  /** Changes a user; disabling or a new password ends the user's sessions. Refuses (409) to disable yourself or the last active admin. */
  async updateUser(ctx: AppContext, admin: AuthUser, id: string, input: { displayName?: string; disabled?: boolean; password?: string; version: number }) {
    const current = orgUser(ctx, admin, id);
    if (current.version !== input.version) throw versionConflict(current.version);
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    ctx.sqlite.transaction(() => {
      // Checked inside the transaction: another admin may have been disabled while the password was hashed.
      if (input.disabled) refuseLockout(ctx, admin, { kind: 'disable', targetId: id });
      const ok = usersRepo.update(ctx.db, id, input.version, {
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(passwordHash ? { passwordHash } : {}),
      });
      if (!ok) throw versionConflict(current.version);
      if (input.disabled || passwordHash) usersRepo.deleteSessionsOfUser(ctx.db, id);
      recordEvent(ctx, { type: 'admin.userUpdated', actorId: admin.id, data: { userId: id, fields: Object.keys(input).filter((k) => k !== 'version' && k !== 'password').concat(passwordHash ? ['password'] : []) } });
    })();
    return orgUser(ctx, admin, id);
  },
  endSessions(ctx: AppContext, admin: AuthUser, id: string) {
    orgUser(ctx, admin, id);
    usersRepo.deleteSessionsOfUser(ctx.db, id);
    recordEvent(ctx, { type: 'admin.sessionsEnded', actorId: admin.id, data: { userId: id } });
    return { ok: true };
  },
  regions(ctx: AppContext, admin: AuthUser) {
    return tenancyRepo.listRegions(ctx.db, admin.organisationId).map((r) => ({ id: r.id, name: r.name }));
  },
  projects(ctx: AppContext, admin: AuthUser) {
    const ids = tenancyRepo.projectsOfOrganisation(ctx.db, admin.organisationId).map((p) => p.id);
    return tenancyRepo.listProjects(ctx.db, ids).map((p) => ({ id: p.id, name: p.name, city: p.city ?? null, regionId: p.regionId, version: p.version }));
  },
  createProject(ctx: AppContext, admin: AuthUser, input: { name: string; city?: string; regionId: string }) {
    const region = tenancyRepo.findRegion(ctx.db, input.regionId);
    if (!region || region.organisationId !== admin.organisationId) throw notFound('project');
    const id = newId('prj');
    tenancyRepo.insertProject(ctx.db, { id, organisationId: admin.organisationId, regionId: region.id, name: input.name, city: input.city ?? null, createdAt: ctx.clock.now() });
    recordEvent(ctx, { projectId: id, type: 'admin.projectCreated', actorId: admin.id });
    const p = orgProject(ctx, admin, id);
    return { id: p.id, name: p.name, city: p.city ?? null, regionId: p.regionId, version: p.version };
  },
  updateProject(ctx: AppContext, admin: AuthUser, id: string, input: { name?: string; city?: string; version: number }) {
    const p = orgProject(ctx, admin, id);
    if (p.version !== input.version || !tenancyRepo.updateProject(ctx.db, id, input.version, { ...(input.name ? { name: input.name } : {}), ...(input.city !== undefined ? { city: input.city } : {}) })) throw versionConflict(p.version);
    const q = orgProject(ctx, admin, id);
    return { id: q.id, name: q.name, city: q.city ?? null, regionId: q.regionId, version: q.version };
  },
  memberships(ctx: AppContext, admin: AuthUser) {
    return tenancyRepo.membershipsOfOrganisation(ctx.db, admin.organisationId).map((m) => ({ id: m.id, userId: m.userId, role: m.role, projectId: m.projectId, regionId: m.regionId }));
  },
  addMembership(ctx: AppContext, admin: AuthUser, input: { userId: string; role: string; projectId?: string; regionId?: string }) {
    orgUser(ctx, admin, input.userId);
    if (!roleKeys.includes(input.role as never)) throw new ApiError('API_VALIDATION', {}, []);
    if (input.projectId) orgProject(ctx, admin, input.projectId);
    if (input.regionId) {
      const r = tenancyRepo.findRegion(ctx.db, input.regionId);
      if (!r || r.organisationId !== admin.organisationId) throw notFound('project');
    }
    const existing = tenancyRepo.membershipsOfUser(ctx.db, input.userId).find((m) => m.role === input.role && m.projectId === (input.projectId ?? null) && m.regionId === (input.regionId ?? null));
    if (existing) return { id: existing.id, userId: existing.userId, role: existing.role, projectId: existing.projectId, regionId: existing.regionId };
    const id = newId('mem');
    tenancyRepo.insertMembership(ctx.db, { id, userId: input.userId, organisationId: admin.organisationId, role: input.role, projectId: input.projectId ?? null, regionId: input.projectId ? null : (input.regionId ?? null), createdAt: ctx.clock.now() });
    recordEvent(ctx, { projectId: input.projectId ?? null, type: 'admin.membershipAdded', actorId: admin.id, data: { membershipId: id, userId: input.userId, role: input.role } });
    return { id, userId: input.userId, role: input.role, projectId: input.projectId ?? null, regionId: input.projectId ? null : (input.regionId ?? null) };
  },
  /** Removes a membership; refuses (409) to remove your own organisation admin membership or that of the last active admin. */
  removeMembership(ctx: AppContext, admin: AuthUser, id: string) {
    const m = tenancyRepo.findMembership(ctx.db, id);
    if (!m || m.organisationId !== admin.organisationId) throw notFound('membership');
    if (m.role === 'admin' && m.projectId === null && m.regionId === null) refuseLockout(ctx, admin, { kind: 'removeAdmin', targetId: m.userId });
    tenancyRepo.deleteMembership(ctx.db, id);
    recordEvent(ctx, { projectId: m.projectId, type: 'admin.membershipRemoved', actorId: admin.id, data: { membershipId: id, userId: m.userId, role: m.role } });
    return { ok: true };
  },
  tokens(ctx: AppContext, admin: AuthUser) {
    return usersRepo.listTokens(ctx.db, usersRepo.listByOrganisation(ctx.db, admin.organisationId).map((u) => u.id));
  },
  /** Creates an API token for a user (default: the admin); the secret is returned once only. */
  createToken(ctx: AppContext, admin: AuthUser, input: { name: string; userId?: string }) {
    const user = orgUser(ctx, admin, input.userId ?? admin.id);
    const token = `sft_${randomToken()}`;
    const id = newId('tok');
    usersRepo.insertToken(ctx.db, { id, userId: user.id, name: input.name, tokenHash: tokenHash(token), createdAt: ctx.wallClock.now() });
    recordEvent(ctx, { type: 'admin.tokenCreated', actorId: admin.id, data: { tokenId: id, userId: user.id } });
    return { id, name: input.name, userId: user.id, token };
  },
  revokeToken(ctx: AppContext, admin: AuthUser, id: string) {
    const t = usersRepo.findToken(ctx.db, id);
    if (!t) throw notFound('token');
    orgUser(ctx, admin, t.userId);
    usersRepo.revokeToken(ctx.db, id, ctx.wallClock.now());
    recordEvent(ctx, { type: 'admin.tokenRevoked', actorId: admin.id, data: { tokenId: id } });
    return { ok: true };
  },
  outbox(ctx: AppContext, admin: AuthUser, status: string | undefined) {
    const ids = tenancyRepo.projectsOfOrganisation(ctx.db, admin.organisationId).map((p) => p.id);
    return outboxRepo.list(ctx.db, ids, status, 200).map((o) => ({
      id: o.id, projectId: o.projectId, kind: o.kind, status: o.status, attempts: o.attempts, lastError: o.lastError ?? null,
      createdAt: o.createdAt, nextAttemptAt: o.nextAttemptAt, doneAt: o.doneAt ?? null, instanceId: (o.payload.instanceId as string | undefined) ?? null,
    }));
  },
  retryOutbox(ctx: AppContext, admin: AuthUser, id: string) {
    const o = outboxRepo.find(ctx.db, id);
    if (!o || !o.projectId || orgProject(ctx, admin, o.projectId).organisationId !== admin.organisationId) throw notFound('outbox');
    outboxRepo.requeue(ctx.db, id, ctx.clock.now());
    recordEvent(ctx, { projectId: o.projectId, type: 'admin.outboxRetried', actorId: admin.id, data: { outboxId: id } });
    return { ok: true };
  },
};
