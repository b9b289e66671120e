import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { autoNumbers, records } from '../db/schema.js';

/** 流水号 counters and the look-up that keeps numbers unique: all their SQL. */
export const autoNumbersRepo = {
  /** Takes the next sequence number of a counter (1 for a new one), in the caller's transaction. */
  next(db: Db, key: { projectId: string; formKey: string; path: string; period: string }): number {
    const row = db.insert(autoNumbers).values({ ...key, last: 1 })
      .onConflictDoUpdate({ target: [autoNumbers.projectId, autoNumbers.formKey, autoNumbers.path, autoNumbers.period], set: { last: sql`${autoNumbers.last} + 1` } })
      .returning({ last: autoNumbers.last }).get();
    return row.last;
  },
  /** Whether a record of the project's form already holds `value` at the data path (typed in by hand, or imported). */
  taken(db: Db, projectId: string, formKey: string, path: string, value: string): boolean {
    const jsonPath = `$.${path}`;
    return db.select({ one: sql`1` }).from(records)
      .where(and(eq(records.projectId, projectId), eq(records.formKey, formKey), sql`json_extract(${records.data}, ${jsonPath}) = ${value}`))
      .limit(1).get() !== undefined;
  },
};
