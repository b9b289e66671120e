import { DatePicker, TimePicker } from 'antd';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { pickText, useT } from '../../i18n/index.js';
import type { WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

dayjs.extend(customParseFormat); // "HH:mm" values need format-aware parsing

const parse = (v: unknown, fmt?: string) => {
  if (typeof v !== 'string' || !v) return null;
  const d = fmt ? dayjs(v, fmt) : dayjs(v);
  return d.isValid() ? d : null;
};

/** Renders a date picker storing `YYYY-MM-DD`. */
export function DateWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <DatePicker id={p.path} value={parse(p.value)} onChange={(d) => p.onChange(d ? d.format('YYYY-MM-DD') : undefined)}
    status={p.invalid ? 'error' : undefined} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.choose')} inputReadOnly={p.compact} />;
}

/** Renders a date-time picker storing an ISO date-time with its UTC offset (2025-12-20T16:17:00+08:00). */
export function DateTimeWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <DatePicker id={p.path} showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" value={parse(p.value)}
    onChange={(d) => p.onChange(d ? d.second(0).format('YYYY-MM-DDTHH:mm:ssZ') : undefined)}
    status={p.invalid ? 'error' : undefined} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.choose')} inputReadOnly={p.compact} />;
}

/** Renders a time-of-day picker storing `HH:mm`. */
export function TimeWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <TimePicker id={p.path} format="HH:mm" value={parse(p.value, 'HH:mm')} onChange={(d) => p.onChange(d ? d.format('HH:mm') : undefined)}
    status={p.invalid ? 'error' : undefined} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'} minuteStep={5}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.choose')} inputReadOnly={p.compact} />;
}
