import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button } from 'antd';
import { Link, useParams } from 'react-router';
import { notificationsQuery } from '../shared/api.js';
import { useWsT } from '../shared/hooks.js';

/** Renders the live unread badge (polled every 15 s) linking to the notifications center; for the app header. */
export function NotificationBell({ dark = false }: { dark?: boolean }) {
  const t = useWsT();
  const { projectId = '' } = useParams();
  const unread = useQuery(notificationsQuery()).data?.unread ?? 0;
  return (
    <Link to={`/p/${encodeURIComponent(projectId)}/workspace/notifications`} aria-label={t('ws.notif.badge', { count: unread })} data-testid="notification-bell">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button type="text" icon={<BellOutlined style={dark ? { color: '#fff' } : undefined} />} aria-label={t('ws.notif.title')} />
      </Badge>
    </Link>
  );
}
