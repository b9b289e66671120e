import { Card, Empty, Pagination, Spin, Typography } from 'antd';
import { Link } from 'react-router';
import { useLang } from '../../i18n/index.js';
import type { RenderNode } from '../../renderer/index.js';
import type { RecordView } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { cardLayout } from './card-lines.js';
import { cellText, columnLabel, RecordCell, recordPath } from './cells.js';
import type { ProjectPeople } from './people.js';
import { RecordStatusTag } from './RecordStatusTag.js';

/** One page of records and how to move between pages. */
export interface RecordsPage {
  readonly items: readonly RecordView[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly loading: boolean;
  onPage(page: number): void;
}

/**
 * Renders the records as cards (phones): title (as the server returned it, masked or not) and
 * status, then the view's other columns as `label value` lines formatted like the table's cells;
 * a card opens its record. Empty values are left out to keep cards short.
 */
export function RecordCards({ columns, byKey, people, paging }: { columns: readonly string[]; byKey: ReadonlyMap<string, RenderNode>; people: ProjectPeople; paging: RecordsPage }) {
  const t = useWsT();
  const { lang } = useLang();
  const card = (row: RecordView) => {
    const { titleKey, lineKeys } = cardLayout(row, columns);
    const lines = lineKeys.map((key) => ({ key, text: cellText(byKey.get(key), row.data[key], people, lang) })).filter((l) => l.text !== '');
    return (
      <Link key={row.id} to={recordPath(row.id)} relative="path" className="sf-ws-rcard" data-testid="tracking-card" data-record-id={row.id}>
        <Card size="small">
          <div className="sf-ws-rcard__head">
            <Typography.Text strong className="sf-ws-rcard__title" data-testid="tracking-card-title">
              {titleKey ? <RecordCell row={row} fieldKey={titleKey} text={row.title} /> : row.title || t('ws.inbox.untitled')}
            </Typography.Text>
            <RecordStatusTag status={row.status} />
          </div>
          <dl className="sf-ws-rcard__lines">
            {lines.map(({ key, text }) => (
              <div key={key} className="sf-ws-rcard__line">
                <dt>{columnLabel(byKey, key, lang)}</dt>
                <dd><RecordCell row={row} fieldKey={key} text={text} /></dd>
              </div>
            ))}
            <div className="sf-ws-rcard__line">
              <dt>{t('ws.tracking.createdAt')}</dt>
              <dd>{formatDateTime(row.createdAt, lang)}</dd>
            </div>
          </dl>
        </Card>
      </Link>
    );
  };
  return (
    <Spin spinning={paging.loading}>
      <div className="sf-ws-rcards" data-testid="tracking-cards">
        {paging.items.length ? paging.items.map(card) : !paging.loading && <Empty />}
      </div>
      {paging.total > 0 && <div className="sf-ws-rcards__paging">
        <Typography.Text type="secondary">{t('ws.tracking.total', { total: paging.total })}</Typography.Text>
        <Pagination simple size="small" current={paging.page} pageSize={paging.pageSize} total={paging.total} onChange={paging.onPage} showSizeChanger={false} data-testid="tracking-pages" />
      </div>}
    </Spin>
  );
}
