import { SortAscendingOutlined, SortDescendingOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useLang } from '../../i18n/index.js';
import { columnLabel } from './cells.js';
import type { RenderNode } from '../../renderer/index.js';
import { useWsT } from '../shared/hooks.js';
import { parseSort, sortKeys, sortString } from './sort.js';

/** Renders the phones' sort control (no table header there): a field, and a button flipping the direction. */
export function SortControl({ columns, byKey, sort, onSort }: { columns: readonly string[]; byKey: ReadonlyMap<string, RenderNode>; sort: string; onSort: (sort: string) => void }) {
  const t = useWsT();
  const { lang } = useLang();
  const { field, desc } = parseSort(sort);
  const label = (key: string) => {
    if (key === 'createdAt') return t('ws.tracking.createdAt');
    if (key === 'status') return t('ws.tracking.status');
    return columnLabel(byKey, key, lang);
  };
  const direction = desc ? t('ws.tracking.sortDesc') : t('ws.tracking.sortAsc');
  return (
    <Space.Compact className="sf-ws-tracking__sort">
      <Select value={field} prefix={t('ws.tracking.sort')} aria-label={t('ws.tracking.sort')} data-testid="tracking-sort" popupMatchSelectWidth={false}
        onChange={(f) => onSort(sortString({ field: f, desc }))}
        options={sortKeys(columns, byKey, sort).map((k) => ({ value: k, label: label(k) }))} />
      <Button icon={desc ? <SortDescendingOutlined /> : <SortAscendingOutlined />} aria-label={direction} title={direction} data-testid="tracking-sort-direction"
        onClick={() => onSort(sortString({ field, desc: !desc }))} />
    </Space.Compact>
  );
}
