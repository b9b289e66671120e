import type { Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { clearPersonalDataRoles } from '../auth/roles.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { publishedForm } from './form-versions.js';
import { maskData, recordTitle } from './record-view.js';

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

/**
 * Returns, for each recipient, the title of the case (record) as that user may see it: clear for
 * its owner, its creator and the roles that see personal data in clear, masked (赵**) for the rest.
 * Recipients get `''` when the record is gone or has no title.
 */
export function caseTitlesFor(ctx: AppContext, recordId: unknown, users: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const record = typeof recordId === 'string' && users.length > 0 ? recordsRepo.findById(ctx.db, recordId) : undefined;
  if (!record) return out;
  let form: ReturnType<typeof publishedForm>;
  try {
    form = publishedForm(ctx, record.projectId, record.formKey, record.formVersion);
  } catch {
    // A form that cannot be read must not hold back the notifications of the whole batch: no case line then.
    return out;
  }
  const clear = recordTitle(form, record.data);
  if (!clear) return out;
  let masked: string | undefined;
  let privileged: Set<string> | undefined;
  for (const userId of users) {
    if (userId === record.ownerId || userId === record.createdBy) { out.set(userId, clear); continue; }
    privileged ??= privilegedUsers(ctx, record.projectId);
    if (privileged.has(userId)) { out.set(userId, clear); continue; }
    masked ??= recordTitle(form, maskData(form, record.data).data);
    out.set(userId, masked);
  }
  return out;
}

function privilegedUsers(ctx: AppContext, projectId: string): Set<string> {
  const project = tenancyRepo.findProject(ctx.db, projectId);
  const byRole = project ? tenancyRepo.usersByRole(ctx.db, project) : {};
  return new Set(clearPersonalDataRoles.flatMap((role) => byRole[role] ?? []));
}

/** Returns the body naming the case (null when there is no title to show). Pure. */
export function caseBody(caseTitle: string | undefined): Message | null {
  return caseTitle ? fill(notificationMessages.caseLine, { case: caseTitle }) : null;
}
