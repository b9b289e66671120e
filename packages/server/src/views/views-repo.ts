import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { savedViews } from './views-schema.js';

/** A saved view row. */
export type SavedViewRow = typeof savedViews.$inferSelect;

/** Saved tracking views: all their SQL. */
export const viewsRepo = {
  /** Views of a form the user sees: their own and the shared ones, by name. */
  listVisible(db: Db, projectId: string, formKey: string | undefined, userId: string): SavedViewRow[] {
    const scope = and(eq(savedViews.projectId, projectId), or(eq(savedViews.ownerId, userId), eq(savedViews.shared, true)));
    return db.select().from(savedViews).where(formKey ? and(scope, eq(savedViews.formKey, formKey)) : scope).orderBy(savedViews.name).all();
  },
  find(db: Db, projectId: string, id: string): SavedViewRow | undefined {
    return db.select().from(savedViews).where(and(eq(savedViews.projectId, projectId), eq(savedViews.id, id))).get();
  },
  insert(db: Db, row: typeof savedViews.$inferInsert): void {
    db.insert(savedViews).values(row).run();
  },
  /** Updates when `version` still matches; false when someone saved first. */
  update(db: Db, id: string, version: number, patch: Pick<SavedViewRow, 'name' | 'shared' | 'spec' | 'updatedAt'>): boolean {
    return db.update(savedViews).set({ ...patch, version: version + 1 }).where(and(eq(savedViews.id, id), eq(savedViews.version, version))).run().changes === 1;
  },
  remove(db: Db, id: string): boolean {
    return db.delete(savedViews).where(eq(savedViews.id, id)).run().changes === 1;
  },
};
