import type { ProjectMember, Session } from '../../api/index.js';

/**
 * Project roles that may give a customer to another consultant (更换置业顾问): the server's
 * `ownerChangerRoles` (packages/server/src/services/record-owner-service.ts); organisation admins may too.
 */
export const ownerChangerRoles: readonly string[] = ['siteManager', 'salesSupervisor'];

/** Returns true when the signed-in user may change who owns a record of `projectId`. Pure. */
export function canChangeOwner(session: Session | undefined, projectId: string): boolean {
  if (!session?.user) return false;
  if (session.user.isAdmin) return true;
  return (session.projectRoles[projectId] ?? []).some((r) => ownerChangerRoles.includes(r));
}

/** Returns the members a record can move to: everyone of the project but its current owner. Pure. */
export function ownerChoices(members: readonly ProjectMember[], ownerId: string): ProjectMember[] {
  return members.filter((m) => m.userId !== ownerId);
}

/** Body of `POST /api/projects/:p/records/:id/owner`; a blank reason is left out. Pure. */
export function changeOwnerBody(ownerId: string, version: number, reason: string | undefined): { ownerId: string; version: number; reason?: string } {
  const why = reason?.trim();
  return { ownerId, version, ...(why ? { reason: why } : {}) };
}
