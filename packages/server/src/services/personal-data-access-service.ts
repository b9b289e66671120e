import type { Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ApiError, apiIssue, notFound } from '../http/api-error.js';
import { eventsRepo, type AccessLogQuery } from '../repos/events-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { userNames } from './user-names.js';
import { publishedForm, type FormVersion } from './form-versions.js';
import { maskData, recordTitle } from './record-view.js';
import { commLogFieldLabels, personalDataAccessTypes, sensitivityLabels, type PersonalDataAccessType } from './personal-data-access-texts.js';
import { ALL_SENSITIVITIES } from '../documents/index.js';

/** Filters of GET /api/admin/personal-data-access (already schema-checked). */
export interface AccessLogFilters {
  readonly projectId?: string;
  readonly userId?: string;
  readonly type?: PersonalDataAccessType;
  /** First day, YYYY-MM-DD (China time), inclusive. */
  readonly from?: string;
  /** Last day, YYYY-MM-DD (China time), inclusive. */
  readonly to?: string;
}

/** A field (or kind of personal data) an access touched, with its label. */
export interface AccessedField {
  readonly key: string;
  readonly label: Message;
}

/** One entry of the access log: who, when, where, what. Never a personal value (titles are masked). */
export interface AccessEntry {
  readonly id: string;
  readonly at: number;
  readonly type: PersonalDataAccessType;
  readonly actor: { readonly id: string | null; readonly name: string; readonly roles: readonly string[] };
  readonly project: { readonly id: string; readonly name: string };
  readonly form: { readonly key: string; readonly name: Message | null } | null;
  /** The record, its title masked (张**) whoever asks, and the web app address of its page. */
  readonly record: { readonly id: string; readonly title: string; readonly link: string } | null;
  readonly fields: readonly AccessedField[];
  readonly documents: readonly string[];
  /** Rows of an export that held personal data in clear. */
  readonly rows: number | null;
  readonly commLogId: string | null;
}

const CHINA_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** Returns the epoch ms of 00:00 China time of a YYYY-MM-DD day, or throws 400 naming `field`. Pure. */
function chinaDayStart(day: string, field: 'from' | 'to'): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const at = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
  if (!m || Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== day) {
    throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field, detail: 'YYYY-MM-DD' }, `query.${field}`)]);
  }
  return at - CHINA_OFFSET_MS;
}

/** Returns the repository query of the filters for an admin; 404 for a project outside their organisation. */
export function accessLogQuery(ctx: AppContext, admin: AuthUser, f: AccessLogFilters): AccessLogQuery {
  const own = tenancyRepo.projectsOfOrganisation(ctx.db, admin.organisationId).map((p) => p.id);
  if (f.projectId !== undefined && !own.includes(f.projectId)) throw notFound('project');
  const from = f.from !== undefined ? chinaDayStart(f.from, 'from') : undefined;
  const to = f.to !== undefined ? chinaDayStart(f.to, 'to') + DAY_MS : undefined;
  if (from !== undefined && to !== undefined && to <= from) {
    throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'to', detail: '≥ from' }, 'query.to')]);
  }
  return {
    projectIds: f.projectId !== undefined ? [f.projectId] : own,
    sensitivityKinds: ALL_SENSITIVITIES.length,
    types: f.type !== undefined ? [f.type] : personalDataAccessTypes,
    ...(f.userId !== undefined ? { actorId: f.userId } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** Returns a memo of `load` by key (one lookup per project, user or form in a page). */
function memo<T>(load: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (!seen.has(key)) seen.set(key, load(key));
    return seen.get(key)!;
  };
}

function tryForm(ctx: AppContext, projectId: string, formKey: string, version?: number): FormVersion | null {
  try {
    return publishedForm(ctx, projectId, formKey, version);
  } catch {
    return null;
  }
}

function formName(form: FormVersion | null): Message | null {
  const name = (form?.definition as { name?: unknown } | undefined)?.name;
  return name && typeof name === 'object' ? name as Message : null;
}

function fieldOf(form: FormVersion | null, key: string): AccessedField {
  return { key, label: form?.fields.find((f) => f.key === key)?.label ?? { zh: key, en: key } };
}

/** Returns the entries of audit events (newest first, as given), resolving names, roles, labels and masked titles. Reads the database. */
export function accessEntries(ctx: AppContext, rows: ReturnType<typeof eventsRepo.accessLogPage>): AccessEntry[] {
  const project = memo((id) => tenancyRepo.findProject(ctx.db, id));
  const rolesOn = memo((projectId) => {
    const p = project(projectId);
    return p ? tenancyRepo.rolesByUser(ctx.db, p) : new Map<string, string[]>();
  });
  const names = userNames(ctx);
  const userName = (id: string) => names.nameOf(id) || id;
  const latestForm = memo((key) => { const [projectId, formKey] = key.split('|'); return tryForm(ctx, projectId!, formKey!); });
  return rows.map((e) => {
    const projectId = e.projectId ?? '';
    const data = e.data as Record<string, unknown>;
    const recordId = e.recordId ?? (typeof data.recordId === 'string' ? data.recordId : null);
    const row = recordId ? recordsRepo.find(ctx.db, projectId, recordId) : undefined;
    const recordForm = row ? tryForm(ctx, projectId, row.formKey, row.formVersion) : null;
    const exportForm = typeof data.formKey === 'string' ? latestForm(`${projectId}|${data.formKey}`) : null;
    const form = recordForm ?? exportForm;
    const type = e.type as PersonalDataAccessType;
    const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
    const fields: AccessedField[] =
      type === 'record.unmasked' ? [fieldOf(form, String(data.field))]
        : type === 'records.exported' ? strings(data.fields).map((k) => fieldOf(form, k))
          : type === 'commLog.unmasked' ? [{ key: String(data.field), label: commLogFieldLabels[String(data.field)] ?? { zh: String(data.field), en: String(data.field) } }]
            : (type === 'documents.downloaded' ? strings(data.clearKinds) : Object.keys(sensitivityLabels).filter((k) => !strings(data.maskedKinds).includes(k)))
              .map((k) => ({ key: k, label: sensitivityLabels[k] ?? { zh: k, en: k } }));
    return {
      id: e.id, at: e.at, type,
      actor: { id: e.actorId, name: e.actorId ? userName(e.actorId) : '', roles: e.actorId ? rolesOn(projectId).get(e.actorId) ?? [] : [] },
      project: { id: projectId, name: project(projectId)?.name ?? projectId },
      form: form ? { key: form.key, name: formName(form) } : null,
      record: recordId ? {
        id: recordId,
        title: row && recordForm ? recordTitle(recordForm, maskData(recordForm, row.data).data) : '',
        link: `/p/${encodeURIComponent(projectId)}/workspace/records/${encodeURIComponent(recordId)}`,
      } : null,
      fields,
      documents: strings(data.documents),
      rows: typeof data.clearRows === 'number' ? data.clearRows : null,
      commLogId: typeof data.logId === 'string' ? data.logId : null,
    };
  });
}

/** The organisation-wide personal-data access log (个人信息访问记录) for organisation admins. */
export const personalDataAccessService = {
  /** One page of the log, newest first, with the total. */
  list(ctx: AppContext, admin: AuthUser, filters: AccessLogFilters, page: number, pageSize: number) {
    const q = accessLogQuery(ctx, admin, filters);
    const rows = eventsRepo.accessLogPage(ctx.db, q, { limit: pageSize, offset: (page - 1) * pageSize });
    return { items: accessEntries(ctx, rows), total: eventsRepo.accessLogCount(ctx.db, q), page, pageSize };
  },
};
