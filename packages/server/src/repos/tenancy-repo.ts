import { and, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from './prepared.js';
import type { Db } from '../db/open.js';
import { memberships, organisations, projects, regions, users } from '../db/schema.js';
import { invalidateReadCache } from '../db/read-cache.js';

/** Organisations, regions, projects and memberships: all their SQL. */
export const tenancyRepo = {
  insertOrganisation(db: Db, row: typeof organisations.$inferInsert): void {
    db.insert(organisations).values(row).run();
  },
  firstOrganisation(db: Db) {
    return db.select().from(organisations).limit(1).get();
  },
  /** The organisation `id` (read by every session check of the web app: prepared once). */
  findOrganisation(db: Db, id: string) {
    return prepared(db, 'organisations.find', () => db.select().from(organisations).where(eq(organisations.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  insertRegion(db: Db, row: typeof regions.$inferInsert): void {
    db.insert(regions).values(row).run();
  },
  listRegions(db: Db, organisationId: string) {
    return db.select().from(regions).where(eq(regions.organisationId, organisationId)).orderBy(regions.name).all();
  },
  findRegion(db: Db, id: string) {
    return db.select().from(regions).where(eq(regions.id, id)).get();
  },
  insertProject(db: Db, row: typeof projects.$inferInsert): void {
    invalidateReadCache();
    db.insert(projects).values(row).run();
  },
  findProject(db: Db, id: string) {
    return prepared(db, 'projects.find', () => db.select().from(projects).where(eq(projects.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  listProjects(db: Db, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db.select().from(projects).where(inArray(projects.id, [...ids])).orderBy(projects.createdAt).all();
  },
  projectsOfOrganisation(db: Db, organisationId: string) {
    return db.select({ id: projects.id, regionId: projects.regionId }).from(projects).where(eq(projects.organisationId, organisationId)).all();
  },
  updateProject(db: Db, id: string, version: number, patch: { name?: string; city?: string | null; regionId?: string }): boolean {
    invalidateReadCache();
    return db.update(projects).set({ ...patch, version: version + 1 }).where(and(eq(projects.id, id), eq(projects.version, version))).run().changes === 1;
  },
  insertMembership(db: Db, row: typeof memberships.$inferInsert): void {
    invalidateReadCache();
    db.insert(memberships).values(row).run();
  },
  membershipsOfUser(db: Db, userId: string) {
    return prepared(db, 'memberships.ofUser', () => db.select().from(memberships).where(eq(memberships.userId, sql.placeholder('userId'))).prepare()).all({ userId });
  },
  membershipsOfOrganisation(db: Db, organisationId: string) {
    return db.select().from(memberships).where(eq(memberships.organisationId, organisationId)).all();
  },
  findMembership(db: Db, id: string) {
    return db.select().from(memberships).where(eq(memberships.id, id)).get();
  },
  deleteMembership(db: Db, id: string): void {
    invalidateReadCache();
    db.delete(memberships).where(eq(memberships.id, id)).run();
  },
  /** Users holding `role` on the project directly, through its region, or organisation-wide. */
  usersWithRole(db: Db, project: { id: string; regionId: string; organisationId: string }, role: string): string[] {
    return tenancyRepo.usersByRole(db, project)[role] ?? [];
  },
  /** Role → active users (disabled ones too with `withDisabled`) on the project (direct, through its region, or organisation-wide), in one query. */
  usersByRole(db: Db, project: { id: string; regionId: string; organisationId: string }, opts: { withDisabled?: boolean } = {}): Record<string, string[]> {
    const rows = db.select({ userId: memberships.userId, role: memberships.role, projectId: memberships.projectId, regionId: memberships.regionId, disabled: users.disabled })
      .from(memberships).innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.organisationId, project.organisationId)).all();
    const out: Record<string, string[]> = {};
    for (const m of rows) {
      if ((m.disabled && !opts.withDisabled) || !(m.projectId === project.id || (m.projectId === null && (m.regionId === project.regionId || m.regionId === null)))) continue;
      const list = (out[m.role] ??= []);
      if (!list.includes(m.userId)) list.push(m.userId);
    }
    return out;
  },
  /** User → the roles they hold on the project (the inverse of `usersByRole`). */
  rolesByUser(db: Db, project: { id: string; regionId: string; organisationId: string }, opts: { withDisabled?: boolean } = {}): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [role, ids] of Object.entries(tenancyRepo.usersByRole(db, project, opts))) for (const id of ids) out.set(id, [...(out.get(id) ?? []), role]);
    return out;
  },
};
