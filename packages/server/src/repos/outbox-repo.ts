import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { instanceUsers, notifications, outbox } from '../db/schema.js';
import { insertRow, insertRows, prepared, updateRow } from './prepared.js';

/** Outbox rows, in-app notifications and instance watchers: all their SQL. */
export const outboxRepo = {
  /** Adds an effect to carry out after commit; a repeated dedupe key is ignored. Returns true when inserted. */
  insert(db: Db, row: typeof outbox.$inferInsert): boolean {
    return insertRow(db, outbox, row, { ignoreConflict: true }) === 1;
  },
  /** Adds effects in order, in as few statements as possible; a repeated dedupe key is ignored. Returns how many were inserted. */
  insertAll(db: Db, rows: readonly (typeof outbox.$inferInsert)[]): number {
    return rows.length === 0 ? 0 : insertRows(db, outbox, rows, { ignoreConflict: true });
  },
  due(db: Db, now: number, limit: number) {
    return prepared(db, 'outbox.due', () => db.select().from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql.placeholder('now'))))
      .orderBy(asc(outbox.nextAttemptAt)).limit(sql.placeholder('limit')).prepare()).all({ now, limit });
  },
  find(db: Db, id: string) {
    return db.select().from(outbox).where(eq(outbox.id, id)).get();
  },
  markDone(db: Db, id: string, at: number): void {
    updateRow(db, outbox, outbox.id, id, { status: 'done', doneAt: at, lastError: null });
  },
  markRetry(db: Db, id: string, attempts: number, nextAttemptAt: number, error: string): void {
    db.update(outbox).set({ attempts, nextAttemptAt, lastError: error.slice(0, 500) }).where(eq(outbox.id, id)).run();
  },
  markFailed(db: Db, id: string, attempts: number, error: string, at: number): void {
    db.update(outbox).set({ status: 'failed', attempts, lastError: error.slice(0, 500), doneAt: at }).where(eq(outbox.id, id)).run();
  },
  requeue(db: Db, id: string, at: number): void {
    db.update(outbox).set({ status: 'pending', attempts: 0, nextAttemptAt: at, doneAt: null }).where(eq(outbox.id, id)).run();
  },
  list(db: Db, projectIds: readonly string[], status: string | undefined, limit: number) {
    const where = [inArray(outbox.projectId, [...projectIds])];
    if (status) where.push(eq(outbox.status, status));
    return projectIds.length ? db.select().from(outbox).where(and(...where)).orderBy(desc(outbox.createdAt)).limit(limit).all() : [];
  },

  insertNotification(db: Db, row: typeof notifications.$inferInsert): void {
    insertRow(db, notifications, row, { ignoreConflict: true });
  },
  notificationsOf(db: Db, userId: string, unreadOnly: boolean, limit: number) {
    const where = [eq(notifications.userId, userId)];
    if (unreadOnly) where.push(isNull(notifications.readAt));
    return db.select().from(notifications).where(and(...where)).orderBy(desc(notifications.createdAt)).limit(limit).all();
  },
  unreadCount(db: Db, userId: string): number {
    return db.select({ n: sql<number>`count(*)` }).from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.readAt))).get()?.n ?? 0;
  },
  markRead(db: Db, userId: string, ids: readonly string[] | 'all', at: number): number {
    const where = [eq(notifications.userId, userId)];
    if (ids !== 'all') where.push(inArray(notifications.id, [...ids]));
    return db.update(notifications).set({ readAt: at }).where(and(...where)).run().changes;
  },

  addInstanceUser(db: Db, row: typeof instanceUsers.$inferInsert): void {
    insertRow(db, instanceUsers, row, { ignoreConflict: true });
  },
  instancesOfUser(db: Db, userId: string, kind: string, limit: number) {
    return db.select().from(instanceUsers).where(and(eq(instanceUsers.userId, userId), eq(instanceUsers.kind, kind))).orderBy(desc(instanceUsers.createdAt)).limit(limit).all();
  },
};
