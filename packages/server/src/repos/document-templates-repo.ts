import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { documentTemplates } from '../db/documents-schema.js';

/** Legal's uploaded .docx of one document: its bytes, who uploaded it and when. */
export interface DocumentTemplateFile {
  readonly bytes: Uint8Array;
  readonly uploadedBy: string;
  readonly uploadedAt: number;
}

const ofKey = (projectId: string, documentKey: string) => and(eq(documentTemplates.projectId, projectId), eq(documentTemplates.documentKey, documentKey));

/** Replacement document templates of projects, one per document key: all their SQL. */
export const documentTemplatesRepo = {
  /** The project's uploaded template of `documentKey`, or undefined (the shipped one applies). */
  find(db: Db, projectId: string, documentKey: string): (DocumentTemplateFile & { bytes: Buffer }) | undefined {
    return db.select({ bytes: documentTemplates.bytes, uploadedBy: documentTemplates.uploadedBy, uploadedAt: documentTemplates.uploadedAt })
      .from(documentTemplates).where(ofKey(projectId, documentKey)).get();
  },
  /** Stores the template of `documentKey`, replacing an earlier upload. */
  upsert(db: Db, projectId: string, documentKey: string, file: DocumentTemplateFile): void {
    const fields = { bytes: Buffer.from(file.bytes), uploadedBy: file.uploadedBy, uploadedAt: file.uploadedAt };
    db.insert(documentTemplates).values({ projectId, documentKey, ...fields })
      .onConflictDoUpdate({ target: [documentTemplates.projectId, documentTemplates.documentKey], set: fields }).run();
  },
  /** Deletes the template of `documentKey` (the shipped one applies again); nothing when none was uploaded. */
  remove(db: Db, projectId: string, documentKey: string): void {
    db.delete(documentTemplates).where(ofKey(projectId, documentKey)).run();
  },
};
