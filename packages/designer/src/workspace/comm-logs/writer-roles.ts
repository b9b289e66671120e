import type { Session } from '../../api/index.js';

/**
 * Roles that may import communication logs: the server's `commLogWriterRoles`
 * (packages/server/src/comm-logs/service.ts); organisation admins may too. Every project member
 * may read the list.
 */
export const commLogWriterRoles: readonly string[] = ['admin', 'siteManager', 'salesSupervisor', 'customerService', 'customerServiceLead', 'consultant'];

/** Returns true when the signed-in user may import logs into `projectId`. Pure. */
export function canImportCommLogs(session: Session | undefined, projectId: string): boolean {
  if (!session?.user) return false;
  if (session.user.isAdmin) return true;
  return (session.projectRoles[projectId] ?? []).some((r) => commLogWriterRoles.includes(r));
}
