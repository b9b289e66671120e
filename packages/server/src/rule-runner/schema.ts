// Drizzle tables of the rule runner: one row per rule firing (the dedupe key makes a rule fire once
// per record per window) and the schedule bookkeeping of scheduled rules. See ./index.ts for wiring.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { projects } from '../db/schema.js';

/** What one firing did: each action's kind, its dedupe key and the ids it produced (no personal data). */
export interface FiredAction {
  readonly kind: 'startFlow' | 'createTask' | 'notify' | 'setFields' | 'alert';
  readonly dedupeKey: string;
  readonly instanceId?: string;
  readonly recordId?: string;
  readonly users?: readonly string[];
  readonly fields?: readonly string[];
  readonly level?: string;
}

/**
 * Rule firings 规则触发记录. `(project_id, rule_key, subject_id, window_key)` is unique: a second
 * attempt in the same window (a retry, a catch-up pass, a second process) inserts nothing.
 */
export const ruleFirings = sqliteTable('rule_firings', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  ruleKey: text('rule_key').notNull(),
  ruleVersion: integer('rule_version').notNull(),
  /** The record the rule ran on, or `project` for record-less scheduled rules. */
  subjectId: text('subject_id').notNull(),
  /** `created`, `changed:<local day>`, `schedule:<occurrence ms>`, `manual:<ms>`. */
  windowKey: text('window_key').notNull(),
  trigger: text('trigger').notNull(),
  actorId: text('actor_id'),
  actions: text('actions', { mode: 'json' }).$type<FiredAction[]>().notNull(),
  firedAt: integer('fired_at').notNull(),
}, (t) => [
  uniqueIndex('rule_firings_uq').on(t.projectId, t.ruleKey, t.subjectId, t.windowKey),
  index('rule_firings_subject_idx').on(t.subjectId, t.firedAt),
]);

/** Next run of each scheduled rule of a project (cron in the project calendar's local time). */
export const ruleSchedule = sqliteTable('rule_schedule', {
  projectId: text('project_id').notNull().references(() => projects.id),
  ruleKey: text('rule_key').notNull(),
  /** The rule version the schedule was computed for (a new version recomputes it). */
  ruleVersion: integer('rule_version').notNull(),
  nextAt: integer('next_at'),
  lastAt: integer('last_at'),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [
  uniqueIndex('rule_schedule_uq').on(t.projectId, t.ruleKey),
  index('rule_schedule_next_idx').on(t.nextAt),
]);
