import { createRuleRunner } from '../rule-runner/index.js';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { recordsRepo } from '../repos/records-repo.js';
import { ApiError, notFound, versionConflict } from '../http/api-error.js';
import { newId } from '../db/ids.js';
import { withAutoNumbers } from './auto-numbers.js';
import { recordEvent } from './audit.js';
import { publishedForm, requireValidData } from './form-versions.js';
import { recordSearchText, recordView, seesClear } from './record-view.js';
import { parseRecordQuery } from './record-query.js';
import { getPath } from './fields.js';
import { eventsRepo } from '../repos/events-repo.js';
import { changedKeys } from './changed-keys.js';
import { recordHistory } from './record-history.js';

/** Query of GET /records. */
export interface ListRecordsInput {
  readonly form?: string;
  readonly q?: string;
  readonly filter?: string;
  readonly sort?: string;
  readonly page: number;
  readonly pageSize: number;
}

function load(ctx: AppContext, user: AuthUser, projectId: string, id: string) {
  rolesOn(user.access, projectId);
  const row = recordsRepo.find(ctx.db, projectId, id);
  if (!row) throw notFound('record');
  return row;
}

/** Records of a project: list/search, create, read, patch, audited unmask. */
export const recordService = {
  list(ctx: AppContext, user: AuthUser, projectId: string, input: ListRecordsInput) {
    rolesOn(user.access, projectId);
    const form = input.form ? publishedForm(ctx, projectId, input.form) : null;
    const { filters, sort } = parseRecordQuery(input.filter, input.sort, form?.fields ?? null, hasAnyRole(user.access, projectId, clearPersonalDataRoles));
    const { items, total } = recordsRepo.query(ctx.db, { projectId, formKey: input.form, q: input.q?.trim() || undefined, filters, sort, page: input.page, pageSize: input.pageSize });
    return {
      items: items.map((row) => recordView(user, publishedForm(ctx, projectId, row.formKey, row.formVersion), row)),
      total, page: input.page, pageSize: input.pageSize,
    };
  },
  /** Creates a record owned by the caller (data validated by the runtime against the latest published form). */
  create(ctx: AppContext, user: AuthUser, projectId: string, formKey: string, data: Record<string, unknown>) {
    rolesOn(user.access, projectId);
    const row = insertRecord(ctx, user, projectId, formKey, data);
    return recordView(user, publishedForm(ctx, projectId, formKey, row.formVersion), row);
  },
  get(ctx: AppContext, user: AuthUser, projectId: string, id: string) {
    const row = load(ctx, user, projectId, id);
    return recordView(user, publishedForm(ctx, projectId, row.formKey, row.formVersion), row);
  },
  /** Merges `data` into the record (top-level fields) and re-validates; 409 when `version` is stale. */
  patch(ctx: AppContext, user: AuthUser, projectId: string, id: string, data: Record<string, unknown>, version: number) {
    const row = load(ctx, user, projectId, id);
    if (!seesClear(user, row) && !hasAnyRole(user.access, projectId, ['salesSupervisor'])) throw new ApiError('AUTH_FORBIDDEN');
    if (row.version !== version) throw versionConflict(row.version);
    const form = publishedForm(ctx, projectId, row.formKey, row.formVersion);
    // `previous` lets fields a user may not edit (e.g. set by a rule: riskLevel) keep their stored value.
    const merged = requireValidData(form, { ...row.data, ...data }, { previous: row.data });
    const now = ctx.clock.now();
    if (!recordsRepo.update(ctx.db, id, version, { data: merged, searchText: recordSearchText(form, merged), updatedAt: now })) throw versionConflict(row.version);
    recordEvent(ctx, { projectId, recordId: id, type: 'record.updated', actorId: user.id, data: { fields: Object.keys(data) } });
    // The project's recordChanged rules, in this same transaction.
    const changed = changedKeys(row.data, merged);
    if (changed.length > 0) createRuleRunner({ ctx }).onRecordChanged(projectId, row, { ...row, data: merged }, changed, { ctx, actorId: user.id });
    const current = recordsRepo.find(ctx.db, projectId, id) ?? { ...row, data: merged, updatedAt: now, version: version + 1 };
    return recordView(user, form, current);
  },
  /** Returns one sensitive field in clear and writes an audit event (who, which record, which field). */
  unmask(ctx: AppContext, user: AuthUser, projectId: string, id: string, field: string) {
    const row = load(ctx, user, projectId, id);
    const form = publishedForm(ctx, projectId, row.formKey, row.formVersion);
    const info = form.fields.find((f) => f.key === field);
    if (!info?.sensitivity) throw new ApiError('API_FIELD_NOT_SENSITIVE', { field });
    recordEvent(ctx, { projectId, recordId: id, type: 'record.unmasked', actorId: user.id, data: { field } });
    return { field, value: getPath(row.data, field) ?? null };
  },
  /** The story of a record: its flows (newest first, with open steps and holders) and every audit event (with actor names), oldest first. */
  history(ctx: AppContext, user: AuthUser, projectId: string, id: string) {
    const row = load(ctx, user, projectId, id);
    return recordHistory(ctx, projectId, id, row.ownerId);
  },
  /** Unmask audit of a record: who unmasked which field when. */
  unmaskAudit(ctx: AppContext, user: AuthUser, projectId: string, id: string) {
    load(ctx, user, projectId, id);
    return eventsRepo.ofRecord(ctx.db, id).filter((e) => e.type === 'record.unmasked').map((e) => ({ at: e.at, actorId: e.actorId, field: String(e.data.field) }));
  },
};

/** Validates and inserts a record (inside the caller's transaction). Returns the row. */
export function insertRecord(ctx: AppContext, user: AuthUser, projectId: string, formKey: string, data: Record<string, unknown>) {
  const form = publishedForm(ctx, projectId, formKey);
  const now = ctx.clock.now();
  const clean = withAutoNumbers(ctx, projectId, form, requireValidData(form, data), now);
  const row = {
    id: newId('rec'), projectId, formKey, formVersion: form.version, data: clean, searchText: recordSearchText(form, clean), title: '',
    status: 'open', ownerId: user.id, createdBy: user.id, version: 1, createdAt: now, updatedAt: now,
  };
  recordsRepo.insert(ctx.db, row);
  recordEvent(ctx, { projectId, recordId: row.id, type: 'record.created', actorId: user.id, data: { formKey, formVersion: form.version } });
  // The project's recordCreated rules, in this same transaction (each fires once per record).
  createRuleRunner({ ctx }).onRecordCreated(projectId, row, { ctx, actorId: user.id });
  return row;
}
