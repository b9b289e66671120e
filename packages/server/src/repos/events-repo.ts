import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { events } from '../db/schema.js';
import { insertRow, insertRows } from './prepared.js';

/** The append-only audit log: all its SQL (inserts and reads only; never update or delete). */
export const eventsRepo = {
  insert(db: Db, row: typeof events.$inferInsert): void {
    insertRow(db, events, row);
  },
  /** Appends several events in one statement, in order (their `seq` follows the array). */
  insertAll(db: Db, rows: readonly (typeof events.$inferInsert)[]): void {
    if (rows.length > 0) insertRows(db, events, rows);
  },
  ofInstance(db: Db, instanceId: string) {
    return db.select().from(events).where(eq(events.instanceId, instanceId)).orderBy(asc(events.seq)).all();
  },
  ofRecord(db: Db, recordId: string) {
    return db.select().from(events).where(eq(events.recordId, recordId)).orderBy(asc(events.seq)).all();
  },
  ofProjectType(db: Db, projectId: string, type: string) {
    return db.select().from(events).where(and(eq(events.projectId, projectId), eq(events.type, type))).orderBy(asc(events.seq)).all();
  },
};
