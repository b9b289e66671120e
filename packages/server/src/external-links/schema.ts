// Drizzle tables of signed one-time links 一次性对接链接 for people without an account (e.g. the
// 教育局 contact). Listed in drizzle.config.ts; created by the drizzle migrations.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects, tasks, users } from '../db/schema.js';

/** One issued link: which task it completes, who issued it, for whom, which fields, until when. */
export const externalLinks = sqliteTable('external_links', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  taskId: text('task_id').notNull().references(() => tasks.id),
  instanceId: text('instance_id').notNull(),
  issuedBy: text('issued_by').notNull().references(() => users.id),
  contactName: text('contact_name').notNull(),
  contact: text('contact'),
  fields: text('fields', { mode: 'json' }).$type<string[]>().notNull(),
  /** Values set by the issuer when the link is used, e.g. `{ confirmedBy: 'bureauLink' }`. */
  preset: text('preset', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  expiresAt: integer('expires_at').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('external_links_task_idx').on(t.taskId)]);

/** The single use of a link: the primary key makes a second use impossible. */
export const externalLinkUses = sqliteTable('external_link_uses', {
  linkId: text('link_id').primaryKey().references(() => externalLinks.id),
  usedAt: integer('used_at').notNull(),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  note: text('note'),
});

/** The HMAC secret of this installation (one row, created on first use, kept across restarts). */
export const externalLinkKeys = sqliteTable('external_link_keys', {
  id: text('id').primaryKey(),
  secret: text('secret').notNull(),
  createdAt: integer('created_at').notNull(),
});
