import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { files } from '../db/schema.js';

/** Attachment rows (the bytes live on disk, outside the web root): all their SQL. */
export const filesRepo = {
  insert(db: Db, row: typeof files.$inferInsert): void {
    db.insert(files).values(row).run();
  },
  find(db: Db, projectId: string, id: string) {
    return db.select().from(files).where(and(eq(files.projectId, projectId), eq(files.id, id))).get();
  },
};
