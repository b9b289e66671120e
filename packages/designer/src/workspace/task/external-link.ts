import type { Text } from '../../i18n/index.js';
import { renderTree, type FieldPermission, type FormDefinition } from '../../renderer/index.js';

// The contact answers on a plain HTML page (packages/server/src/external-links/page.ts): a text
// box, a text area, or one choice of a select's options. Other types could not be answered there.
const ANSWERABLE: ReadonlySet<string> = new Set(['text', 'textarea', 'select', 'phone', 'email']);
const EDITABLE: ReadonlySet<FieldPermission> = new Set(['edit', 'required']);

/** A field of the step that an external contact can answer through a link. */
export interface LinkableField {
  readonly path: string;
  readonly label: Text;
  readonly required: boolean;
}

/** Returns true for a value the step would count as not filled in. Pure. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Returns the step's editable top-level fields a contact can answer on the link page, in form order. Pure. */
export function linkableFields(form: FormDefinition, access: Readonly<Record<string, FieldPermission>>): LinkableField[] {
  return renderTree(form)
    .filter((n) => EDITABLE.has(access[n.key] ?? 'read') && ANSWERABLE.has(n.type))
    .map((n) => ({ path: n.key, label: n.ui.label, required: access[n.key] === 'required' }));
}

/**
 * Returns true when the server would accept a link for this task from `me` and the contact could
 * complete it: the task is open, `me` is a pending assignee, the step is filled and submitted
 * (the link submits it), and at least one field can be answered on the link page. Pure.
 */
export function canIssueLink(detail: { task: { status: string }; pending: readonly string[]; actions: readonly string[] }, me: string | undefined, fields: readonly LinkableField[]): boolean {
  return detail.task.status === 'open' && !!me && detail.pending.includes(me) && detail.actions.includes('submit') && fields.length > 0;
}

/** Returns the fields to offer the contact at first: the answerable ones still empty on the form. Pure. */
export function defaultLinkFields(fields: readonly LinkableField[], value: Readonly<Record<string, unknown>>): string[] {
  return fields.filter((f) => isBlank(value[f.path])).map((f) => f.path);
}

/**
 * Returns the values the link carries besides the contact's answers: what the assignee already
 * filled in on this step's editable fields, except the fields given to the contact. Pure.
 */
export function linkPreset(value: Readonly<Record<string, unknown>>, access: Readonly<Record<string, FieldPermission>>, chosen: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(access)
    .filter(([k, p]) => EDITABLE.has(p) && !chosen.includes(k) && !isBlank(value[k]))
    .map(([k]) => [k, value[k]]));
}

/** Returns the labels of the step's required fields that neither the contact answers nor the link presets (the submission would fail). Pure. */
export function unansweredRequired(form: FormDefinition, access: Readonly<Record<string, FieldPermission>>, chosen: readonly string[], preset: Readonly<Record<string, unknown>>): Text[] {
  const labels = new Map(renderTree(form).map((n) => [n.key, n.ui.label]));
  return Object.entries(access)
    .filter(([k, p]) => p === 'required' && !chosen.includes(k) && !(k in preset))
    .map(([k]) => labels.get(k) ?? { zh: k, en: k });
}

/** Returns the full address of a link page on this site (`origin` + the server's `pagePath`). Pure. */
export function linkUrl(origin: string, pagePath: string): string {
  return `${origin.replace(/\/+$/, '')}${pagePath.startsWith('/') ? '' : '/'}${pagePath}`;
}
