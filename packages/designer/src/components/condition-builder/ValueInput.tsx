import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../i18n/index.js';
import type { ConditionField, ConditionOp } from './types.js';

interface Props {
  readonly field: ConditionField | undefined;
  readonly op: ConditionOp;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly disabled?: boolean;
}

type Scalar = string | number | boolean | null;

function SingleValue({ field, value, onChange, disabled }: Omit<Props, 'op'>) {
  const t = useT();
  const kind = field?.kind ?? 'text';
  switch (kind) {
    case 'number':
      return <InputNumber value={typeof value === 'number' ? value : null} onChange={(v) => onChange(v)} disabled={disabled}
        style={{ width: 140 }} aria-label={t('cond.value')} />;
    case 'date':
      return <DatePicker value={typeof value === 'string' && value ? dayjs(value) : null} disabled={disabled}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)} aria-label={t('cond.value')} />;
    case 'boolean':
      return <Select value={value === false ? 'false' : 'true'} onChange={(v) => onChange(v === 'true')} disabled={disabled}
        style={{ width: 100 }} aria-label={t('cond.value')}
        options={[{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]} />;
    case 'option':
    case 'options':
      return <Select value={value as Scalar ?? undefined} onChange={onChange} disabled={disabled} style={{ minWidth: 140 }}
        placeholder={t('cond.chooseValue')} aria-label={t('cond.value')} popupMatchSelectWidth={false}
        options={(field?.options ?? []).map((o) => ({ value: o.value as string, label: o.label }))} />;
    case 'text':
      return <Input value={typeof value === 'string' ? value : value == null ? '' : String(value)} disabled={disabled}
        onChange={(e) => onChange(e.target.value)} style={{ width: 160 }} aria-label={t('cond.value')} />;
    default: { const never: never = kind; return never; }
  }
}

/** Renders the value input of one comparison: nothing, one value, a list (in / notIn) or a range (between). */
export function ValueInput({ field, op, value, onChange, disabled }: Props) {
  const t = useT();
  if (op === 'isEmpty' || op === 'isNotEmpty') return null;
  if (op === 'between') {
    const [lo, hi] = Array.isArray(value) ? value : [null, null];
    return (
      <Space.Compact>
        <SingleValue field={field} value={lo} onChange={(v) => onChange([v, hi])} disabled={disabled} />
        <Input disabled value={t('cond.to')} style={{ width: 44, textAlign: 'center', pointerEvents: 'none' }} tabIndex={-1} />
        <SingleValue field={field} value={hi} onChange={(v) => onChange([lo, v])} disabled={disabled} />
      </Space.Compact>
    );
  }
  if (op === 'in' || op === 'notIn') {
    const list = Array.isArray(value) ? (value as Scalar[]) : [];
    const hasOptions = Boolean(field?.options?.length);
    return (
      <Select
        mode={hasOptions ? 'multiple' : 'tags'}
        value={list.map((v) => (v === null ? '' : v)) as string[]}
        onChange={(v: (string | number)[]) => onChange(field?.kind === 'number' ? v.map(Number) : v)}
        options={(field?.options ?? []).map((o) => ({ value: o.value as string, label: o.label }))}
        placeholder={hasOptions ? t('cond.chooseValue') : t('cond.listPlaceholder')}
        style={{ minWidth: 200 }}
        disabled={disabled}
        aria-label={t('cond.value')}
      />
    );
  }
  return <SingleValue field={field} value={value} onChange={onChange} disabled={disabled} />;
}
