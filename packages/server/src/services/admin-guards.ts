import type { ServerCode } from '../i18n/messages.js';

/** A change to who may administer the organisation: disabling an account, or removing its organisation admin membership. */
export interface AdminChange {
  readonly kind: 'disable' | 'removeAdmin';
  /** The admin making the change. */
  readonly actorId: string;
  /** The user whose account or admin membership the change is about. */
  readonly targetId: string;
}

/**
 * Returns the code refusing `change`, or null when it may go ahead. Pure. The organisation must keep
 * an active administrator (checked first: it tells a sole admin what to do before anything else),
 * and no admin may lock themselves out; another admin has to do that for them.
 * `activeAdminIds` are the enabled users holding the organisation-wide admin role right now.
 */
export function adminChangeRefusal(change: AdminChange, activeAdminIds: readonly string[]): ServerCode | null {
  if (activeAdminIds.includes(change.targetId) && activeAdminIds.every((id) => id === change.targetId)) return 'ADMIN_LAST_ADMIN';
  if (change.actorId !== change.targetId) return null;
  return change.kind === 'disable' ? 'ADMIN_SELF_DISABLE' : 'ADMIN_SELF_DEMOTE';
}
