// Drizzle tables of server-side drafts (one per user, project and key): start forms of flows, and
// record forms (登记记录). Listed in drizzle.config.ts; created by the drizzle migrations.
import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects, users } from '../db/schema.js';

/** Returns a drafts table whose rows are keyed by user, project and `keyColumn`; both kinds share one shape (and one repo). Pure. */
function draftsTable(name: string, keyColumn: string) {
  return sqliteTable(name, {
    userId: text('user_id').notNull().references(() => users.id),
    projectId: text('project_id').notNull().references(() => projects.id),
    key: text(keyColumn).notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: integer('updated_at').notNull(),
  }, (t) => [primaryKey({ columns: [t.userId, t.projectId, t.key] })]);
}

/** A drafts table (see draftsTable). */
export type DraftsTable = ReturnType<typeof draftsTable>;

/**
 * Start-form drafts 草稿 (key: the flow's key): what a user typed before starting a flow, kept so it
 * follows them to another device. May hold personal data: read and written for its owner only, never logged.
 */
export const startFormDrafts: DraftsTable = draftsTable('start_form_drafts', 'flow_key');

/** Record-form drafts 草稿 (key: the form's key): what a user typed before logging a record (登记记录); same rules. */
export const recordFormDrafts: DraftsTable = draftsTable('record_form_drafts', 'form_key');
