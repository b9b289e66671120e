import { and, asc, count, desc, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { events, instances } from '../db/schema.js';
import { insertRow, insertRows } from './prepared.js';

/** Filters of the personal-data access log: events of `types` on `projectIds`, optionally one actor and a time window [from, to). */
export interface AccessLogQuery {
  readonly projectIds: readonly string[];
  readonly types: readonly string[];
  readonly actorId?: string;
  readonly from?: number;
  readonly to?: number;
  /** How many kinds of personal data exist: a `documents.generated` event masking all of them handed over none. */
  readonly sensitivityKinds: number;
}

function accessLogWhere(q: AccessLogQuery): SQL | undefined {
  return and(
    inArray(events.projectId, [...q.projectIds]), inArray(events.type, [...q.types]),
    // A package generated with every kind masked handed over no personal data.
    or(ne(events.type, 'documents.generated'), sql`coalesce(json_array_length(${events.data}, '$.maskedKinds'), 0) < ${q.sensitivityKinds}`),
    ...(q.actorId ? [eq(events.actorId, q.actorId)] : []), ...(q.from !== undefined ? [gte(events.at, q.from)] : []), ...(q.to !== undefined ? [lt(events.at, q.to)] : []),
  );
}

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
  /** One page of access-log events, newest first (uses events_project_type_idx). */
  accessLogPage(db: Db, q: AccessLogQuery, page: { limit: number; offset: number }) {
    if (q.projectIds.length === 0 || q.types.length === 0) return [];
    return db.select().from(events).where(accessLogWhere(q)).orderBy(desc(events.seq)).limit(page.limit).offset(page.offset).all();
  },
  /** How many access-log events match. */
  accessLogCount(db: Db, q: AccessLogQuery): number {
    if (q.projectIds.length === 0 || q.types.length === 0) return 0;
    return db.select({ n: count() }).from(events).where(accessLogWhere(q)).get()?.n ?? 0;
  },
};
