import type { Session } from '../api/index.js';
import { canEditSellerProfile } from '../settings/seller-form.js';

// Mirrors the server's checks (packages/server/src/auth/roles.ts designerRoles,
// documents/service.ts TEMPLATE_MANAGER_ROLES, route auth 'admin' = organisation admin).

/** Roles that may edit and publish forms, flows and rules of a project. */
export const designerRoles: readonly string[] = ['admin', 'siteManager', 'salesSupervisor', 'customerServiceLead', 'regionalDirector'];
/** Roles that may replace a project's legal document templates (studio → 文书模板). */
export const documentManagerRoles: readonly string[] = ['legal', 'admin'];

function holdsAny(session: Session | undefined, projectId: string, wanted: readonly string[]): boolean {
  const held = session?.projectRoles[projectId] ?? [];
  return wanted.some((r) => held.includes(r));
}

/** Returns true when the user may save and publish forms, flows and rules of the project. Pure. */
export function canDesign(session: Session | undefined, projectId: string): boolean {
  return holdsAny(session, projectId, designerRoles);
}

/** Returns true when the user may open the studio: designers, and legal for document templates. Pure. */
export function canOpenStudio(session: Session | undefined, projectId: string): boolean {
  return canDesign(session, projectId) || holdsAny(session, projectId, documentManagerRoles);
}

/** Returns true when the user may change the project settings (the seller profile). Pure. */
export function canManageSettings(session: Session | undefined, projectId: string): boolean {
  return canEditSellerProfile(session, projectId);
}

/** Returns true when the user is an organisation admin (the /api/admin endpoints). Pure. */
export function canAdminister(session: Session | undefined): boolean {
  return session?.user?.isAdmin === true;
}
