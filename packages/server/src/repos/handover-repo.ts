import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { records, taskAssignees, tasks } from '../db/schema.js';
import { updateRow } from './prepared.js';

/** Open tasks and open owned records of one person (or project). */
export interface OpenWorkCounts {
  tasks: number;
  records: number;
}

/**
 * Counts open tasks (pending assignee) and open records (owner) in `projectIds`, grouped per project
 * or per person, optionally for one person only. Reads the database.
 */
function openWorkCounts(db: Db, by: 'project' | 'user', projectIds: readonly string[], userId?: string): Map<string, OpenWorkCounts> {
  const out = new Map<string, OpenWorkCounts>();
  if (projectIds.length === 0) return out;
  const taskKey = by === 'project' ? tasks.projectId : taskAssignees.userId;
  const recordKey = by === 'project' ? records.projectId : records.ownerId;
  const taskRows = db.select({ key: taskKey, n: sql<number>`count(*)` }).from(taskAssignees)
    .innerJoin(tasks, eq(tasks.id, taskAssignees.taskId))
    .where(and(userId === undefined ? undefined : eq(taskAssignees.userId, userId), eq(taskAssignees.kind, 'pending'), eq(tasks.status, 'open'), inArray(tasks.projectId, [...projectIds])))
    .groupBy(taskKey).all();
  const recordRows = db.select({ key: recordKey, n: sql<number>`count(*)` }).from(records)
    .where(and(userId === undefined ? undefined : eq(records.ownerId, userId), eq(records.status, 'open'), inArray(records.projectId, [...projectIds])))
    .groupBy(recordKey).all();
  const row = (key: string) => out.get(key) ?? out.set(key, { tasks: 0, records: 0 }).get(key)!;
  for (const r of taskRows) row(r.key).tasks = r.n;
  for (const r of recordRows) row(r.key).records = r.n;
  return out;
}

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
    return [...openWorkCounts(db, 'project', projectIds, userId)].map(([projectId, n]) => ({ projectId, ...n })).sort((a, b) => a.projectId.localeCompare(b.projectId));
  },
  /** Open tasks each person can act on and open records each owns in one project (two grouped queries, whoever they are). */
  openWorkByUser(db: Db, projectId: string): Map<string, OpenWorkCounts> {
    return openWorkCounts(db, 'user', [projectId]);
  },
};
