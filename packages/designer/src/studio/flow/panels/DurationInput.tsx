import { InputNumber, Select, Space } from 'antd';
import type { Duration, DurationUnit } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';

const units: readonly DurationUnit[] = ['minutes', 'hours', 'workingHours', 'days', 'workingDays'];

/** Renders an amount plus unit editor for a Duration (minutes, hours, working hours, days, working days). */
export function DurationInput({ value, onChange, testId }: { readonly value: Duration; readonly onChange: (d: Duration) => void; readonly testId?: string }) {
  const t = useT(flowMessages);
  return (
    <Space.Compact data-testid={testId}>
      <InputNumber min={0} value={value.amount} style={{ width: 90 }} aria-label={t('flow.sla.amount')}
        onChange={(amount) => onChange({ ...value, amount: typeof amount === 'number' ? amount : 0 })} />
      <Select value={value.unit} style={{ width: 120 }} aria-label={t('flow.sla.unit')} popupMatchSelectWidth={false}
        options={units.map((u) => ({ value: u, label: t(`flow.unit.${u}` as FlowMessageKey) }))}
        onChange={(unit: DurationUnit) => onChange({ ...value, unit })} />
    </Space.Compact>
  );
}
