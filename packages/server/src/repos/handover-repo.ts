import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { records, taskAssignees, tasks } from '../db/schema.js';
import { updateRow } from './prepared.js';

/** The SQL of 工作交接 (hand-over): a user's open work in a project and moving record ownership. */
export const handoverRepo = {
  /** Id and version of the open records `userId` owns in the project (served by records_owner_idx). */
  openRecordsOwnedBy(db: Db, projectId: string, userId: string): { id: string; version: number }[] {
    return db.select({ id: records.id, version: records.version }).from(records)
      .where(and(eq(records.ownerId, userId), eq(records.projectId, projectId), eq(records.status, 'open'))).orderBy(records.id).all();
  },
  /** Gives a record a new owner if `version` is current (the version moves); returns false when stale. */
  setOwner(db: Db, id: string, version: number, ownerId: string, updatedAt: number): boolean {
    return updateRow(db, records, records.id, id, { ownerId, updatedAt, version: version + 1 }, { column: records.version, value: version }) === 1;
  },
  /** Open tasks `userId` can act on and open records they own, counted per project of `projectIds`. */
  openWorkByProject(db: Db, userId: string, projectIds: readonly string[]): { projectId: string; tasks: number; records: number }[] {
    if (projectIds.length === 0) return [];
    const taskRows = db.select({ projectId: tasks.projectId, n: sql<number>`count(*)` }).from(taskAssignees)
      .innerJoin(tasks, eq(tasks.id, taskAssignees.taskId))
      .where(and(eq(taskAssignees.userId, userId), eq(taskAssignees.kind, 'pending'), eq(tasks.status, 'open'), inArray(tasks.projectId, [...projectIds])))
      .groupBy(tasks.projectId).all();
    const recordRows = db.select({ projectId: records.projectId, n: sql<number>`count(*)` }).from(records)
      .where(and(eq(records.ownerId, userId), eq(records.status, 'open'), inArray(records.projectId, [...projectIds])))
      .groupBy(records.projectId).all();
    const byProject = new Map<string, { projectId: string; tasks: number; records: number }>();
    const row = (projectId: string) => byProject.get(projectId) ?? byProject.set(projectId, { projectId, tasks: 0, records: 0 }).get(projectId)!;
    for (const r of taskRows) row(r.projectId).tasks = r.n;
    for (const r of recordRows) row(r.projectId).records = r.n;
    return [...byProject.values()].sort((a, b) => a.projectId.localeCompare(b.projectId));
  },
};
