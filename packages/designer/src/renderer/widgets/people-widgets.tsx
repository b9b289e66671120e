import { Input, Select } from 'antd';
import { useT } from '../../i18n/index.js';
import type { PickOption, WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

function Picker(p: WidgetProps & { options: readonly PickOption[] | undefined; placeholder: string }) {
  if (p.readOnly) {
    const label = (v: unknown) => p.options?.find((o) => o.value === v)?.label ?? String(v);
    const text = Array.isArray(p.value) ? p.value.map(label).join(', ') : p.value == null ? '' : label(p.value);
    return <ReadOnlyValue node={{ ...p.node, type: 'text' }} value={text} lang={p.lang} />;
  }
  const multiple = Boolean(p.node.ui.multiple);
  if (!p.options) {
    // No directory (e.g. a preview without a project): accept ids typed by hand.
    return <Input id={p.path} value={Array.isArray(p.value) ? p.value.join(',') : String(p.value ?? '')} placeholder={p.placeholder}
      status={p.invalid ? 'error' : undefined} size={p.compact ? 'large' : 'middle'}
      onChange={(e) => {
        const v = e.target.value.trim();
        p.onChange(v === '' ? undefined : multiple ? v.split(/[,，\s]+/).filter(Boolean) : v);
      }} />;
  }
  return <Select id={p.path} mode={multiple ? 'multiple' : undefined} value={p.value as string | string[] | undefined}
    options={p.options.map((o) => ({ value: o.value, label: o.label }))} showSearch={{ optionFilterProp: 'label' }} allowClear
    onChange={(v) => p.onChange(Array.isArray(v) && v.length === 0 ? undefined : v ?? undefined)} placeholder={p.placeholder}
    status={p.invalid ? 'error' : undefined} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'} />;
}

/** Renders a picker of project members (one or several). */
export function PersonWidget(p: WidgetProps) {
  const t = useT();
  return <Picker {...p} options={p.services.people} placeholder={t('render.personPlaceholder')} />;
}

/** Renders a picker of roles (one or several). */
export function RoleWidget(p: WidgetProps) {
  const t = useT();
  return <Picker {...p} options={p.services.roles} placeholder={t('render.rolePlaceholder')} />;
}
