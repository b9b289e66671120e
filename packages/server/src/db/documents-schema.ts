// Drizzle tables of generated files: legal's replacement document templates, the document packages
// attached to case records, and the monthly report archive. Read and written only through their
// repositories in src/repos.
import { blob, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects } from './schema.js';

/** Legal's replacement .docx of one document of a project's package (absent = the shipped one). */
export const documentTemplates = sqliteTable('document_templates', {
  projectId: text('project_id').notNull().references(() => projects.id),
  documentKey: text('document_key').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  uploadedBy: text('uploaded_by').notNull(),
  uploadedAt: integer('uploaded_at').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.documentKey] })]);

/** A generated document attached to a case record; the idempotency key makes a retry attach nothing new. */
export const documentAttachments = sqliteTable('document_attachments', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  recordId: text('record_id').notNull(),
  idempotencyKey: text('idempotency_key'),
  documentKey: text('document_key').notNull(),
  fileName: text('file_name').notNull(),
  size: integer('size').notNull(),
  bytes: blob('bytes', { mode: 'buffer' }).notNull(),
  reason: text('reason').notNull(),
  generatedBy: text('generated_by').notNull(),
  /** JSON list of the personal-data kinds masked in this copy. */
  maskedKinds: text('masked_kinds').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [uniqueIndex('document_attachments_key_uq').on(t.projectId, t.recordId, t.idempotencyKey, t.documentKey)]);

/** The 《退筹动因分析报告》 of one project and month, generated once and kept. */
export const reportArchive = sqliteTable('report_archive', {
  projectId: text('project_id').notNull().references(() => projects.id),
  month: text('month').notNull(),
  reportJson: text('report_json').notNull(),
  xlsx: blob('xlsx', { mode: 'buffer' }).notNull(),
  docx: blob('docx', { mode: 'buffer' }).notNull(),
  generatedAt: integer('generated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.month] })]);
