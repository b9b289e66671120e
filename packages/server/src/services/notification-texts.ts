import { fillNotice, maskValue, type Message, type Notice, type SensitivityKind } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { cachedRead } from '../db/read-cache.js';
import { projectDirectory } from '../engine/directory.js';
import { publishedForm, type FormVersion } from './form-versions.js';
import { maskData, recordTitle } from './record-view.js';

type RecordRow = NonNullable<ReturnType<typeof recordsRepo.findById>>;

/** Texts the server adds to a notification, zh-CN first. */
export const notificationMessages = {
  /** The body of a notification about a case: which case, as the recipient may see it. */
  caseLine: { zh: '工单：{case}', en: 'Case: {case}' },
  reportReady: { zh: '《退筹动因分析报告》{month} 已生成', en: 'Cancellation cause report {month} is ready' },
} as const satisfies Record<string, Message>;

function fill(entry: Message, params: Record<string, string>): Message {
  const put = (text: string) => text.replace(/\{(\w+)\}/g, (whole, key: string) => params[key] ?? whole);
  return { zh: put(entry.zh), en: put(entry.en) };
}

const seg = encodeURIComponent;

/**
 * Where a notification opens: a project-scoped path of the web app (`/p/<project>/…`), stored as
 * is in `notifications.link`. Robot messages put the public URL in front.
 */
export const notificationLinks = {
  task: (projectId: string, taskId: string) => `/p/${seg(projectId)}/workspace/tasks/${seg(taskId)}`,
  record: (projectId: string, recordId: string) => `/p/${seg(projectId)}/workspace/records/${seg(recordId)}`,
  report: (projectId: string, month: string) => `/p/${seg(projectId)}/reports?month=${seg(month)}`,
  /** The page of an effect's payload: its task, else its record (the case), else none. */
  ofPayload(projectId: string | null, p: Record<string, unknown>): string | null {
    if (!projectId) return null;
    if (typeof p.taskId === 'string') return notificationLinks.task(projectId, p.taskId);
    if (typeof p.recordId === 'string') return notificationLinks.record(projectId, p.recordId);
    return null;
  },
};

/** Returns the report-ready notification title of a month. Pure. */
export function reportReadyTitle(month: string): Message {
  return fill(notificationMessages.reportReady, { month });
}

/** What a notification tells one recipient: its title, and the line naming the case (null: none). */
export interface RecipientText {
  readonly title: Message;
  readonly body: Message | null;
}

/** The texts of one notification, each filled at most once whatever the number of recipients. */
export interface NotificationTexts {
  /** Clear for the case's owner, its creator and the roles that see personal data in clear; masked (赵**) for the rest. */
  forUser(userId: string): RecipientText;
  /** The text for group chats (robots): always masked. */
  forRobots(): Message;
}

/** What a notification is about: a case (record), or for a record-less notice the project and the users it belongs to (e.g. a CRM message's consultant). */
export interface NotificationSubject {
  readonly recordId?: unknown;
  readonly projectId: string | null;
  readonly owners?: readonly string[];
}

/**
 * Returns the texts of a notification: its `notice` filled from the values it read when decided,
 * in clear or masked as each reader may see the case (or, without a record, the values the notice
 * marks personal), plus the case line. Reads the record, its form and the project's clear readers
 * once, and only when asked. A row stored before notices existed (no `notice`) keeps its stored
 * `message` as title.
 */
export function notificationTextsFor(ctx: AppContext, subject: NotificationSubject, message: Message, notice: Notice | undefined): NotificationTexts {
  const { recordId, projectId } = subject;
  const aboutRecord = typeof recordId === 'string';
  let loaded: { record: RecordRow | undefined; form: FormVersion | undefined } | undefined;
  const load = () => (loaded ??= readCase(ctx, recordId));
  const texts = (masked: boolean): RecipientText => {
    const { record, form } = load();
    const data = record && form ? (masked ? maskData(form, record.data).data : record.data) : undefined;
    const caseLine = caseBody(data && form ? recordTitle(form, data) : undefined);
    if (!notice) return { title: message, body: caseLine };
    // A case whose form cannot be read is left unfilled for the masked.
    const values = !masked ? notice.values
      : aboutRecord ? (form ? maskValues(form, notice.values) : {})
      : maskPersonal(notice.values, notice.personal ?? {});
    return { title: fillNotice(notice, values), body: caseLine };
  };
  let clear: RecipientText | undefined;
  let masked: RecipientText | undefined;
  let privileged: Set<string> | undefined;
  const clearReaders = (project: string) => (privileged ??= privilegedUsers(ctx, project));
  return {
    forUser(userId) {
      let seesClear: boolean;
      if (aboutRecord) {
        const { record } = load();
        seesClear = !!record && (userId === record.ownerId || clearReaders(record.projectId).has(userId));
      } else {
        // A record-less notice that marks nothing personal reads the same for everyone.
        seesClear = !notice?.personal || !!subject.owners?.includes(userId) || (projectId !== null && clearReaders(projectId).has(userId));
      }
      return seesClear ? (clear ??= texts(false)) : (masked ??= texts(true));
    },
    forRobots: () => (masked ??= texts(true)).title,
  };
}

/** Returns values with the listed personal ones masked by kind (赵**, 138****1234). Pure. */
function maskPersonal(values: Readonly<Record<string, unknown>>, personal: Readonly<Record<string, SensitivityKind>>): Record<string, unknown> {
  const out = { ...values };
  for (const [key, kind] of Object.entries(personal)) if (out[key] !== undefined && out[key] !== null) out[key] = maskValue(out[key], kind);
  return out;
}

function readCase(ctx: AppContext, recordId: unknown): { record: RecordRow | undefined; form: FormVersion | undefined } {
  const record = typeof recordId === 'string' ? recordsRepo.findById(ctx.db, recordId) : undefined;
  if (!record) return { record, form: undefined };
  try {
    return { record, form: publishedForm(ctx, record.projectId, record.formKey, record.formVersion) };
  } catch {
    // A form that cannot be read must not hold back the notifications of the whole batch: no case line then.
    return { record, form: undefined };
  }
}

/** Returns a notice's values with the form's personal fields masked, at the top level and under `record` / `previous` (rules). Pure. */
function maskValues(form: FormVersion, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = maskData(form, { ...values }).data;
  for (const key of ['record', 'previous']) {
    const nested = values[key];
    if (nested !== null && typeof nested === 'object' && !Array.isArray(nested)) out[key] = maskData(form, nested as Record<string, unknown>).data;
  }
  return out;
}

function privilegedUsers(ctx: AppContext, projectId: string): Set<string> {
  // The project's directory is cached per connection (and dropped on every membership write).
  const project = cachedRead(ctx.sqlite, `project:${projectId}`, () => tenancyRepo.findProject(ctx.db, projectId));
  const byRole = project ? projectDirectory(ctx, project).roles : {};
  return new Set(clearPersonalDataRoles.flatMap((role) => byRole[role] ?? []));
}

/** Returns the body naming the case (null when there is no title to show). Pure. */
export function caseBody(caseTitle: string | undefined): Message | null {
  return caseTitle ? fill(notificationMessages.caseLine, { case: caseTitle }) : null;
}
