import { eq } from 'drizzle-orm';
import { addDuration, fieldList, SiteflowError, type Duration, type Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { loadAccess, rolesOn } from '../auth/access.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo } from '../repos/users-repo.js';
import { publishedForm } from '../services/form-versions.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { projectCalendar } from '../engine/directory.js';
import { engineService } from '../engine/engine-service.js';
import { recordEvent } from '../services/audit.js';
import { ApiError, notFound } from '../http/api-error.js';
import { newId } from '../db/ids.js';
import { externalLinkKeys, externalLinks, externalLinkUses } from './schema.js';
import { newLinkSecret, signLinkToken, verifyLinkToken } from './token.js';

/** What an assignee sends to issue a link. */
export interface IssueLinkInput {
  readonly contactName: string;
  /** Phone or e-mail the link is sent to (kept for the audit; delivery is the issuer's channel). */
  readonly contact?: string;
  /** Fields of the task's form the contact fills (each must be editable at the task's step). */
  readonly fields: readonly string[];
  /** Values the step gets besides the contact's answers, e.g. `{ confirmedBy: 'bureauLink' }`. */
  readonly preset?: Readonly<Record<string, unknown>>;
  /** Lifetime; default 3 working days. */
  readonly expiresIn?: Duration;
}

/** One field the contact sees: path, bilingual label, type and options. */
export interface LinkField {
  readonly path: string;
  readonly label: Message;
  readonly fieldType: string;
  readonly required: boolean;
  readonly options?: readonly { value: string; label: Message }[];
}

/** What the public page shows: the step, the project, the fields, the expiry. */
export interface LinkView {
  readonly linkId: string;
  readonly project: string;
  readonly step: Message;
  readonly contactName: string;
  readonly expiresAt: number;
  readonly fields: readonly LinkField[];
}

const DEFAULT_LIFETIME: Duration = { amount: 3, unit: 'workingDays' };
const KEY_ID = 'default';

/** Returns this database's HMAC secret, creating it once. Writes the database the first time. */
export function linkSecret(ctx: AppContext): string {
  const row = ctx.db.select().from(externalLinkKeys).where(eq(externalLinkKeys.id, KEY_ID)).get();
  if (row) return row.secret;
  ctx.db.insert(externalLinkKeys).values({ id: KEY_ID, secret: newLinkSecret(), createdAt: ctx.wallClock.now() }).onConflictDoNothing().run();
  return ctx.db.select().from(externalLinkKeys).where(eq(externalLinkKeys.id, KEY_ID)).get()!.secret;
}

/** Signed one-time links: issue (by an assignee), read and submit (by the contact, no account). */
export const externalLinkService = {
  /** Issues a link for an open task the caller is pending on; returns the token, the page path and the expiry. */
  issue(ctx: AppContext, user: AuthUser, taskId: string, input: IssueLinkInput) {
    const task = instancesRepo.findTask(ctx.db, taskId);
    if (!task || !user.access.projects.has(task.projectId)) throw notFound('task');
    rolesOn(user.access, task.projectId);
    if (task.status !== 'open') throw new SiteflowError('LINK_TASK_CLOSED');
    const pending = instancesRepo.assigneesOf(ctx.db, [taskId]).filter((a) => a.kind === 'pending').map((a) => a.userId);
    if (!pending.includes(user.id)) throw new ApiError('AUTH_FORBIDDEN');
    const access = stepAccess(ctx, task);
    for (const field of [...input.fields, ...Object.keys(input.preset ?? {})]) {
      if (access[field] !== 'edit' && access[field] !== 'required') throw new SiteflowError('LINK_FIELD_NOT_EDITABLE', { field });
    }
    const calendar = projectCalendar(ctx, task.projectId);
    const now = ctx.clock.now();
    const expiresAt = addDuration(calendar, now, input.expiresIn ?? DEFAULT_LIFETIME);
    const id = newId('lnk');
    ctx.db.insert(externalLinks).values({
      id, projectId: task.projectId, taskId, instanceId: task.instanceId, issuedBy: user.id, contactName: input.contactName,
      contact: input.contact ?? null, fields: [...input.fields], preset: { ...(input.preset ?? {}) }, expiresAt, createdAt: now,
    }).run();
    recordEvent(ctx, { projectId: task.projectId, instanceId: task.instanceId, taskId, type: 'externalLink.issued', actorId: user.id, data: { linkId: id, contactName: input.contactName, fields: input.fields, expiresAt } });
    const token = signLinkToken(linkSecret(ctx), { linkId: id, expiresAt });
    return { linkId: id, token, path: `/api/external-links/${token}`, pagePath: `/api/external-links/${token}/page`, expiresAt };
  },

  /** Returns what the contact may fill; throws LINK_INVALID / LINK_EXPIRED / LINK_USED / LINK_TASK_CLOSED. */
  view(ctx: AppContext, token: string): LinkView {
    const { link, task } = usableLink(ctx, token);
    const form = formOfTask(ctx, task);
    const access = stepAccess(ctx, task);
    const project = tenancyRepo.findProject(ctx.db, link.projectId);
    return {
      linkId: link.id, project: project?.name ?? '', step: (task.name ?? { zh: '', en: '' }) as Message, contactName: link.contactName,
      expiresAt: link.expiresAt,
      fields: link.fields.map((path) => {
        const f = fieldList(form.compiled).find((x) => x.path === path);
        const options = f?.options as { value: string; label: Message }[] | undefined;
        return { path, label: (f?.label as Message | undefined) ?? { zh: path, en: path }, fieldType: f?.fieldType ?? 'text', required: access[path] === 'required', ...(options ? { options } : {}) };
      }),
    };
  },

  /**
   * Submits the task once with the contact's answers, on behalf of the assignee who issued the
   * link (the engine checks the step's permissions and form rules). The unique use row makes a
   * second submission fail. Runs inside the caller's transaction.
   */
  submit(ctx: AppContext, token: string, data: Record<string, unknown>, note?: string) {
    const { link, task } = usableLink(ctx, token);
    const unknown = Object.keys(data).filter((k) => !link.fields.includes(k));
    if (unknown.length) throw new SiteflowError('LINK_FIELD_NOT_EDITABLE', { field: unknown[0] });
    const view = externalLinkService.view(ctx, token);
    for (const f of view.fields) {
      const v = data[f.path];
      if (f.required && (v === undefined || v === null || v === '')) throw new SiteflowError('LINK_VALUE_REQUIRED', { label: f.label.zh, labelEn: f.label.en });
      if (f.options && v !== undefined && v !== null && v !== '' && !f.options.some((o) => o.value === v)) {
        throw new SiteflowError('LINK_VALUE_INVALID', { label: f.label.zh, labelEn: f.label.en, detail: `可选：${f.options.map((o) => o.label.zh).join('、')}`, detailEn: `choose one of ${f.options.map((o) => o.value).join(', ')}` });
      }
    }
    const now = ctx.clock.now();
    const inserted = ctx.db.insert(externalLinkUses).values({ linkId: link.id, usedAt: now, data, note: note ?? null }).onConflictDoNothing().run();
    if (inserted.changes === 0) throw new SiteflowError('LINK_USED', { usedAt: new Date(now).toISOString() });
    const issuer = usersRepo.findById(ctx.db, link.issuedBy);
    if (!issuer) throw new SiteflowError('LINK_INVALID');
    const actor: AuthUser = { id: issuer.id, username: issuer.username, displayName: issuer.displayName, organisationId: issuer.organisationId, access: loadAccess(ctx.db, issuer.id, issuer.organisationId), via: 'token' };
    const values = { ...link.preset, ...data };
    const comment = `由对接人 ${link.contactName} 通过一次性链接提交 / submitted by ${link.contactName} through a one-time link${note ? `：${note}` : ''}`;
    engineService.actOnTask(ctx, actor, task.id, { action: 'submit', version: task.version, data: values, comment: comment.slice(0, 2000) });
    recordEvent(ctx, { projectId: link.projectId, instanceId: link.instanceId, taskId: task.id, type: 'externalLink.used', actorId: null, data: { linkId: link.id, contactName: link.contactName, fields: Object.keys(data), note: note ?? null } });
    return { ok: true as const, taskId: task.id };
  },
};

function usableLink(ctx: AppContext, token: string) {
  const claims = verifyLinkToken(linkSecret(ctx), token);
  if (!claims) throw new SiteflowError('LINK_INVALID');
  const link = ctx.db.select().from(externalLinks).where(eq(externalLinks.id, claims.linkId)).get();
  if (!link || link.expiresAt !== claims.expiresAt) throw new SiteflowError('LINK_INVALID');
  const used = ctx.db.select().from(externalLinkUses).where(eq(externalLinkUses.linkId, link.id)).get();
  if (used) throw new SiteflowError('LINK_USED', { usedAt: new Date(used.usedAt).toISOString() });
  if (ctx.clock.now() >= link.expiresAt) throw new SiteflowError('LINK_EXPIRED', { expiredAt: new Date(link.expiresAt).toISOString() });
  const task = instancesRepo.findTask(ctx.db, link.taskId);
  if (!task || task.status !== 'open') throw new SiteflowError('LINK_TASK_CLOSED');
  return { link, task };
}

function formOfTask(ctx: AppContext, task: { instanceId: string; projectId: string }) {
  const instance = instancesRepo.find(ctx.db, task.instanceId)!;
  const record = recordsRepo.findById(ctx.db, instance.recordId)!;
  return publishedForm(ctx, task.projectId, record.formKey, record.formVersion);
}

function stepAccess(ctx: AppContext, task: { instanceId: string; projectId: string; nodeId: string }): Record<string, string> {
  const instance = instancesRepo.find(ctx.db, task.instanceId)!;
  const flow = publishedFlow(ctx, task.projectId, instance.flowKey, instance.flowVersion);
  const node = flow.nodes.find((n) => n.id === task.nodeId) as { fields?: Record<string, string> } | undefined;
  return node?.fields ?? {};
}
