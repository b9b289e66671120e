import { and, eq, sql } from 'drizzle-orm';
import { prepared } from './prepared.js';
import type { Db } from '../db/open.js';
import { calendars } from '../db/schema.js';
import { invalidateReadCache } from '../db/read-cache.js';

/** Business calendars per project: all their SQL. */
export const calendarsRepo = {
  find(db: Db, projectId: string) {
    return prepared(db, 'calendars.find', () => db.select().from(calendars).where(eq(calendars.projectId, sql.placeholder('projectId'))).prepare()).get({ projectId });
  },
  insert(db: Db, row: typeof calendars.$inferInsert): void {
    invalidateReadCache();
    db.insert(calendars).values(row).run();
  },
  update(db: Db, projectId: string, version: number, body: Record<string, unknown>, at: number): boolean {
    invalidateReadCache();
    return db.update(calendars).set({ body, version: version + 1, updatedAt: at }).where(and(eq(calendars.projectId, projectId), eq(calendars.version, version))).run().changes === 1;
  },
};
