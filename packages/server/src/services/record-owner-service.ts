import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { recordsRepo } from '../repos/records-repo.js';
import { handoverRepo } from '../repos/handover-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { publishedForm } from './form-versions.js';
import { recordView } from './record-view.js';
import { recordEvent } from './audit.js';
import { requireProjectMembers } from './project-members.js';

/** Body of POST /records/:id/owner. */
export interface ChangeOwnerInput {
  readonly ownerId: string;
  readonly version: number;
  readonly reason?: string;
}

/** Project roles that decide who serves a customer (撞单, a customer asking for someone else); org admins may too. */
export const ownerChangerRoles: readonly string[] = ['siteManager', 'salesSupervisor'];

/** 更换置业顾问: gives one customer (record) to another person of the project. */
export const recordOwnerService = {
  /**
   * Sets the record's owner, bumps its version and writes one `record.ownerChanged` event (the type
   * 工作交接 writes per record), in the request's transaction. Returns the record as the caller now
   * sees it: masking follows the owner.
   */
  changeOwner(ctx: AppContext, user: AuthUser, projectId: string, id: string, input: ChangeOwnerInput) {
    // 1. Who may: 404 outside the project, 403 for roles that do not decide ownership.
    rolesOn(user.access, projectId);
    if (!user.access.isAdmin && !hasAnyRole(user.access, projectId, ownerChangerRoles)) throw new ApiError('AUTH_FORBIDDEN');
    const row = recordsRepo.find(ctx.db, projectId, id);
    if (!row) throw notFound('record');
    // 2. The new owner: any active member of the project, not only a 置业顾问 — a 销售主管 or 案场经理
    //    may serve a key customer themselves, and 工作交接 and the people pickers accept every member.
    const project = tenancyRepo.findProject(ctx.db, projectId);
    if (!project) throw notFound('project');
    requireProjectMembers(ctx, project, [input.ownerId], 'ownerId');
    if (input.ownerId === row.ownerId) throw new ApiError('API_VALIDATION', {}, [apiIssue('RECORD_SAME_OWNER', { field: 'ownerId' }, 'ownerId')]);
    // 3. Only a running case changes hands: a closed one is history (its documents name who served it).
    if (row.status !== 'open') throw new ApiError('RECORD_NOT_OPEN', { status: row.status });
    if (row.version !== input.version) throw versionConflict(row.version);
    // 4. Write owner + version, then the audit event.
    const now = ctx.clock.now();
    if (!handoverRepo.setOwner(ctx.db, row.id, row.version, input.ownerId, now)) throw versionConflict(row.version);
    const reason = input.reason?.trim() || undefined;
    recordEvent(ctx, { projectId, recordId: row.id, type: 'record.ownerChanged', actorId: user.id, data: { from: row.ownerId, to: input.ownerId, ...(reason ? { reason } : {}) } });
    const current = { ...row, ownerId: input.ownerId, updatedAt: now, version: row.version + 1 };
    return recordView(user, publishedForm(ctx, projectId, row.formKey, row.formVersion), current);
  },
};
