import type { Db } from '../db/open.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { notFound } from '../http/api-error.js';

/** One membership as the client sees it. */
export interface MembershipView {
  readonly id: string;
  readonly role: string;
  readonly scope: 'project' | 'region' | 'organisation';
  readonly projectId: string | null;
  readonly regionId: string | null;
}

/** What a signed-in user may reach: roles per project (direct, via region, via organisation). */
export interface Access {
  readonly organisationId: string;
  readonly isAdmin: boolean;
  readonly memberships: readonly MembershipView[];
  /** projectId -> roles held there. A project absent here answers 404. */
  readonly projects: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Returns the access of a user, computed from memberships. Reads the database. */
export function loadAccess(db: Db, userId: string, organisationId: string): Access {
  const rows = tenancyRepo.membershipsOfUser(db, userId).filter((m) => m.organisationId === organisationId);
  const all = rows.some((m) => m.projectId === null) ? tenancyRepo.projectsOfOrganisation(db, organisationId) : [];
  const projects = new Map<string, Set<string>>();
  const grant = (projectId: string, role: string) => {
    const set = projects.get(projectId) ?? new Set<string>();
    set.add(role);
    projects.set(projectId, set);
  };
  for (const m of rows) {
    if (m.projectId) grant(m.projectId, m.role);
    else for (const p of all) if (m.regionId === null || m.regionId === p.regionId) grant(p.id, m.role);
  }
  const memberships = rows.map((m): MembershipView => ({
    id: m.id, role: m.role, projectId: m.projectId, regionId: m.regionId,
    scope: m.projectId ? 'project' : m.regionId ? 'region' : 'organisation',
  }));
  return { organisationId, isAdmin: rows.some((m) => m.role === 'admin' && m.projectId === null && m.regionId === null), memberships, projects };
}

/** Returns the roles the user holds on a project, or throws 404 (never 403: no existence leak). */
export function rolesOn(access: Access, projectId: string): ReadonlySet<string> {
  const found = access.projects.get(projectId);
  if (!found) throw notFound('project');
  return found;
}

/** Returns true when the user holds any of `wanted` on the project. Pure. */
export function hasAnyRole(access: Access, projectId: string, wanted: readonly string[]): boolean {
  const held = access.projects.get(projectId);
  return !!held && wanted.some((r) => held.has(r));
}
