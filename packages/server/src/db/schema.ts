// Drizzle schema of the SiteFlow database. Portable on purpose: text ids, integer epoch-ms times,
// JSON as text, no SQLite-only features beyond what PostgreSQL also has (unique/partial-free indexes).
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

const json = <T>(name: string) => text(name, { mode: 'json' }).$type<T>();

export const organisations = sqliteTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const regions = sqliteTable('regions', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('regions_org_idx').on(t.organisationId)]);

export const projects = sqliteTable('projects', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  regionId: text('region_id').notNull().references(() => regions.id),
  name: text('name').notNull(),
  city: text('city'),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('projects_region_idx').on(t.regionId), index('projects_org_idx').on(t.organisationId)]);

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull().default(false),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
}, (t) => [uniqueIndex('users_username_uq').on(t.username)]);

/** A role held by a user on one project, on every project of a region, or organisation-wide. */
export const memberships = sqliteTable('memberships', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  organisationId: text('organisation_id').notNull().references(() => organisations.id),
  regionId: text('region_id').references(() => regions.id),
  projectId: text('project_id').references(() => projects.id),
  role: text('role').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [
  index('memberships_user_idx').on(t.userId),
  index('memberships_project_role_idx').on(t.projectId, t.role),
  uniqueIndex('memberships_uq').on(t.userId, t.organisationId, t.regionId, t.projectId, t.role),
]);

export const sessions = sqliteTable('sessions', {
  /** sha256 of the cookie token: a stolen database does not yield live sessions. */
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: integer('created_at').notNull(),
  lastSeenAt: integer('last_seen_at').notNull(),
}, (t) => [index('sessions_user_idx').on(t.userId)]);

export const apiTokens = sqliteTable('api_tokens', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
}, (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)]);

/** Forms, flows and rules of a project: one editable draft each, with optimistic version. */
export const definitions = sqliteTable('definitions', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  name: json<{ zh: string; en: string }>('name').notNull(),
  draft: json<Record<string, unknown>>('draft').notNull(),
  version: integer('version').notNull().default(1),
  latestVersion: integer('latest_version'),
  updatedBy: text('updated_by').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [uniqueIndex('definitions_uq').on(t.projectId, t.kind, t.key)]);

/** Published, immutable versions of a definition. */
export const definitionVersions = sqliteTable('definition_versions', {
  id: text('id').primaryKey(),
  definitionId: text('definition_id').notNull().references(() => definitions.id),
  projectId: text('project_id').notNull().references(() => projects.id),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  version: integer('version').notNull(),
  body: json<Record<string, unknown>>('body').notNull(),
  note: text('note').notNull().default(''),
  publishedBy: text('published_by').notNull(),
  publishedAt: integer('published_at').notNull(),
}, (t) => [
  uniqueIndex('definition_versions_uq').on(t.definitionId, t.version),
  index('definition_versions_key_idx').on(t.projectId, t.kind, t.key, t.version),
]);

export const records = sqliteTable('records', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  formKey: text('form_key').notNull(),
  formVersion: integer('form_version').notNull(),
  data: json<Record<string, unknown>>('data').notNull(),
  /** Lower-cased text + pinyin (full and initials) of non-sensitive-number fields, for `q`. */
  searchText: text('search_text').notNull(),
  title: text('title').notNull().default(''),
  status: text('status').notNull().default('open'),
  ownerId: text('owner_id').notNull().references(() => users.id),
  createdBy: text('created_by').notNull().references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [
  index('records_project_form_idx').on(t.projectId, t.formKey, t.createdAt),
  index('records_owner_idx').on(t.ownerId),
]);

export const instances = sqliteTable('instances', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  recordId: text('record_id').notNull().references(() => records.id),
  flowKey: text('flow_key').notNull(),
  flowVersion: integer('flow_version').notNull(),
  state: json<Record<string, unknown>>('state').notNull(),
  status: text('status').notNull(),
  nextWakeAt: integer('next_wake_at'),
  startedBy: text('started_by').notNull().references(() => users.id),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [
  index('instances_wake_idx').on(t.status, t.nextWakeAt),
  index('instances_record_idx').on(t.recordId),
  index('instances_started_by_idx').on(t.startedBy),
]);

/** Projection of the open and closed tasks of instance states, for inbox queries. */
export const tasks = sqliteTable('tasks', {
  id: text('id').primaryKey(),
  instanceId: text('instance_id').notNull().references(() => instances.id),
  projectId: text('project_id').notNull().references(() => projects.id),
  nodeId: text('node_id').notNull(),
  name: json<{ zh: string; en: string }>('name'),
  status: text('status').notNull(),
  dueAt: integer('due_at'),
  escalationLevel: integer('escalation_level').notNull().default(0),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  closedAt: integer('closed_at'),
}, (t) => [
  index('tasks_status_due_idx').on(t.status, t.dueAt),
  index('tasks_instance_idx').on(t.instanceId),
  // 项目待办: one project's open or closed steps, the closed ones newest first, without reading other projects' years of steps.
  index('tasks_project_status_idx').on(t.projectId, t.status, t.closedAt),
]);

