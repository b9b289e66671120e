import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { startFormDrafts } from '../drafts/schema.js';
import { prepared } from './prepared.js';

/** A stored start-form draft. */
export type DraftRow = typeof startFormDrafts.$inferSelect;

type Value = string | ReturnType<typeof sql.placeholder>;

const mine = (userId: Value, projectId: Value, flowKey: Value) =>
  and(eq(startFormDrafts.userId, userId), eq(startFormDrafts.projectId, projectId), eq(startFormDrafts.flowKey, flowKey));

/** Start-form drafts: all their SQL. Every query is scoped to one user (drafts are owner-only). */
export const draftsRepo = {
  /** The user's drafts in a project, most recently saved first. */
  listMine(db: Db, userId: string, projectId: string): DraftRow[] {
    return db.select().from(startFormDrafts)
      .where(and(eq(startFormDrafts.userId, userId), eq(startFormDrafts.projectId, projectId)))
      .orderBy(desc(startFormDrafts.updatedAt), startFormDrafts.flowKey).all();
  },
  find(db: Db, userId: string, projectId: string, flowKey: string): DraftRow | undefined {
    return db.select().from(startFormDrafts).where(mine(userId, projectId, flowKey)).get();
  },
  /** Inserts version 1; returns false when the user already has a draft for that flow. */
  insert(db: Db, row: Omit<DraftRow, 'version'>): boolean {
    return db.insert(startFormDrafts).values({ ...row, version: 1 }).onConflictDoNothing().run().changes === 1;
  },
  /** Replaces the data when the stored version is `version`; returns false when it is not. */
  update(db: Db, userId: string, projectId: string, flowKey: string, version: number, data: Record<string, unknown>, at: number): boolean {
    return db.update(startFormDrafts).set({ data, version: version + 1, updatedAt: at })
      .where(and(mine(userId, projectId, flowKey), eq(startFormDrafts.version, version))).run().changes === 1;
  },
  /** Deletes the user's draft for a flow (the discard button, or the flow was started); true when one existed. */
  remove(db: Db, userId: string, projectId: string, flowKey: string): boolean {
    // Prepared once: every flow start runs it.
    const stmt = prepared(db, 'drafts.remove', () => db.delete(startFormDrafts)
      .where(mine(sql.placeholder('userId'), sql.placeholder('projectId'), sql.placeholder('flowKey'))).prepare());
    return stmt.run({ userId, projectId, flowKey }).changes === 1;
  },
};
