// Drizzle table of server-side drafts of start forms (one per user, project and flow).
// Listed in drizzle.config.ts; created by the drizzle migrations.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects, users } from '../db/schema.js';

/**
 * A start-form draft 草稿: what a user typed before starting a flow, kept so it follows them to
 * another device. May hold personal data: read and written for its owner only, never logged.
 */
export const startFormDrafts = sqliteTable('start_form_drafts', {
  userId: text('user_id').notNull().references(() => users.id),
  projectId: text('project_id').notNull().references(() => projects.id),
  flowKey: text('flow_key').notNull(),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.userId, t.projectId, t.flowKey] })]);
