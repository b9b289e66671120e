import { and, asc, desc, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { insertRow, insertRows, prepared, updateRow } from './prepared.js';
import type { Db } from '../db/open.js';
import { instances, records, taskAssignees, tasks, wakeups } from '../db/schema.js';

/**
 * The order of an inbox list, so its LIMIT keeps the tasks a user looks for: open tasks soonest due first (no due
 * time last), closed ones most recently closed first (the oldest of years of history are the ones cut off).
 */
function inboxOrder(status: 'open' | 'closed' | 'all') {
  return status === 'closed'
    ? [desc(tasks.closedAt), desc(tasks.createdAt)]
    : [sql`case when ${tasks.dueAt} is null then 1 else 0 end`, asc(tasks.dueAt), desc(tasks.createdAt)];
}

/** Flow instances, their task projection and fired wake-ups: all their SQL. */
export const instancesRepo = {
  insert(db: Db, row: typeof instances.$inferInsert): void {
    insertRow(db, instances, row);
  },
  find(db: Db, id: string) {
    return prepared(db, 'instances.find', () => db.select().from(instances).where(eq(instances.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  /** An instance with its record's data (one statement), e.g. for a scheduler tick. */
  findWithRecordData(db: Db, id: string) {
    return prepared(db, 'instances.findWithRecordData', () => db.select({ instance: instances, recordData: records.data }).from(instances)
      .innerJoin(records, eq(records.id, instances.recordId)).where(eq(instances.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  /** Stores a new state if `version` is current (and the flow version, when a case moved to another one); returns false when stale (someone else committed first). */
  update(db: Db, id: string, version: number, patch: { state: Record<string, unknown>; status: string; nextWakeAt: number | null; updatedAt: number; flowVersion?: number }): boolean {
    return updateRow(db, instances, instances.id, id, { ...patch, version: version + 1 }, { column: instances.version, value: version }) === 1;
  },
  ofRecord(db: Db, recordId: string) {
    return db.select({ id: instances.id, flowKey: instances.flowKey, flowVersion: instances.flowVersion, status: instances.status, startedBy: instances.startedBy, createdAt: instances.createdAt, updatedAt: instances.updatedAt }).from(instances).where(eq(instances.recordId, recordId)).orderBy(asc(instances.createdAt)).all();
  },
  startedBy(db: Db, userId: string, projectIds: readonly string[], limit: number) {
    if (projectIds.length === 0) return [];
    return db.select().from(instances).where(and(eq(instances.startedBy, userId), inArray(instances.projectId, [...projectIds]))).orderBy(desc(instances.createdAt)).limit(limit).all();
  },
  /** The status, state and creation time of every instance running on `recordIds` (in chunks of 500 ids), with its record id. */
  statesOfRecords(db: Db, recordIds: readonly string[]) {
    const out: { recordId: string; status: string; state: Record<string, unknown>; createdAt: number }[] = [];
    for (let i = 0; i < recordIds.length; i += 500) {
      out.push(...db.select({ recordId: instances.recordId, status: instances.status, state: instances.state, createdAt: instances.createdAt })
        .from(instances).where(inArray(instances.recordId, recordIds.slice(i, i + 500))).all());
    }
    return out;
  },
  /** Instances whose next timer is due at `now` (indexed on status, next_wake_at). */
  due(db: Db, now: number, limit: number) {
    return db.select({ id: instances.id, nextWakeAt: instances.nextWakeAt }).from(instances)
      .where(and(eq(instances.status, 'running'), isNotNull(instances.nextWakeAt), lte(instances.nextWakeAt, now)))
      .orderBy(asc(instances.nextWakeAt)).limit(limit).all();
  },
  /** Records that wake-ups fired (one statement); returns how many had not fired before (the unique key makes each once-only). */
  claimWakeups(db: Db, rows: readonly (typeof wakeups.$inferInsert)[]): number {
    return rows.length === 0 ? 0 : insertRows(db, wakeups, rows, { ignoreConflict: true });
  },

  findTask(db: Db, id: string) {
    return prepared(db, 'tasks.find', () => db.select().from(tasks).where(eq(tasks.id, sql.placeholder('id'))).prepare()).get({ id });
  },
  tasksOfInstance(db: Db, instanceId: string) {
    return prepared(db, 'tasks.ofInstance', () => db.select().from(tasks).where(eq(tasks.instanceId, sql.placeholder('instanceId'))).orderBy(asc(tasks.createdAt)).prepare()).all({ instanceId });
  },
  /** The tasks of an instance, oldest first, each with its people when it is open (closed tasks' people are not read); one statement. */
  tasksOfInstanceWithPeople(db: Db, instanceId: string) {
    const rows = prepared(db, 'tasks.ofInstanceWithPeople', () => db.select({ task: tasks, userId: taskAssignees.userId, kind: taskAssignees.kind }).from(tasks)
      .leftJoin(taskAssignees, and(eq(taskAssignees.taskId, tasks.id), eq(tasks.status, 'open')))
      .where(eq(tasks.instanceId, sql.placeholder('instanceId'))).orderBy(asc(tasks.createdAt)).prepare()).all({ instanceId });
    const out = new Map<string, typeof tasks.$inferSelect & { people: { userId: string; kind: string }[] }>();
    for (const r of rows) {
      let t = out.get(r.task.id);
      if (!t) {
        t = { ...r.task, people: [] };
        out.set(t.id, t);
      }
      if (r.userId !== null && r.kind !== null) t.people.push({ userId: r.userId, kind: r.kind });
    }
    return [...out.values()];
  },
  insertTask(db: Db, row: typeof tasks.$inferInsert): void {
    insertRow(db, tasks, row);
  },
  updateTask(db: Db, id: string, patch: Partial<typeof tasks.$inferInsert>): void {
    updateRow(db, tasks, tasks.id, id, patch);
  },
  setAssignees(db: Db, taskId: string, rows: readonly { userId: string; kind: string }[]): void {
    prepared(db, 'taskAssignees.clear', () => db.delete(taskAssignees).where(eq(taskAssignees.taskId, sql.placeholder('taskId'))).prepare()).run({ taskId });
    instancesRepo.addAssignees(db, taskId, rows);
  },
  /** Adds people to a task that has none yet (a new task). */
  addAssignees(db: Db, taskId: string, rows: readonly { userId: string; kind: string }[]): void {
    for (const r of rows) insertRow(db, taskAssignees, { taskId, userId: r.userId, kind: r.kind }, { ignoreConflict: true });
  },
  /** A closed task: whoever could still act (`pending`) is kept as having been assigned. */
  settleAssignees(db: Db, taskId: string): void {
    prepared(db, 'taskAssignees.settle', () => db.update(taskAssignees).set({ kind: 'assignee' }).where(and(eq(taskAssignees.taskId, sql.placeholder('taskId')), eq(taskAssignees.kind, 'pending'))).prepare()).run({ taskId });
  },
  assigneesOf(db: Db, taskIds: readonly string[]) {
    if (taskIds.length === 0) return [];
    if (taskIds.length === 1) {
      return prepared(db, 'taskAssignees.ofTask', () => db.select().from(taskAssignees).where(eq(taskAssignees.taskId, sql.placeholder('taskId'))).prepare()).all({ taskId: taskIds[0]! });
    }
    return db.select().from(taskAssignees).where(inArray(taskAssignees.taskId, [...taskIds])).all();
  },
  /** Tasks linked to a user (`pending` = can act now, `assignee` = was assigned), in inbox order (see `inboxOrder`). */
  tasksOfUser(db: Db, userId: string, kind: 'pending' | 'assignee', projectIds: readonly string[], status: 'open' | 'closed' | 'all', limit: number) {
    if (projectIds.length === 0) return [];
    const where = [eq(taskAssignees.userId, userId), eq(taskAssignees.kind, kind), inArray(tasks.projectId, [...projectIds])];
    if (status !== 'all') where.push(eq(tasks.status, status));
    return db.select({ task: tasks, instance: { id: instances.id, flowKey: instances.flowKey, status: instances.status, recordId: instances.recordId, startedBy: instances.startedBy }, record: { formKey: records.formKey, formVersion: records.formVersion, data: records.data, ownerId: records.ownerId, createdBy: records.createdBy, projectId: records.projectId } })
      .from(taskAssignees)
      .innerJoin(tasks, eq(tasks.id, taskAssignees.taskId))
      .innerJoin(instances, eq(instances.id, tasks.instanceId))
      .innerJoin(records, eq(records.id, instances.recordId))
      .where(and(...where))
      .orderBy(...inboxOrder(status))
      .limit(limit).all();
  },
  /**
   * The open or the closed tasks of one project in inbox order (see `inboxOrder`), with their instance and record;
   * served by the (project_id, status, closed_at) index, so other projects' years of closed steps are never read.
   */
  tasksOfProject(db: Db, projectId: string, status: 'open' | 'closed', limit: number) {
    return projectTasksQuery(db, projectId, status, limit).all();
  },
  /** Running instances of one flow of a project per flow version, oldest version first (read when a new version is about to be published). */
  runningByVersion(db: Db, projectId: string, flowKey: string): { version: number; running: number }[] {
    return db.select({ version: instances.flowVersion, running: sql<number>`count(*)` }).from(instances)
      .where(and(eq(instances.status, 'running'), eq(instances.projectId, projectId), eq(instances.flowKey, flowKey)))
      .groupBy(instances.flowVersion).orderBy(asc(instances.flowVersion)).all();
  },
  /** The running instances of one version of a flow of a project, oldest first (read when a designer moves them to another version). */
  runningOfVersion(db: Db, projectId: string, flowKey: string, flowVersion: number) {
    return db.select().from(instances)
      .where(and(eq(instances.status, 'running'), eq(instances.projectId, projectId), eq(instances.flowKey, flowKey), eq(instances.flowVersion, flowVersion)))
      .orderBy(asc(instances.createdAt)).all();
  },
  /** Running instances per project of `projectIds` (served by the (status, next_wake_at) index); projects without any are absent. */
  runningCountsByProject(db: Db, projectIds: readonly string[]): { projectId: string; running: number }[] {
    if (projectIds.length === 0) return [];
    return db.select({ projectId: instances.projectId, running: sql<number>`count(*)` }).from(instances)
      .where(and(eq(instances.status, 'running'), inArray(instances.projectId, [...projectIds]))).groupBy(instances.projectId).all();
  },
  /**
   * Open tasks of `projectIds` grouped by project, flow version, step and escalation level, with how many are
   * due at or before `now`; served by the (status, due_at) index. Counts only.
   */
  openTaskCounts(db: Db, projectIds: readonly string[], now: number) {
    if (projectIds.length === 0) return [];
    return db.select({
      projectId: tasks.projectId, flowKey: instances.flowKey, flowVersion: instances.flowVersion, nodeId: tasks.nodeId, level: tasks.escalationLevel,
      open: sql<number>`count(*)`, overdue: sql<number>`coalesce(sum(${tasks.dueAt} <= ${now}), 0)`,
    }).from(tasks).innerJoin(instances, eq(instances.id, tasks.instanceId))
      .where(and(eq(tasks.status, 'open'), inArray(tasks.projectId, [...projectIds])))
      .groupBy(tasks.projectId, instances.flowKey, instances.flowVersion, tasks.nodeId, tasks.escalationLevel).all();
  },
};

/** The query of `instancesRepo.tasksOfProject`, not yet run (its query plan is tested). */
export function projectTasksQuery(db: Db, projectId: string, status: 'open' | 'closed', limit: number) {
  return db.select({ task: tasks, instance: { id: instances.id, flowKey: instances.flowKey, status: instances.status, recordId: instances.recordId, startedBy: instances.startedBy }, record: { formKey: records.formKey, formVersion: records.formVersion, data: records.data, ownerId: records.ownerId, createdBy: records.createdBy, projectId: records.projectId } })
    .from(tasks)
    .innerJoin(instances, eq(instances.id, tasks.instanceId))
    .innerJoin(records, eq(records.id, instances.recordId))
    .where(and(eq(tasks.status, status), eq(tasks.projectId, projectId)))
    .orderBy(...inboxOrder(status))
    .limit(limit);
}
