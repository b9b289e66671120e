import { BellOutlined, CommentOutlined, EditOutlined, InboxOutlined, TableOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { NavLink, Outlet, useParams } from 'react-router';
import { notificationsQuery } from './shared/api.js';
import { useWsT } from './shared/hooks.js';
import { OutboxPanel } from './shared/OutboxPanel.js';
import type { WorkspaceMessageKey } from './messages.js';
import './workspace.css';

const sections: readonly { to: string; label: WorkspaceMessageKey; icon: ReactNode; end?: boolean }[] = [
  { to: '', label: 'ws.nav.inbox', icon: <InboxOutlined />, end: true },
  { to: 'start', label: 'ws.nav.start', icon: <EditOutlined /> },
  { to: 'tracking', label: 'ws.nav.tracking', icon: <TableOutlined /> },
  // Every project member may read the logs (the server lists them for any member); importing is checked on the page.
  { to: 'comm-logs', label: 'ws.nav.commLogs', icon: <CommentOutlined /> },
  { to: 'notifications', label: 'ws.nav.notifications', icon: <BellOutlined /> },
];

/** Renders the workspace frame: section navigation (a bottom tab bar on phones), the offline outbox, and the page. */
export function WorkspaceLayout() {
  const t = useWsT();
  const { projectId = '' } = useParams();
  const unread = useQuery(notificationsQuery()).data?.unread ?? 0;
  const base = `/p/${encodeURIComponent(projectId)}/workspace`;
  return (
    <div className="sf-ws">
      <nav className="sf-ws-nav" aria-label={t('ws.nav.inbox')}>
        {sections.map((s) => (
          <NavLink key={s.label} to={s.to ? `${base}/${s.to}` : base} end={s.end ?? false} className="sf-ws-nav__item" data-testid={`ws-nav-${s.to || 'inbox'}`}>
            {s.to === 'notifications' ? <Badge count={unread} size="small" offset={[6, -2]} data-testid="notification-badge">{s.icon}</Badge> : s.icon}
            <span>{t(s.label)}</span>
          </NavLink>
        ))}
      </nav>
      <main className="sf-ws-main">
        <OutboxPanel />
        <Outlet />
      </main>
    </div>
  );
}
