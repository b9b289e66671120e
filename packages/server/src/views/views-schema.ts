// Drizzle table of saved tracking views (追踪表视图). Listed in drizzle.config.ts; created by the
// drizzle migrations.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { projects, users } from '../db/schema.js';

/** The saved part of a view: visible columns, filters and sort, as the records API takes them. */
export interface ViewSpecJson {
  readonly columns: string[];
  readonly filters: { field: string; op: string; value: string | number | boolean }[];
  readonly sort: string;
}

export const savedViews = sqliteTable('saved_views', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  formKey: text('form_key').notNull(),
  name: text('name').notNull(),
  ownerId: text('owner_id').notNull().references(() => users.id),
  /** 1 = every member of the project sees it; 0 = only the owner. */
  shared: integer('shared', { mode: 'boolean' }).notNull().default(false),
  spec: text('spec', { mode: 'json' }).$type<ViewSpecJson>().notNull(),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [index('saved_views_project_form_idx').on(t.projectId, t.formKey, t.ownerId)]);
