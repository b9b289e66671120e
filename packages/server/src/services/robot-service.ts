import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { designerRoles } from '../auth/roles.js';
import { robotsRepo } from '../repos/robots-repo.js';
import { ApiError, notFound } from '../http/api-error.js';
import { checkRobotUrlShape } from '../outbox/robot-url.js';
import { newId } from '../db/ids.js';
import { recordEvent } from './audit.js';

// Webhook URLs carry their secret (key=…, access_token=…, /hook/<id>): never echo it back whole.
function hideSecret(url: string): string {
  return url.length > 24 ? `${url.slice(0, 24)}…${url.slice(-4)}` : url;
}

function requireDesigner(user: AuthUser, projectId: string): void {
  rolesOn(user.access, projectId);
  if (!hasAnyRole(user.access, projectId, designerRoles)) throw new ApiError('AUTH_FORBIDDEN');
}

/** Group robots of a project. */
export const robotService = {
  list(ctx: AppContext, user: AuthUser, projectId: string) {
    rolesOn(user.access, projectId);
    return robotsRepo.list(ctx.db, projectId).map((r) => ({ key: r.key, kind: r.kind, name: r.name, url: hideSecret(r.url) }));
  },
  put(ctx: AppContext, user: AuthUser, projectId: string, key: string, input: { kind: string; name: string; url: string }) {
    requireDesigner(user, projectId);
    checkRobotUrlShape(input.url, { allowList: ctx.config.robotAllowList, testMode: ctx.config.testMode });
    robotsRepo.upsert(ctx.db, { id: newId('rbt'), projectId, key, kind: input.kind, name: input.name, url: input.url, createdAt: ctx.clock.now() });
    recordEvent(ctx, { projectId, type: 'robot.saved', actorId: user.id, data: { key, kind: input.kind } });
    return { key, kind: input.kind, name: input.name, url: hideSecret(input.url) };
  },
  remove(ctx: AppContext, user: AuthUser, projectId: string, key: string) {
    requireDesigner(user, projectId);
    if (!robotsRepo.remove(ctx.db, projectId, key)) throw notFound('outbox');
    recordEvent(ctx, { projectId, type: 'robot.removed', actorId: user.id, data: { key } });
    return { ok: true };
  },
};
