import { Table, Tooltip } from 'antd';
import type { TableProps } from 'antd';
import { useNavigate } from 'react-router';
import { useLang } from '../../i18n/index.js';
import type { RenderNode } from '../../renderer/index.js';
import type { RecordView } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { cellText, columnLabel, RecordCell, recordPath } from './cells.js';
import { columnWidth, CREATED_AT_WIDTH, STATUS_WIDTH } from './columns.js';
import type { ProjectPeople } from './people.js';
import { RecordStatusTag } from './RecordStatusTag.js';
import { isSortable, sortFromHeader, sortOrderOf } from './sort.js';
import type { RecordsPage } from './RecordCards.js';

/**
 * Renders the records as a table (tablets and laptops): fixed column widths by field type, long
 * values cut with an ellipsis and shown whole in a tooltip, header sort, paging; a row opens its record.
 */
export function RecordTable({ columns, byKey, people, sort, onSort, paging }: {
  columns: readonly string[]; byKey: ReadonlyMap<string, RenderNode>; people: ProjectPeople; sort: string; onSort: (sort: string) => void; paging: RecordsPage;
}) {
  const t = useWsT();
  const { lang } = useLang();
  const navigate = useNavigate();
  const tableColumns: TableProps<RecordView>['columns'] = [
    ...columns.map((key) => {
      const node = byKey.get(key);
      return {
        key, dataIndex: ['data', key], title: columnLabel(byKey, key, lang), width: columnWidth(node),
        sorter: isSortable(node), sortOrder: sortOrderOf(sort, key), ellipsis: { showTitle: false },
        render: (_: unknown, row: RecordView) => {
          const text = cellText(node, row.data[key], people, lang);
          const cell = <RecordCell row={row} fieldKey={key} text={text} />;
          return text ? <Tooltip title={text} placement="topLeft"><span className="sf-ws-tracking__cell">{cell}</span></Tooltip> : cell;
        },
      };
    }),
    {
      key: 'createdAt', dataIndex: 'createdAt', title: t('ws.tracking.createdAt'), sorter: true, width: CREATED_AT_WIDTH, ellipsis: true,
      sortOrder: sortOrderOf(sort, 'createdAt'), render: (v: number) => formatDateTime(v, lang),
    },
    {
      key: 'status', dataIndex: 'status', title: t('ws.tracking.status'), sorter: true, width: STATUS_WIDTH,
      sortOrder: sortOrderOf(sort, 'status'), render: (v: string) => <RecordStatusTag status={v} />,
    },
  ];
  // Fixed widths: the table scrolls sideways only when the chosen columns need more than the screen.
  const scrollX = tableColumns.reduce((sum, c) => sum + Number(c.width ?? 0), 0);
  return (
    <Table<RecordView> rowKey="id" size="middle" columns={tableColumns} dataSource={[...paging.items]} loading={paging.loading}
      scroll={{ x: scrollX }} className="sf-ws-tracking__table" data-testid="tracking-table"
      onRow={(row) => ({ onClick: () => void navigate(recordPath(row.id), { relative: 'path' }), style: { cursor: 'pointer' } })}
      onChange={(_p, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        onSort(sortFromHeader(s?.columnKey, s?.order));
      }}
      pagination={{ current: paging.page, pageSize: paging.pageSize, total: paging.total, onChange: paging.onPage, showSizeChanger: false, showTotal: (total) => t('ws.tracking.total', { total }) }} />
  );
}
