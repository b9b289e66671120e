import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { robots } from '../db/schema.js';

/** Group robots of projects: all their SQL. */
export const robotsRepo = {
  list(db: Db, projectId: string) {
    return db.select().from(robots).where(eq(robots.projectId, projectId)).orderBy(robots.key).all();
  },
  find(db: Db, projectId: string, key: string) {
    return db.select().from(robots).where(and(eq(robots.projectId, projectId), eq(robots.key, key))).get();
  },
  upsert(db: Db, row: typeof robots.$inferInsert): void {
    db.insert(robots).values(row).onConflictDoUpdate({ target: [robots.projectId, robots.key], set: { kind: row.kind, name: row.name, url: row.url } }).run();
  },
  remove(db: Db, projectId: string, key: string): boolean {
    return db.delete(robots).where(and(eq(robots.projectId, projectId), eq(robots.key, key))).run().changes === 1;
  },
};
