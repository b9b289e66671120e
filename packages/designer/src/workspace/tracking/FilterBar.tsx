import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useLang } from '../../i18n/index.js';
import { pickText } from '../../i18n/index.js';
import type { RenderNode } from '../../renderer/index.js';
import { useWsT } from '../shared/hooks.js';
import { newFilter, operatorsFor } from './columns.js';
import type { ViewFilter } from './views-api.js';

const NUMERIC = new Set(['number', 'money', 'percent', 'duration']);

/**
 * Renders the filter rows of a tracking table: field, operator, value; add and clear. `compact`
 * (phones, where the More menu adds a condition) leaves the buttons out until there is a condition.
 */
export function FilterBar({ nodes, filters, onChange, compact = false }: { nodes: readonly RenderNode[]; filters: readonly ViewFilter[]; onChange: (next: ViewFilter[]) => void; compact?: boolean }) {
  const t = useWsT();
  const { lang } = useLang();
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const set = (i: number, patch: Partial<ViewFilter>) => onChange(filters.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  const valueInput = (f: ViewFilter, i: number) => {
    const node = byKey.get(f.field);
    if (node && (node.type === 'select' || node.type === 'multiselect')) {
      return <Select style={{ minWidth: 140 }} value={f.value as string} onChange={(v) => set(i, { value: v })}
        options={node.options.map((o) => ({ value: String(o.value), label: pickText(o.label, lang) }))} />;
    }
    if (node?.type === 'boolean') {
      return <Select style={{ minWidth: 90 }} value={f.value as boolean} onChange={(v) => set(i, { value: v })}
        options={[{ value: true, label: t('ws.bool.yes') }, { value: false, label: t('ws.bool.no') }]} />;
    }
    if (node && NUMERIC.has(node.type)) return <InputNumber value={f.value as number} onChange={(v) => set(i, { value: v ?? 0 })} placeholder={t('ws.tracking.value')} />;
    return <Input style={{ width: 160 }} value={String(f.value ?? '')} onChange={(e) => set(i, { value: e.target.value })} placeholder={t('ws.tracking.value')} />;
  };
  if (compact && filters.length === 0) return null;
  return (
    <div className="sf-ws-filterbar" data-testid="filter-bar">
      {filters.map((f, i) => (
        <Space key={i} wrap className="sf-ws-filterbar__row">
          <Select style={{ minWidth: 140 }} value={f.field} showSearch optionFilterProp="label"
            onChange={(field) => set(i, { field, op: operatorsFor(byKey.get(field))[0] ?? 'eq', value: '' })}
            options={nodes.map((n) => ({ value: n.key, label: pickText(n.ui.label, lang) || n.key }))} />
          <Select style={{ minWidth: 100 }} value={f.op} onChange={(op) => set(i, { op })}
            options={operatorsFor(byKey.get(f.field)).map((op) => ({ value: op, label: t(`ws.op.${op}`) }))} />
          {valueInput(f, i)}
          <Button icon={<DeleteOutlined />} aria-label={t('ws.offline.discard')} onClick={() => onChange(filters.filter((_, j) => j !== i))} />
        </Space>
      ))}
      <Space>
        <Button icon={<PlusOutlined />} onClick={() => { const next = newFilter(nodes); if (next) onChange([...filters, next]); }}>{t('ws.tracking.addFilter')}</Button>
        {filters.length > 0 && <Button onClick={() => onChange([])}>{t('ws.tracking.clearFilters')}</Button>}
      </Space>
    </div>
  );
}
