import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useT } from '../../../i18n/index.js';
import type { AutoNumber, AutoNumberDate } from '../../../renderer/index.js';
import { autoNumberExample } from '../model/index.js';

const DATES: readonly AutoNumberDate[] = ['yyyyMM', 'yyyyMMdd', 'yyyy', 'none'];
const DEFAULT: AutoNumber = { prefix: 'NO-', date: 'yyyyMM', digits: 3 };
const PREFIX_RE = /^\S{0,12}$/;

/** Renders a text field's automatic-number (serial number) settings: on/off, prefix, date part and digits, with an example. */
export function AutoNumberProps({ value, onChange }: { readonly value: AutoNumber | undefined; readonly onChange: (next: AutoNumber | undefined) => void }) {
  const t = useT();
  const set = (patch: Partial<AutoNumber>) => onChange({ ...(value ?? DEFAULT), ...patch });
  return (
    <>
      <Form.Item label={t('props.autoNumber')} help={value ? t('props.autoNumberHelp', { example: autoNumberExample(value, new Date()) }) : undefined}>
        <Switch checked={value !== undefined} onChange={(on) => onChange(on ? DEFAULT : undefined)} data-testid="prop-auto-number" />
      </Form.Item>
      {value && (
        <>
          <Form.Item label={t('props.autoNumberPrefix')} validateStatus={PREFIX_RE.test(value.prefix) ? undefined : 'error'}>
            <Input value={value.prefix} maxLength={12} onChange={(e) => set({ prefix: e.target.value.replace(/\s/g, '') })} data-testid="prop-auto-number-prefix" />
          </Form.Item>
          <Form.Item label={t('props.autoNumberDate')}>
            <Select value={value.date} onChange={(date: AutoNumberDate) => set({ date })} data-testid="prop-auto-number-date"
              options={DATES.map((d) => ({ value: d, label: t(`props.autoNumberDate.${d}`) }))} />
          </Form.Item>
          <Form.Item label={t('props.autoNumberDigits')}>
            <InputNumber min={2} max={8} precision={0} value={value.digits} onChange={(digits) => set({ digits: digits ?? 3 })} style={{ width: '100%' }}
              data-testid="prop-auto-number-digits" />
          </Form.Item>
        </>
      )}
    </>
  );
}
