import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/open.js';
import { documentAttachments } from '../db/documents-schema.js';

/** A generated document attached to a case record, without its bytes. */
export interface DocumentAttachmentSummary {
  readonly id: string;
  readonly documentKey: string;
  readonly fileName: string;
  readonly size: number;
}

/** What attaching one generated document stores; the size is that of `bytes`. */
export interface NewDocumentAttachment {
  readonly id: string;
  readonly projectId: string;
  readonly recordId: string;
  /** The request's Idempotency-Key: a retry with it finds this row instead of attaching a copy. */
  readonly idempotencyKey: string | null;
  readonly documentKey: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly reason: string;
  readonly generatedBy: string;
  readonly maskedKinds: readonly string[];
  readonly createdAt: number;
}

const summary = { id: documentAttachments.id, documentKey: documentAttachments.documentKey, fileName: documentAttachments.fileName, size: documentAttachments.size };
const ofRecord = (projectId: string, recordId: string) => and(eq(documentAttachments.projectId, projectId), eq(documentAttachments.recordId, recordId));

/** Generated document packages attached to case records: all their SQL. */
export const documentAttachmentsRepo = {
  /** The document `documentKey` attached to the record by an earlier request with `idempotencyKey`, or undefined. */
  findByIdempotencyKey(db: Db, projectId: string, recordId: string, idempotencyKey: string, documentKey: string): DocumentAttachmentSummary | undefined {
    return db.select(summary).from(documentAttachments)
      .where(and(ofRecord(projectId, recordId), eq(documentAttachments.idempotencyKey, idempotencyKey), eq(documentAttachments.documentKey, documentKey))).get();
  },
  insert(db: Db, row: NewDocumentAttachment): void {
    db.insert(documentAttachments).values({
      ...row, size: row.bytes.length, bytes: Buffer.from(row.bytes), maskedKinds: JSON.stringify(row.maskedKinds),
    }).run();
  },
  /** The record's documents with their generation time and masked kinds, newest first (ties by id), without bytes. */
  listOfRecord(db: Db, projectId: string, recordId: string): (DocumentAttachmentSummary & { createdAt: number; maskedKinds: string[] })[] {
    return db.select({ ...summary, createdAt: documentAttachments.createdAt, maskedKinds: documentAttachments.maskedKinds }).from(documentAttachments)
      .where(ofRecord(projectId, recordId)).orderBy(desc(documentAttachments.createdAt), asc(documentAttachments.id)).all()
      .map((r) => ({ ...r, maskedKinds: JSON.parse(r.maskedKinds) as string[] }));
  },
  /** One stored document of the record with its bytes and the personal-data kinds masked in it, or undefined. */
  find(db: Db, projectId: string, recordId: string, id: string): { fileName: string; bytes: Buffer; maskedKinds: string[] } | undefined {
    const row = db.select({ fileName: documentAttachments.fileName, bytes: documentAttachments.bytes, maskedKinds: documentAttachments.maskedKinds })
      .from(documentAttachments).where(and(ofRecord(projectId, recordId), eq(documentAttachments.id, id))).get();
    return row ? { ...row, maskedKinds: JSON.parse(row.maskedKinds) as string[] } : undefined;
  },
};
