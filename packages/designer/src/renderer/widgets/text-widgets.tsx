import { MailOutlined, MobileOutlined, IdcardOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { pickText } from '../../i18n/index.js';
import { useT } from '../../i18n/index.js';
import type { WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

function usePlaceholder(p: WidgetProps): string {
  const t = useT();
  return pickText(p.node.ui.placeholder, p.lang) || t(p.node.ui.autoNumber ? 'render.autoNumber' : 'render.enter');
}

const str = (v: unknown) => (typeof v === 'string' ? v : v == null ? '' : String(v));
/** Empty input clears the value, so "required" and "optional" behave alike for blank text. */
const orUndef = (v: string) => (v === '' ? undefined : v);

/** Renders a one-line text input. */
export function TextWidget(p: WidgetProps) {
  const placeholder = usePlaceholder(p);
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <Input id={p.path} value={str(p.value)} placeholder={placeholder} status={p.invalid ? 'error' : undefined}
    maxLength={p.node.schema.maxLength ?? 200} onChange={(e) => p.onChange(orUndef(e.target.value))} size={p.compact ? 'large' : 'middle'} />;
}

/** Renders a multi-line text input that grows with its content. */
export function TextareaWidget(p: WidgetProps) {
  const placeholder = usePlaceholder(p);
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <Input.TextArea id={p.path} value={str(p.value)} placeholder={placeholder} status={p.invalid ? 'error' : undefined}
    autoSize={{ minRows: 3, maxRows: 10 }} maxLength={p.node.schema.maxLength ?? 2000} showCount
    onChange={(e) => p.onChange(orUndef(e.target.value))} />;
}

/** Renders a mobile number input (numeric keypad on phones; spaces and dashes removed). */
export function PhoneWidget(p: WidgetProps) {
  const placeholder = usePlaceholder(p);
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <Input id={p.path} type="tel" inputMode="tel" autoComplete="tel" prefix={<MobileOutlined />} value={str(p.value)}
    placeholder={placeholder} status={p.invalid ? 'error' : undefined} maxLength={16} size={p.compact ? 'large' : 'middle'}
    onChange={(e) => p.onChange(orUndef(e.target.value.replace(/[\s-]/g, '')))} />;
}

/** Renders an 18-character resident ID input (upper-cases the check letter X). */
export function IdCardWidget(p: WidgetProps) {
  const placeholder = usePlaceholder(p);
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <Input id={p.path} prefix={<IdcardOutlined />} value={str(p.value)} placeholder={placeholder} maxLength={18}
    status={p.invalid ? 'error' : undefined} size={p.compact ? 'large' : 'middle'} autoComplete="off"
    onChange={(e) => p.onChange(orUndef(e.target.value.trim().toUpperCase()))} />;
}

/** Renders an e-mail input. */
export function EmailWidget(p: WidgetProps) {
  const placeholder = usePlaceholder(p);
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <Input id={p.path} type="email" inputMode="email" autoComplete="email" prefix={<MailOutlined />} value={str(p.value)}
    placeholder={placeholder} status={p.invalid ? 'error' : undefined} maxLength={254} size={p.compact ? 'large' : 'middle'}
    onChange={(e) => p.onChange(orUndef(e.target.value.trim()))} />;
}
