import { Button, Input, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useLang } from '../../../i18n/index.js';
import type { DesignerField } from '../model/form-fields.js';

/**
 * Renders a list of key → text pairs (field assignments, HTTP body, response mapping). Keys are
 * picked from the form's fields when `fields` is given, typed otherwise.
 */
export function KeyValueEditor({ value, onChange, keyLabel, valueLabel, addLabel, fields }: {
  readonly value: Readonly<Record<string, string>>;
  readonly onChange: (v: Record<string, string>) => void;
  readonly keyLabel: string;
  readonly valueLabel: string;
  readonly addLabel: string;
  readonly fields?: readonly DesignerField[];
}) {
  const { lang } = useLang();
  const rows = Object.entries(value);
  const write = (list: [string, string][]) => onChange(Object.fromEntries(list));
  return (
    <div className="sf-kv">
      {rows.map(([k, v], i) => (
        <Space.Compact key={i} block className="sf-kv__row">
          {fields
            ? <Select showSearch value={k || undefined} placeholder={keyLabel} style={{ width: '45%' }} aria-label={keyLabel} popupMatchSelectWidth={false}
                options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))}
                onChange={(nk: string) => write(rows.map((r, j) => (j === i ? [nk, r[1]] : r)))} />
            : <Input value={k} placeholder={keyLabel} style={{ width: '45%' }} aria-label={keyLabel}
                onChange={(e) => write(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />}
          <Input value={v} placeholder={valueLabel} aria-label={valueLabel}
            onChange={(e) => write(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
          <Button icon={<DeleteOutlined />} onClick={() => write(rows.filter((_, j) => j !== i))} />
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => write([...rows, [`${rows.length ? `field${rows.length + 1}` : ''}`, '']])}>
        {addLabel}
      </Button>
    </div>
  );
}
