import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { idempotencyKeys } from '../db/schema.js';
import { insertRow, prepared } from './prepared.js';

/** Stored first responses of idempotent writes: all their SQL. */
export const idempotencyRepo = {
  find(db: Db, userId: string, key: string) {
    return prepared(db, 'idempotency.find', () => db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, sql.placeholder('userId')), eq(idempotencyKeys.key, sql.placeholder('key')))).prepare()).get({ userId, key });
  },
  insert(db: Db, row: typeof idempotencyKeys.$inferInsert): void {
    insertRow(db, idempotencyKeys, row);
  },
  insertIfAbsent(db: Db, row: typeof idempotencyKeys.$inferInsert): void {
    insertRow(db, idempotencyKeys, row, { ignoreConflict: true });
  },
  /** Deletes keys older than `before` (kept at least 72 h: flaky networks and SLA windows). */
  prune(db: Db, before: number): number {
    return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes;
  },
};
