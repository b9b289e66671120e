import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { events, instances } from '../db/schema.js';
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
  /** Flow events of `types` on `recordIds`, oldest first, each with its instance's flow key and version (reports). */
  flowEventsOfRecords(db: Db, recordIds: readonly string[], types: readonly string[]) {
    const out = [];
    for (let i = 0; i < recordIds.length; i += 500) {
      out.push(...db.select({
        recordId: events.recordId, instanceId: events.instanceId, taskId: events.taskId, type: events.type, data: events.data,
        flowKey: instances.flowKey, flowVersion: instances.flowVersion,
      }).from(events).innerJoin(instances, eq(instances.id, events.instanceId))
        .where(and(inArray(events.recordId, recordIds.slice(i, i + 500)), inArray(events.type, [...types]))).orderBy(asc(events.seq)).all());
    }
    return out;
  },
  ofProjectType(db: Db, projectId: string, type: string) {
    return db.select().from(events).where(and(eq(events.projectId, projectId), eq(events.type, type))).orderBy(asc(events.seq)).all();
  },
};
