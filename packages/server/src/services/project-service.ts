import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { rolesOn } from '../auth/access.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { notFound } from '../http/api-error.js';

type ProjectRow = NonNullable<ReturnType<typeof tenancyRepo.findProject>>;

function view(ctx: AppContext, p: ProjectRow, myRoles: ReadonlySet<string>) {
  const region = tenancyRepo.findRegion(ctx.db, p.regionId);
  return { id: p.id, name: p.name, city: p.city ?? null, regionId: p.regionId, regionName: region?.name ?? '', organisationId: p.organisationId, version: p.version, myRoles: [...myRoles] };
}

/** Projects as seen by a user. */
export const projectService = {
  listVisible(ctx: AppContext, user: AuthUser) {
    return tenancyRepo.listProjects(ctx.db, [...user.access.projects.keys()]).map((p) => view(ctx, p, user.access.projects.get(p.id)!));
  },
  get(ctx: AppContext, user: AuthUser, projectId: string) {
    const mine = rolesOn(user.access, projectId);
    const p = tenancyRepo.findProject(ctx.db, projectId);
    if (!p) throw notFound('project');
    return view(ctx, p, mine);
  },
  /** Returns the project row after checking access (404 otherwise). */
  require(ctx: AppContext, user: AuthUser, projectId: string): ProjectRow {
    rolesOn(user.access, projectId);
    const p = tenancyRepo.findProject(ctx.db, projectId);
    if (!p) throw notFound('project');
    return p;
  },
  /** Users holding a role on the project (directly, via region or organisation), with those roles. */
  members(ctx: AppContext, user: AuthUser, projectId: string) {
    const p = projectService.require(ctx, user, projectId);
    return [...tenancyRepo.rolesByUser(ctx.db, p)].map(([userId, roles]) => ({ userId, displayName: usersRepo.findById(ctx.db, userId)?.displayName ?? '', roles }));
  },
};
