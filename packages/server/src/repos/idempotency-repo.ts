import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { idempotencyKeys } from '../db/schema.js';

/** Stored first responses of idempotent writes: all their SQL. */
export const idempotencyRepo = {
  find(db: Db, userId: string, key: string) {
    return db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key))).get();
  },
  insert(db: Db, row: typeof idempotencyKeys.$inferInsert): void {
    db.insert(idempotencyKeys).values(row).run();
  },
  insertIfAbsent(db: Db, row: typeof idempotencyKeys.$inferInsert): void {
    db.insert(idempotencyKeys).values(row).onConflictDoNothing().run();
  },
  /** Deletes keys older than `before` (kept at least 72 h: flaky networks and SLA windows). */
  prune(db: Db, before: number): number {
    return db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before)).run().changes;
  },
};
