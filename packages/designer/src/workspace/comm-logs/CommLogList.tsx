import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Input, List, Select, Switch, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { commLogsQuery, type CommLog } from '../../api/comm-logs.js';
import { ErrorState } from '../../components/index.js';
import { useLang } from '../../i18n/index.js';
import { formatDateTime, formatShortDateTime } from '../shared/format.js';
import { usePhone } from '../shared/hooks.js';
import { AlertTags, TermTags } from './SignalTags.js';
import { MaskedMark, RevealButton, useUnmaskedLogs, type ShownLog } from './masked-log.js';
import { useCommLogsT } from './useCommLogsT.js';

const LIMITS = [200, 500, 1000] as const;
const PAGE_SIZE = 20;

/** Renders a project's communication logs, newest first, with the server's filters: a table on desktop, cards on a phone. */
export function CommLogList({ projectId }: { projectId: string }) {
  const t = useCommLogsT();
  const { lang } = useLang();
  const phone = usePhone();
  const [customer, setCustomer] = useState('');
  const [customerId, setCustomerId] = useState('');
  const [alerted, setAlerted] = useState(false);
  const [limit, setLimit] = useState<number>(LIMITS[0]);
  const [page, setPage] = useState(1);
  const logs = useQuery(commLogsQuery(projectId, { ...(customerId ? { customerId } : {}), ...(alerted ? { alerted } : {}), limit }));
  const { shown, reveal, revealing } = useUnmaskedLogs(projectId);
  const items: ShownLog[] = (logs.data ?? []).map(shown);
  const fromTag = (log: CommLog) => <Tag color={log.from === 'customer' ? 'blue' : 'default'}>{t(`cl.from.${log.from}`)}</Tag>;
  const customerText = (log: ShownLog) => (
    <><MaskedMark log={log} field="customerName" />{log.customerName ? t('cl.customer', { name: log.customerName, id: log.customerId }) : log.customerId}</>
  );
  const messageText = (log: ShownLog) => (
    <><span className="sf-cl-text"><MaskedMark log={log} field="text" />{log.text}</span>
      <RevealButton log={log} onReveal={() => reveal(log)} loading={revealing(log)} /></>
  );

  const columns: TableProps<ShownLog>['columns'] = [
    { key: 'at', title: t('cl.col.at'), dataIndex: 'at', width: 160, render: (v: number) => formatDateTime(v, lang) },
    {
      key: 'customer', title: `${t('cl.col.customer')} / ${t('cl.col.consultant')}`, width: 180,
      render: (_, log) => (
        <div className="sf-cl-who">
          <span>{customerText(log)}</span>
          {(log.consultant || log.channel) && <Typography.Text type="secondary">{[log.consultant, log.channel].filter(Boolean).join(' · ')}</Typography.Text>}
        </div>
      ),
    },
    { key: 'from', title: t('cl.col.from'), width: 80, render: (_, log) => fromTag(log) },
    { key: 'text', title: t('cl.col.text'), render: (_, log) => messageText(log) },
    { key: 'terms', title: t('cl.col.terms'), width: 170, render: (_, log) => <TermTags terms={log.termWeights} /> },
    { key: 'score', title: t('cl.col.score'), dataIndex: 'score', width: 76, align: 'right' },
    { key: 'index', title: t('cl.col.index'), dataIndex: 'windowIndex', width: 84, align: 'right' },
    { key: 'alerts', title: t('cl.col.alerts'), width: 110, render: (_, log) => <AlertTags alerts={log.alerts} /> },
  ];

  const filters = (
    <div className="sf-cl-filters">
      <Input.Search allowClear enterButton maxLength={64} value={customer} onChange={(e) => setCustomer(e.target.value)}
        onSearch={(v) => { setCustomerId(v.trim()); setPage(1); }} placeholder={t('cl.filter.customerPlaceholder')}
        aria-label={t('cl.filter.customer')} className="sf-cl-filters__customer" data-testid="comm-log-customer" />
      <label className="sf-cl-filters__switch">
        <Switch checked={alerted} onChange={(v) => { setAlerted(v); setPage(1); }} data-testid="comm-log-alerted" />
        <span>{t('cl.filter.alerted')}</span>
      </label>
      <Select value={limit} onChange={(v) => { setLimit(v); setPage(1); }} aria-label={t('cl.filter.limit')} className="sf-cl-filters__limit"
        options={LIMITS.map((n) => ({ value: n, label: t('cl.filter.limitOption', { count: n }) }))} />
    </div>
  );

  let body;
  if (logs.isError) body = <ErrorState error={logs.error} onRetry={() => void logs.refetch()} />;
  else if (phone) {
    body = (
      <List<ShownLog> dataSource={items} loading={logs.isFetching} locale={{ emptyText: <Empty description={t('cl.empty')} /> }}
        pagination={items.length > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, onChange: setPage, size: 'small', simple: true } : false}
        data-testid="comm-log-list"
        renderItem={(log) => (
          <List.Item className="sf-cl-card" data-testid="comm-log-row" data-external-id={log.externalId}>
            <div className="sf-cl-card__head">
              <Typography.Text strong ellipsis>{customerText(log)}</Typography.Text>
              {fromTag(log)}
              <Typography.Text type="secondary" className="sf-cl-card__at">{formatShortDateTime(log.at, lang)}</Typography.Text>
            </div>
            <div>{messageText(log)}</div>
            <div className="sf-cl-card__signals">
              <TermTags terms={log.termWeights} />
              <AlertTags alerts={log.alerts} />
              <Typography.Text type="secondary">{t('cl.col.score')} {log.score} · {t('cl.col.index')} {log.windowIndex}</Typography.Text>
            </div>
          </List.Item>
        )} />
    );
  } else {
    body = (
      <Table<ShownLog> rowKey="id" size="middle" columns={columns} dataSource={items} loading={logs.isFetching} scroll={{ x: 1100 }}
        locale={{ emptyText: <Empty description={t('cl.empty')} /> }} data-testid="comm-log-table"
        onRow={(log) => ({ 'data-testid': 'comm-log-row', 'data-external-id': log.externalId }) as HTMLAttributes<HTMLElement>}
        pagination={{ current: page, pageSize: PAGE_SIZE, onChange: setPage, showSizeChanger: false, showTotal: (total) => t('cl.total', { total }) }} />
    );
  }
  return <Card size="small" title={t('cl.title')} className="sf-cl-listcard">{filters}{body}</Card>;
}
