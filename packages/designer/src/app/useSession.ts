import { useQuery } from '@tanstack/react-query';
import { sessionQuery, type Session } from '../api/index.js';

/** Returns the session query (user is null when signed out). */
export function useSession() {
  return useQuery(sessionQuery());
}

/** Returns the roles the signed-in user holds in `projectId` (empty when not a member). Pure. */
export function rolesIn(session: Session | undefined, projectId: string): readonly string[] {
  return session?.projectRoles[projectId] ?? [];
}
