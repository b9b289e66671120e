import type { DraftTarget } from '../../api/index.js';

// A record form's key carries this prefix on the device. Flow keys cannot contain ':' (the server's
// key pattern), so a flow and a form with the same key never share a device draft; flow drafts keep
// the unprefixed keys they were stored with before record forms had drafts.
const FORM_PREFIX = 'form:';

/** Returns the device draft key of a start form (per user, project and flow) or a record form (per form). Pure. */
export function draftKey(userId: string, projectId: string, target: DraftTarget): string {
  return `${userId}|${projectId}|${target.kind === 'form' ? FORM_PREFIX : ''}${target.key}`;
}

/** Returns what a device draft key is a draft of when it belongs to this user and project, else null. Pure. */
export function targetOfDraft(key: string, userId: string, projectId: string): DraftTarget | null {
  const prefix = `${userId}|${projectId}|`;
  const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
  if (!rest) return null;
  if (!rest.startsWith(FORM_PREFIX)) return { kind: 'flow', key: rest };
  return rest.length > FORM_PREFIX.length ? { kind: 'form', key: rest.slice(FORM_PREFIX.length) } : null;
}
