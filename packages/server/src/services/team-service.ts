import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import type { Role } from '../auth/roles.js';
import { ApiError, notFound } from '../http/api-error.js';
import { handoverRepo } from '../repos/handover-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';

/** Project roles that see the project's team with its open work (organisation admins may too). */
export const teamViewerRoles: readonly Role[] = ['siteManager'];

/** One person of a project's team: names and roles only, with their open work in the project. */
export interface TeamMember {
  readonly id: string;
  readonly displayName: string;
  /** Roles held on the project (directly, through its region, or organisation-wide); empty once they left it. */
  readonly roles: readonly string[];
  readonly disabled: boolean;
  /** True for someone no longer in the project who still holds open work there (to be handed over). */
  readonly leftProject: boolean;
  readonly openTasks: number;
  readonly openRecords: number;
}

// Active members first, then disabled ones, then people who left; by name within each group.
const rank = (m: TeamMember) => (m.leftProject ? 2 : m.disabled ? 1 : 0);

/** The 项目设置 → 成员 list: who works on a project and what each still has open there. */
export const teamService = {
  /**
   * Returns the project's members (disabled ones included) and the people who left it but still hold
   * open tasks or own open records there, each with those counts. 404 for a project the caller cannot
   * see, 403 for members other than the 案场经理 (organisation admins may). Reads the database.
   */
  list(ctx: AppContext, user: AuthUser, projectId: string): { items: TeamMember[] } {
    rolesOn(user.access, projectId);
    if (!user.access.isAdmin && !hasAnyRole(user.access, projectId, teamViewerRoles)) throw new ApiError('AUTH_FORBIDDEN');
    const project = tenancyRepo.findProject(ctx.db, projectId);
    if (!project) throw notFound('project');
    const roles = tenancyRepo.rolesByUser(ctx.db, project, { withDisabled: true });
    const work = handoverRepo.openWorkByUser(ctx.db, projectId);
    const items = usersRepo.listByOrganisation(ctx.db, project.organisationId)
      .filter((u) => roles.has(u.id) || work.has(u.id))
      .map((u): TeamMember => ({
        id: u.id, displayName: u.displayName, roles: roles.get(u.id) ?? [], disabled: u.disabled, leftProject: !roles.has(u.id),
        openTasks: work.get(u.id)?.tasks ?? 0, openRecords: work.get(u.id)?.records ?? 0,
      }))
      .sort((a, b) => rank(a) - rank(b) || a.displayName.localeCompare(b.displayName, 'zh-CN'));
    return { items };
  },
};
