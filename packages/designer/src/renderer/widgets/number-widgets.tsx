import { InputNumber, Space } from 'antd';
import { pickText, useT } from '../../i18n/index.js';
import type { WidgetProps } from '../types.js';
import { ReadOnlyValue } from './ReadOnlyValue.js';

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const clean = (v: number | string | null) => (v === null || v === '' ? undefined : typeof v === 'number' ? v : Number(v));

/** Renders a number input with the field's decimals, range and unit. */
export function NumberWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  const decimals = p.node.ui.decimals;
  const unit = pickText(p.node.ui.unit, p.lang);
  return <InputNumber id={p.path} value={num(p.value)} onChange={(v) => p.onChange(clean(v))} status={p.invalid ? 'error' : undefined}
    precision={decimals} min={p.node.schema.minimum} max={p.node.schema.maximum} inputMode={decimals === 0 ? 'numeric' : 'decimal'}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.enter')} style={{ width: '100%' }} size={p.compact ? 'large' : 'middle'}
    {...(unit ? { suffix: unit } : {})} />;
}

/** Returns `80,000.00` for the money input's display (thousands separators, 2 decimals). Pure. */
export function formatYuanInput(v: number | string | undefined): string {
  if (v === undefined || v === null || v === '' || Number.isNaN(Number(v))) return '';
  const [int = '0', frac = '00'] = Number(v).toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** Renders an amount in yuan: ¥ prefix, thousands separators, exactly 2 decimals. */
export function MoneyWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <InputNumber<number> id={p.path} value={num(p.value)} onChange={(v) => p.onChange(clean(v))} status={p.invalid ? 'error' : undefined}
    prefix="¥" precision={2} min={0} max={p.node.schema.maximum ?? 1e12} inputMode="decimal" style={{ width: '100%' }}
    formatter={(v, info) => (info.userTyping ? info.input : formatYuanInput(v))}
    parser={(v) => Number((v ?? '').replace(/[¥,\s]/g, ''))}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.enter')} size={p.compact ? 'large' : 'middle'} />;
}

/** Renders a percentage 0–100 with 2 decimals and a % suffix. */
export function PercentWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  return <InputNumber id={p.path} value={num(p.value)} onChange={(v) => p.onChange(clean(v))} status={p.invalid ? 'error' : undefined}
    suffix="%" precision={2} min={p.node.schema.minimum ?? 0} max={p.node.schema.maximum ?? 100} inputMode="decimal" style={{ width: '100%' }}
    placeholder={pickText(p.node.ui.placeholder, p.lang) || t('render.enter')} size={p.compact ? 'large' : 'middle'} />;
}

/** Renders a duration as hours + minutes inputs; stores whole minutes. */
export function DurationWidget(p: WidgetProps) {
  const t = useT();
  if (p.readOnly) return <ReadOnlyValue {...p} />;
  const total = num(p.value);
  const hours = total === null ? null : Math.floor(total / 60);
  const minutes = total === null ? null : total % 60;
  const set = (h: number | null, m: number | null) => p.onChange(h === null && m === null ? undefined : (h ?? 0) * 60 + (m ?? 0));
  return (
    <Space.Compact style={{ width: '100%' }} id={p.path}>
      <InputNumber value={hours} min={0} precision={0} onChange={(h) => set(h, minutes)} suffix={t('render.durationUnit.hours')}
        status={p.invalid ? 'error' : undefined} style={{ width: '50%' }} inputMode="numeric" size={p.compact ? 'large' : 'middle'} aria-label={t('render.durationUnit.hours')} />
      <InputNumber value={minutes} min={0} max={59} precision={0} onChange={(m) => set(hours, m)} suffix={t('render.durationUnit.minutes')}
        status={p.invalid ? 'error' : undefined} style={{ width: '50%' }} inputMode="numeric" size={p.compact ? 'large' : 'middle'} aria-label={t('render.durationUnit.minutes')} />
    </Space.Compact>
  );
}
