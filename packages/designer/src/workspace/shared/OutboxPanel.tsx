import { CloudUploadOutlined, WifiOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useLang, useLocalize } from '../../i18n/index.js';
import { discardOutboxEntry, onOutbox, retryOutboxEntry, useOutbox } from '../../offline/index.js';
import { formatShortDateTime } from './format.js';
import { useWsT } from './hooks.js';
import { wsKeys } from './api.js';

/** Renders the offline banner and the submissions waiting on this device ("waiting to send"), with retry and discard. */
export function OutboxPanel() {
  const t = useWsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const { entries, online } = useOutbox();
  useEffect(() => onOutbox((event) => {
    if (event.type !== 'sent') return;
    void message.success(t('ws.offline.sent', { label: event.entry.label }));
    void client.invalidateQueries({ queryKey: wsKeys.inbox });
    // A logged record a new row of the project's tracking table.
    if (event.entry.meta.kind === 'record' && event.entry.meta.projectId) void client.invalidateQueries({ queryKey: wsKeys.records(event.entry.meta.projectId) });
  }), [client, message, t]);
  return (
    <>
      {!online && <Alert type="warning" showIcon icon={<WifiOutlined />} title={t('ws.offline.banner')} className="sf-ws-offline" data-testid="offline-banner" />}
      {entries.length > 0 && (
        <Card size="small" className="sf-ws-outbox" data-testid="outbox" title={<Space><CloudUploadOutlined />{t('ws.offline.title', { count: entries.length })}</Space>}>
          <List size="small" dataSource={[...entries]} renderItem={(e) => (
            <List.Item data-testid="outbox-item" data-status={e.status}
              actions={[
                <Button key="retry" size="small" onClick={() => void retryOutboxEntry(e)} disabled={!online}>{t('ws.offline.retry')}</Button>,
                <Button key="discard" size="small" danger onClick={() => modal.confirm({ title: t('ws.offline.confirmDiscard'), onOk: () => discardOutboxEntry(e.id) })}>{t('ws.offline.discard')}</Button>,
              ]}>
              <List.Item.Meta
                title={<Space wrap><Tag color={e.status === 'failed' ? 'red' : 'gold'}>{e.status === 'failed' ? t('ws.offline.failed') : t('ws.offline.pending')}</Tag><span>{e.label}</span></Space>}
                description={<Typography.Text type="secondary">
                  {formatShortDateTime(e.createdAt, lang)}{e.attempts > 0 ? ` · ${t('ws.offline.attempts', { count: e.attempts })}` : ''}{e.error ? ` · ${localize(e.error.message)}` : ''}
                </Typography.Text>} />
            </List.Item>
          )} />
        </Card>
      )}
    </>
  );
}
