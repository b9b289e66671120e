import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, PageLoading } from '../components/index.js';
import { useT } from '../i18n/index.js';
import { setOutboxOwner, useKeptQueries } from '../offline/index.js';
import { useSessionState } from './useSession.js';

/**
 * Renders the child routes when signed in; otherwise redirects to /login?next=<this page>. Without
 * network the last session known on this device lets the app open, once the definitions kept on the
 * device are back (see useKeptQueries). Tells the outbox whose submissions it sends.
 */
export function RequireSession() {
  const t = useT();
  const location = useLocation();
  const { query: session, offline } = useSessionState();
  const keptReady = useKeptQueries(session.data, offline);
  // The outbox shows and sends only the signed-in user's submissions.
  const userId = session.data?.user?.id ?? null;
  useEffect(() => { if (!session.isPending) setOutboxOwner(userId); }, [session.isPending, userId]);
  if (session.isPending) return <PageLoading tip={t('session.checking')} />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!keptReady) return <PageLoading />;
  return <Outlet />;
}
