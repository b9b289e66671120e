import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Card, Empty, List, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLang, useLocalize } from '../../i18n/index.js';
import { markNotificationsRead, notificationsQuery, wsKeys, type NotificationItem } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';

/** Returns an in-app path for a notification link (absolute URLs to this site become paths). Pure. */
export function internalPath(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, 'http://x');
    return url.pathname.startsWith('/p/') ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/** Renders the notifications center: my notifications newest first, unread marked; opening one marks it read. */
export function NotificationsPage() {
  const t = useWsT();
  const localize = useLocalize();
  const { lang } = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(notificationsQuery());
  const read = useMutation({
    mutationFn: (ids?: string[]) => markNotificationsRead(ids),
    onSuccess: () => void client.invalidateQueries({ queryKey: wsKeys.notifications }),
  });
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data.items.filter((n) => !unreadOnly || n.readAt === null);
  const open = (n: NotificationItem) => {
    if (n.readAt === null) read.mutate([n.id]);
    const path = internalPath(n.link);
    if (path) void navigate(path);
  };
  return (
    <div className="sf-ws-notifications" data-testid="notifications">
      <div className="sf-ws-tracking__head">
        <Typography.Title level={4} style={{ margin: 0 }}>{t('ws.notif.title')}</Typography.Title>
        <Space>
          <Switch checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('ws.notif.unreadOnly')} /> <span>{t('ws.notif.unreadOnly')}</span>
          <Button onClick={() => read.mutate(undefined)} disabled={list.data.unread === 0}>{t('ws.notif.markAll')}</Button>
        </Space>
      </div>
      <Card size="small">
        {items.length === 0 ? <Empty description={t('ws.notif.empty')} /> : (
          <List dataSource={items} renderItem={(n) => (
            <List.Item className="sf-ws-notif" data-testid="notification" onClick={() => open(n)} style={{ cursor: 'pointer' }}
              actions={internalPath(n.link) ? [<Button key="open" type="link">{t('ws.notif.open')}</Button>] : []}>
              <List.Item.Meta
                avatar={<Badge dot={n.readAt === null} offset={[-2, 4]}><span className="sf-ws-notif__dot" /></Badge>}
                title={<Typography.Text strong={n.readAt === null}>{localize(n.title)}</Typography.Text>}
                description={<>{n.body && <div>{localize(n.body)}</div>}<Typography.Text type="secondary">{formatDateTime(n.createdAt, lang)}</Typography.Text></>} />
            </List.Item>
          )} />
        )}
      </Card>
    </div>
  );
}
