import { useState } from 'react';
import { Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useLang, useT } from '../../../i18n/index.js';
import { flowMessages } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';

/**
 * Renders a compact editor of the simulated record: one input per top-level form field (choice,
 * number, yes/no, text), or the raw JSON when the form has no fields. Branches are picked
 * through this data.
 */
export function RecordEditor({ fields, value, onChange, disabled }: {
  readonly fields: readonly DesignerField[];
  readonly value: Record<string, unknown>;
  readonly onChange: (v: Record<string, unknown>) => void;
  readonly disabled?: boolean;
}) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const [json, setJson] = useState<string | null>(null);
  const [jsonError, setJsonError] = useState<string | null>(null);
  const top = fields.filter((f) => !f.key.includes('.'));
  const set = (key: string, v: unknown) => onChange({ ...value, [key]: v });
  if (top.length === 0 || json !== null) {
    const text = json ?? JSON.stringify(value, null, 2);
    return (
      <div className="sf-sim__record">
        <Input.TextArea rows={5} value={text} disabled={disabled} aria-label={t('sim.dataJson')} data-testid="sim-record-json"
          onChange={(e) => {
            setJson(e.target.value);
            try { onChange(JSON.parse(e.target.value) as Record<string, unknown>); setJsonError(null); }
            catch (err) { setJsonError(t('sim.dataInvalid', { reason: (err as Error).message })); }
          }} />
        {jsonError && <Typography.Text type="danger">{jsonError}</Typography.Text>}
      </div>
    );
  }
  return (
    <div className="sf-sim__record" data-testid="sim-record">
      {top.map((f) => {
        const v = value[f.key];
        const label = f.label[lang];
        let input;
        switch (f.kind) {
          case 'option':
            input = <Select size="small" value={v as string | undefined} allowClear disabled={disabled} aria-label={label} style={{ width: '100%' }}
              options={(f.options ?? []).map((o) => ({ value: o.value as string, label: o.label[lang] }))} onChange={(nv) => set(f.key, nv ?? null)}
              data-testid={`sim-field-${f.key}`} />;
            break;
          case 'options':
            input = <Select size="small" mode="multiple" showSearch={{ optionFilterProp: 'label' }} value={Array.isArray(v) ? (v as string[]) : []} disabled={disabled} aria-label={label} style={{ width: '100%' }}
              options={(f.options ?? []).map((o) => ({ value: o.value as string, label: o.label[lang] }))} onChange={(nv) => set(f.key, nv)}
              data-testid={`sim-field-${f.key}`} />;
            break;
          case 'number':
            input = <InputNumber size="small" value={typeof v === 'number' ? v : null} disabled={disabled} aria-label={label} style={{ width: '100%' }}
              onChange={(nv) => set(f.key, nv)} />;
            break;
          case 'boolean':
            input = <Switch size="small" checked={v === true} disabled={disabled} aria-label={label} onChange={(nv) => set(f.key, nv)} />;
            break;
          case 'date': case 'text':
            input = <Input size="small" value={typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v)} disabled={disabled} aria-label={label}
              onChange={(e) => set(f.key, e.target.value)} />;
            break;
          default: { const never: never = f.kind; input = never; }
        }
        return (
          <label key={f.key} className="sf-sim__field">
            <span className="sf-sim__label" title={f.key}>{label}</span>
            <span className="sf-sim__input">{input}</span>
          </label>
        );
      })}
      <Typography.Link onClick={() => setJson(JSON.stringify(value, null, 2))}>{t('sim.jsonMode')}</Typography.Link>
    </div>
  );
}
