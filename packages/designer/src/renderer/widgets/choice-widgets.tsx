import { Checkbox, Input, Radio, Select, Switch } from 'antd';
import { pickText, useT } from '../../i18n/index.js';
import { OTHER_VALUE, otherKey } from '../runtime-form.js';
import type { WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

function siblingPath(path: string, key: string): string {
  const i = path.lastIndexOf('.');
  return i < 0 ? key : `${path.slice(0, i + 1)}${key}`;
}

/** Renders a single choice as radio buttons (`radio`) or a dropdown (`dropdown`). */
export function SelectWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  const options = p.node.options.map((o) => ({ value: o.value, label: pickText(o.label, p.lang) }));
  const value = typeof p.value === 'string' ? p.value : undefined;
  if (p.node.widget === 'dropdown') {
    return <Select id={p.path} value={value} options={options} onChange={(v) => p.onChange(v)} allowClear onClear={() => p.onChange(undefined)}
      status={p.invalid ? 'error' : undefined} placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.choose')}
      style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'} />;
  }
  return (
    <Radio.Group id={p.path} value={value} onChange={(e) => p.onChange(e.target.value)} className={`sf-choice ${p.compact ? 'sf-choice--touch' : ''}`}>
      {options.map((o) => <Radio key={o.value} value={o.value}>{o.label}</Radio>)}
    </Radio.Group>
  );
}

/** Renders a multiple choice (checkboxes or a tag dropdown) with "other, please specify" text when allowed. */
export function MultiSelectWidget(p: WidgetProps) {
  const t = useT();
  const otherPath = siblingPath(p.path, otherKey(p.node.key));
  if (p.readOnly) {
    const other = p.getValue(otherPath);
    return (
      <>
        <ReadOnlyValue {...p} />
        {typeof other === 'string' && other && <div className="sf-form__readonly-sub">{t('render.other')}: {other}</div>}
      </>
    );
  }
  const options = p.node.options.map((o) => ({ value: o.value, label: pickText(o.label, p.lang) }));
  const value = Array.isArray(p.value) ? (p.value as string[]) : [];
  const change = (next: string[]) => {
    p.onChange(next.length ? next : undefined);
    if (!next.includes(OTHER_VALUE)) p.setValue(otherPath, undefined); // no stale "other" text
  };
  const otherChecked = Boolean(p.node.ui.allowOther) && value.includes(OTHER_VALUE);
  return (
    <div>
      {p.node.widget === 'multiDropdown' ? (
        <Select id={p.path} mode="multiple" showSearch={{ optionFilterProp: 'label' }} value={value} options={options} onChange={change} status={p.invalid ? 'error' : undefined}
          placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.choose')} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'} />
      ) : (
        <div id={p.path}>
          <Checkbox.Group value={value} onChange={(v) => change(v as string[])} className={`sf-choice ${p.compact ? 'sf-choice--touch' : ''}`}>
            {options.map((o) => <Checkbox key={o.value} value={o.value}>{o.label}</Checkbox>)}
          </Checkbox.Group>
        </div>
      )}
      {otherChecked && (
        <Input className="sf-form__other" id={otherPath} value={String(p.getValue(otherPath) ?? '')} maxLength={200}
          placeholder={t('render.otherSpecify')} aria-label={t('render.otherSpecify')} size={p.compact ? 'large' : 'middle'}
          onChange={(e) => p.setValue(otherPath, e.target.value || undefined)} data-testid={`other-${p.path}`} />
      )}
    </div>
  );
}

/** Renders yes / no as two buttons (`yesNo`) or a switch (`switch`). */
export function BooleanWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  if (p.node.widget === 'switch') {
    return <Switch id={p.path} checked={p.value === true} onChange={(v) => p.onChange(v)}
      checkedChildren={t('render.yes')} unCheckedChildren={t('render.no')} />;
  }
  return (
    <Radio.Group id={p.path} optionType="button" buttonStyle="solid" value={p.value === true ? 'yes' : p.value === false ? 'no' : undefined}
      onChange={(e) => p.onChange(e.target.value === 'yes')} size={p.compact ? 'large' : 'middle'}
      options={[{ value: 'yes', label: t('render.yes') }, { value: 'no', label: t('render.no') }]} />
  );
}
