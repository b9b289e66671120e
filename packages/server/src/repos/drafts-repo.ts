import { and, desc, eq, getTableName, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { recordFormDrafts, startFormDrafts, type DraftsTable } from '../drafts/schema.js';
import { prepared } from './prepared.js';

/** A stored draft (start form or record form; `key` is the flow's or the form's key). */
export type DraftRow = DraftsTable['$inferSelect'];

type Value = string | ReturnType<typeof sql.placeholder>;

/** Returns the SQL of one drafts table. Every query is scoped to one user (drafts are owner-only). */
function draftsRepoOf(table: DraftsTable) {
  const mine = (userId: Value, projectId: Value, key: Value) =>
    and(eq(table.userId, userId), eq(table.projectId, projectId), eq(table.key, key));
  const removeName = `drafts.remove.${getTableName(table)}`;
  return {
    /** The user's drafts in a project, most recently saved first. */
    listMine(db: Db, userId: string, projectId: string): DraftRow[] {
      return db.select().from(table)
        .where(and(eq(table.userId, userId), eq(table.projectId, projectId)))
        .orderBy(desc(table.updatedAt), table.key).all();
    },
    find(db: Db, userId: string, projectId: string, key: string): DraftRow | undefined {
      return db.select().from(table).where(mine(userId, projectId, key)).get();
    },
    /** Inserts version 1; returns false when the user already has a draft with that key. */
    insert(db: Db, row: Omit<DraftRow, 'version'>): boolean {
      return db.insert(table).values({ ...row, version: 1 }).onConflictDoNothing().run().changes === 1;
    },
    /** Replaces the data when the stored version is `version`; returns false when it is not. */
    update(db: Db, userId: string, projectId: string, key: string, version: number, data: Record<string, unknown>, at: number): boolean {
      return db.update(table).set({ data, version: version + 1, updatedAt: at })
        .where(and(mine(userId, projectId, key), eq(table.version, version))).run().changes === 1;
    },
    /** Deletes the user's draft (the discard button, or the flow was started / the record created); true when one existed. */
    remove(db: Db, userId: string, projectId: string, key: string): boolean {
      // Prepared once: every flow start and record creation runs it.
      const stmt = prepared(db, removeName, () => db.delete(table)
        .where(mine(sql.placeholder('userId'), sql.placeholder('projectId'), sql.placeholder('key'))).prepare());
      return stmt.run({ userId, projectId, key }).changes === 1;
    },
  };
}

/** The SQL of one kind of drafts. */
export type DraftsRepo = ReturnType<typeof draftsRepoOf>;

/** Start-form drafts (keyed by flow): all their SQL. */
export const draftsRepo: DraftsRepo = draftsRepoOf(startFormDrafts);

/** Record-form drafts (keyed by form, 登记记录): all their SQL. */
export const recordDraftsRepo: DraftsRepo = draftsRepoOf(recordFormDrafts);
