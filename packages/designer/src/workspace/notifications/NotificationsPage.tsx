import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, List, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLang, useLocalize } from '../../i18n/index.js';
import { markNotificationsRead, notificationsQuery, wsKeys, type NotificationItem } from '../shared/api.js';
import { formatDateTime, formatShortDateTime } from '../shared/format.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { notificationPath } from './notification-link.js';
import './notifications.css';

/** Renders the notifications center: my notifications newest first, unread marked; opening one marks it read and opens its page. */
export function NotificationsPage() {
  const t = useWsT();
  const localize = useLocalize();
  const { lang } = useLang();
  const navigate = useNavigate();
  const { projectId = '' } = useParams();
  const now = useServerNow(60_000);
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
  const pathOf = (n: NotificationItem) => notificationPath(n.link, n.projectId ?? (projectId || null));
  const open = (n: NotificationItem) => {
    if (n.readAt === null) read.mutate([n.id]);
    const path = pathOf(n);
    if (path) void navigate(path);
  };
  // Today and yesterday read as words; older ones as a date. The full time is in the tooltip.
  const when = (at: number) => {
    const time = dayjs(at).format('HH:mm');
    if (dayjs(at).isSame(now, 'day')) return t('ws.notif.today', { time });
    if (dayjs(at).isSame(dayjs(now).subtract(1, 'day'), 'day')) return t('ws.notif.yesterday', { time });
    return dayjs(at).isSame(now, 'year') ? formatShortDateTime(at, lang) : formatDateTime(at, lang);
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
          <List dataSource={items} renderItem={(n) => {
            const unread = n.readAt === null;
            return (
              <List.Item className={`sf-ws-notif${unread ? ' sf-ws-notif--unread' : ''}`} data-testid="notification" data-unread={unread}
                onClick={() => open(n)} style={{ cursor: 'pointer' }}
                actions={[<Button key="open" type="link" aria-label={t(pathOf(n) ? 'ws.notif.open.named' : 'ws.notif.markRead.named', { title: localize(n.title) })}>{t(pathOf(n) ? 'ws.notif.open' : 'ws.notif.markRead')}</Button>]}>
                <List.Item.Meta
                  title={<Space size={6} wrap>{unread && <Tag color="blue" bordered={false}>{t('ws.notif.unread')}</Tag>}<Typography.Text strong={unread}>{localize(n.title)}</Typography.Text></Space>}
                  description={<>{n.body && <div>{localize(n.body)}</div>}
                    <Typography.Text type="secondary" className="sf-ws-notif__time" title={formatDateTime(n.createdAt, lang)}>
                      <time dateTime={new Date(n.createdAt).toISOString()}>{when(n.createdAt)}</time>
                    </Typography.Text></>} />
              </List.Item>
            );
          }} />
        )}
      </Card>
    </div>
  );
}
