import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState, PageLoading } from '../components/index.js';
import { useT } from '../i18n/index.js';
import { useSession } from './useSession.js';

/** Renders the child routes when signed in; otherwise redirects to /login?next=<this page>. */
export function RequireSession() {
  const t = useT();
  const location = useLocation();
  const session = useSession();
  if (session.isPending) return <PageLoading tip={t('session.checking')} />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
