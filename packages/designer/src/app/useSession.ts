import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { sessionQuery, type Session } from '../api/index.js';
import { lastKnownSession, offlineSession } from '../offline/index.js';

/**
 * True while the app runs on the last known session (shared by every caller, so a page mounted while
 * the check runs again sees the same session as the frame around it); the server's answer clears it.
 */
let ranOffline = false;

/** The session as the app routes with it. */
export interface SessionState {
  /** The session query (user is null when signed out). */
  readonly query: UseQueryResult<Session>;
  /** True when the server could not be reached and `query.data` is the last session known on this device. */
  readonly offline: boolean;
}

/**
 * Returns the session; without network (the check waits for it, or got no answer) the last session
 * the server confirmed on this device, so the app still opens on the workspace. For routing only:
 * the server checks the cookie on every request, including what the outbox sends later.
 */
export function useSessionState(): SessionState {
  const query = useQuery(sessionQuery());
  const known = offlineSession(query, lastKnownSession(), ranOffline);
  ranOffline = known !== null;
  if (!known) return { query, offline: false };
  const offline = {
    ...query, data: known, error: null, status: 'success',
    isPending: false, isLoading: false, isError: false, isLoadingError: false, isRefetchError: false, isSuccess: true,
  } as UseQueryResult<Session>;
  return { query: offline, offline: true };
}

/** Returns the session query (user is null when signed out; the last known session while offline, see useSessionState). */
export function useSession(): UseQueryResult<Session> {
  return useSessionState().query;
}

/** Returns the roles the signed-in user holds in `projectId` (empty when not a member). Pure. */
export function rolesIn(session: Session | undefined, projectId: string): readonly string[] {
  return session?.projectRoles[projectId] ?? [];
}
