// Drizzle table of CRM communication logs 沟通记录 (pushed by API token or imported from CSV/XLSX),
// each stored with its sentiment analysis. Listed in drizzle.config.ts; created by the drizzle migrations.
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects } from '../db/schema.js';

/** A term that fired in a message (runtime `analyzeText` hit, trimmed for storage). */
export interface StoredHit {
  readonly term: string;
  readonly matched: string;
  readonly weight: number;
  readonly negated: boolean;
  readonly category?: string;
}

/** An alert a rule raised for a message: the rule, the level (if any), who was told and the terms. */
export interface StoredAlert {
  readonly ruleKey: string;
  readonly level: string | null;
  readonly users: readonly string[];
  readonly terms: readonly string[];
  readonly index: number;
}

export const commLogs = sqliteTable('comm_logs', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  /** The CRM's message id: pushing or importing it again changes nothing. */
  externalId: text('external_id').notNull(),
  customerId: text('customer_id').notNull(),
  customerName: text('customer_name'),
  consultant: text('consultant'),
  channel: text('channel'),
  /** `customer` or `staff`. */
  fromParty: text('from_party').notNull(),
  text: text('text').notNull(),
  at: integer('at').notNull(),
  /** `crmPush` or `import`. */
  source: text('source').notNull(),
  score: real('score').notNull(),
  hits: text('hits', { mode: 'json' }).$type<StoredHit[]>().notNull(),
  /** Customer's 7-day sentiment index when this message arrived. */
  windowIndex: real('window_index').notNull(),
  alerts: text('alerts', { mode: 'json' }).$type<StoredAlert[]>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [
  uniqueIndex('comm_logs_external_uq').on(t.projectId, t.externalId),
  index('comm_logs_customer_idx').on(t.projectId, t.customerId, t.at),
]);