/** Who a task is for (assignee) or copied to (cc). */
export const taskAssignees = sqliteTable('task_assignees', {
  taskId: text('task_id').notNull().references(() => tasks.id),
  userId: text('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
}, (t) => [
  uniqueIndex('task_assignees_uq').on(t.taskId, t.userId, t.kind),
  index('task_assignees_user_idx').on(t.userId, t.kind),
]);

/** Append-only audit log. */
export const events = sqliteTable('events', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  id: text('id').notNull(),
  projectId: text('project_id').references(() => projects.id),
  instanceId: text('instance_id'),
  recordId: text('record_id'),
  taskId: text('task_id'),
  type: text('type').notNull(),
  actorId: text('actor_id'),
  at: integer('at').notNull(),
  data: json<Record<string, unknown>>('data').notNull(),
}, (t) => [
  uniqueIndex('events_id_uq').on(t.id),
  index('events_instance_idx').on(t.instanceId, t.seq),
  index('events_record_idx').on(t.recordId, t.seq),
  index('events_project_type_idx').on(t.projectId, t.type),
]);

/** Effects to carry out after commit; `dedupe_key` makes each effect happen once. */
export const outbox = sqliteTable('outbox', {
  id: text('id').primaryKey(),
  projectId: text('project_id').references(() => projects.id),
  kind: text('kind').notNull(),
  dedupeKey: text('dedupe_key').notNull(),
  payload: json<Record<string, unknown>>('payload').notNull(),
  status: text('status').notNull(),
  attempts: integer('attempts').notNull().default(0),
  nextAttemptAt: integer('next_attempt_at').notNull(),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
  doneAt: integer('done_at'),
}, (t) => [
  uniqueIndex('outbox_dedupe_uq').on(t.dedupeKey),
  index('outbox_status_next_idx').on(t.status, t.nextAttemptAt),
]);

export const notifications = sqliteTable('notifications', {
  id: text('id').primaryKey(),
  userId: text('user_id').notNull().references(() => users.id),
  projectId: text('project_id').references(() => projects.id),
  dedupeKey: text('dedupe_key').notNull(),
  title: json<{ zh: string; en: string }>('title').notNull(),
  body: json<{ zh: string; en: string }>('body'),
  link: text('link'),
  readAt: integer('read_at'),
  createdAt: integer('created_at').notNull(),
}, (t) => [
  uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey, t.userId),
  index('notifications_user_idx').on(t.userId, t.createdAt),
]);

/** Escalations and timers already fired: the unique key makes each one fire once. */
export const wakeups = sqliteTable('wakeups', {
  instanceId: text('instance_id').notNull().references(() => instances.id),
  step: text('step').notNull(),
  kind: text('kind').notNull(),
  dueAt: integer('due_at').notNull(),
  firedAt: integer('fired_at').notNull(),
}, (t) => [uniqueIndex('wakeups_uq').on(t.instanceId, t.step, t.kind, t.dueAt)]);

export const files = sqliteTable('files', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  name: text('name').notNull(),
  mediaType: text('media_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  content: text('content'),
  createdBy: text('created_by').notNull().references(() => users.id),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('files_project_idx').on(t.projectId)]);

export const calendars = sqliteTable('calendars', {
  projectId: text('project_id').primaryKey().references(() => projects.id),
  body: json<Record<string, unknown>>('body').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: integer('updated_at').notNull(),
});

/** 流水号 counters: the last automatic number given per project, form, field and date part (e.g. 202611). */
export const autoNumbers = sqliteTable('auto_numbers', {
  projectId: text('project_id').notNull().references(() => projects.id),
  formKey: text('form_key').notNull(),
  path: text('path').notNull(),
  period: text('period').notNull(),
  last: integer('last').notNull(),
}, (t) => [primaryKey({ columns: [t.projectId, t.formKey, t.path, t.period] })]);

export const idempotencyKeys = sqliteTable('idempotency_keys', {
  userId: text('user_id').notNull(),
  key: text('key').notNull(),
  requestHash: text('request_hash').notNull(),
  status: integer('status').notNull(),
  response: json<unknown>('response'),
  createdAt: integer('created_at').notNull(),
}, (t) => [uniqueIndex('idempotency_keys_uq').on(t.userId, t.key), index('idempotency_keys_created_idx').on(t.createdAt)]);

/** People linked to an instance other than through an open task: copied 抄送 (`cc`). */
export const instanceUsers = sqliteTable('instance_users', {
  instanceId: text('instance_id').notNull().references(() => instances.id),
  userId: text('user_id').notNull().references(() => users.id),
  kind: text('kind').notNull(),
  createdAt: integer('created_at').notNull(),
}, (t) => [
  uniqueIndex('instance_users_uq').on(t.instanceId, t.userId, t.kind),
  index('instance_users_user_idx').on(t.userId, t.kind, t.createdAt),
]);

/** Group robots 群机器人 of a project (WeCom / DingTalk / Feishu webhooks), referenced by key from flows. */
export const robots = sqliteTable('robots', {
  id: text('id').primaryKey(),
  projectId: text('project_id').notNull().references(() => projects.id),
  key: text('key').notNull(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: integer('created_at').notNull(),
}, (t) => [uniqueIndex('robots_uq').on(t.projectId, t.key)]);
