import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { pickText, useT } from '../../i18n/index.js';
import type { WidgetProps } from '../types.js';

/**
 * Renders a sub-table: a table of typed columns on desktop, one card per row on phones; rows
 * can be added and removed unless read-only. Cell errors show under their cell.
 */
export function SubtableWidget(p: WidgetProps) {
  const t = useT();
  const rows = Array.isArray(p.value) ? (p.value as unknown[]) : [];
  const columns = p.node.children;
  const addRow = () => p.onChange([...rows, {}]);
  const removeRow = (i: number) => {
    const next = rows.filter((_, j) => j !== i);
    p.onChange(next.length ? next : undefined);
  };
  const maxRows = p.node.schema.maxItems ?? 200;
  // Read-only there is no add-row button to point at.
  const noRows = t(p.readOnly ? 'render.noRowsReadOnly' : 'render.noRows');
  const add = !p.readOnly && rows.length < maxRows && (
    <Button type="dashed" icon={<PlusOutlined />} onClick={addRow} block={p.compact} size={p.compact ? 'large' : 'middle'}
      data-testid={`add-row-${p.path}`}>{t('render.addRow')}</Button>
  );
  if (p.compact) {
    return (
      <div className="sf-subtable sf-subtable--cards" id={p.path}>
        {rows.length === 0 && <Typography.Text type="secondary">{noRows}</Typography.Text>}
        {rows.map((_, i) => (
          <div className="sf-subtable__card" key={i}>
            <div className="sf-subtable__card-head">
              <Typography.Text strong>{t('render.row', { n: i + 1 })}</Typography.Text>
              {!p.readOnly && <Button type="text" danger icon={<DeleteOutlined />} onClick={() => removeRow(i)} aria-label={t('render.removeRow')} />}
            </div>
            {columns.map((c) => p.renderField(c, `${p.path}.${i}.${c.key}`))}
          </div>
        ))}
        {add}
      </div>
    );
  }
  return (
    <div className="sf-subtable" id={p.path}>
      <div className="sf-subtable__scroll">
        <table className="sf-subtable__table">
          <thead>
            <tr>
              <th className="sf-subtable__index">#</th>
              {columns.map((c) => (
                <th key={c.key}>
                  {c.required && <span className="sf-form__star" aria-hidden>*</span>}
                  {pickText(c.ui.label, p.lang)}
                </th>
              ))}
              {!p.readOnly && <th className="sf-subtable__ops" aria-label={t('common.actions')} />}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr><td colSpan={columns.length + (p.readOnly ? 1 : 2)} className="sf-subtable__empty">{noRows}</td></tr>
            )}
            {rows.map((_, i) => (
              <tr key={i}>
                <td className="sf-subtable__index">{i + 1}</td>
                {columns.map((c) => <td key={c.key}>{p.renderField(c, `${p.path}.${i}.${c.key}`, { bare: true })}</td>)}
                {!p.readOnly && (
                  <td className="sf-subtable__ops">
                    <Button type="text" danger icon={<DeleteOutlined />} onClick={() => removeRow(i)} aria-label={t('render.removeRow')} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {add && <div style={{ marginTop: 8 }}>{add}</div>}
    </div>
  );
}
