import { Alert, List, Statistic, Table, Tag, Typography } from 'antd';
import type { CommLogImportResult, CommLogIngestItem } from '../../api/comm-logs.js';
import { useLocalize } from '../../i18n/index.js';
import type { RejectedRow } from './import-issues.js';
import { AlertTags, TermTags } from './SignalTags.js';
import { useCommLogsT } from './useCommLogsT.js';

/** Renders the rows the server refused, each with its row number and every bilingual reason. */
export function RejectedRows({ rows }: { rows: readonly RejectedRow[] }) {
  const t = useCommLogsT();
  const localize = useLocalize();
  return (
    <List size="small" bordered className="sf-cl-rejected" data-testid="import-rejected" dataSource={[...rows]}
      renderItem={(r) => (
        <List.Item data-testid="import-rejected-row" data-row={r.row}>
          <div>
            <Tag color="red">{t('cl.import.row', { row: r.row })}</Tag>
            {r.issues.map((issue, i) => <div key={i} className="sf-cl-rejected__reason">{localize(issue.message)}</div>)}
          </div>
        </List.Item>
      )} />
  );
}

/** Renders an import's outcome: counts, the rows left out and the sentiment signals of each imported message. */
export function ImportResultView({ name, result, rejected }: { name: string; result: CommLogImportResult; rejected: readonly RejectedRow[] }) {
  const t = useCommLogsT();
  const signals = result.items.filter((i) => i.terms.length > 0 || i.alerts.length > 0);
  const alerted = result.items.filter((i) => i.alerts.length > 0).length;
  return (
    <div className="sf-cl-result" data-testid="import-result">
      <Alert type={rejected.length ? 'warning' : 'success'} showIcon title={t('cl.result.title', { name })} />
      <div className="sf-cl-stats">
        <Statistic title={t('cl.result.inserted')} value={result.inserted} data-testid="import-inserted" />
        <Statistic title={t('cl.result.duplicates')} value={result.duplicates} />
        <Statistic title={t('cl.result.rejected')} value={rejected.length} data-testid="import-rejected-count" styles={rejected.length ? { content: { color: '#cf1322' } } : {}} />
        <Statistic title={t('cl.result.alerts')} value={alerted} styles={alerted ? { content: { color: '#d4380d' } } : {}} />
      </div>
      {rejected.length > 0 && (
        <>
          <Typography.Title level={5}>{t('cl.result.rejectedRows')}</Typography.Title>
          <RejectedRows rows={rejected} />
        </>
      )}
      <Typography.Title level={5}>{t('cl.result.signals')}</Typography.Title>
      {signals.length ? (
        <Table<CommLogIngestItem> rowKey="id" size="small" pagination={false} dataSource={signals} scroll={{ x: 560 }} data-testid="import-signals"
          columns={[
            { key: 'externalId', title: t('cl.col.externalId'), dataIndex: 'externalId', width: 170 },
            { key: 'status', title: t('cl.col.status'), dataIndex: 'status', width: 80, render: (s: CommLogIngestItem['status']) => t(`cl.status.${s}`) },
            { key: 'terms', title: t('cl.col.terms'), render: (_, item) => <TermTags terms={item.termWeights} /> },
            { key: 'score', title: t('cl.col.score'), dataIndex: 'score', width: 70, align: 'right' },
            { key: 'index', title: t('cl.col.index'), dataIndex: 'windowIndex', width: 80, align: 'right' },
            { key: 'alerts', title: t('cl.col.alerts'), width: 120, render: (_, item) => <AlertTags alerts={item.alerts} /> },
          ]} />
      ) : <Typography.Text type="secondary">{t('cl.result.noSignals')}</Typography.Text>}
    </div>
  );
}
