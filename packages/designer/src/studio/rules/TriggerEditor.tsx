import { Button, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import type { RuleTrigger } from '@siteflow/runtime';
import { useLang, useT } from '../../i18n/index.js';
import type { DesignerField } from '../flow/model/form-fields.js';
import { describeCron } from './cron-preview.js';
import { ruleMessages, type RuleMessageKey } from './messages.js';

const kinds: readonly RuleTrigger['kind'][] = ['recordCreated', 'recordChanged', 'schedule', 'manual'];
const presets: readonly [RuleMessageKey, string][] = [
  ['rules.preset.daily9', '0 9 * * *'], ['rules.preset.hourly', '0 * * * *'], ['rules.preset.weekday18', '0 18 * * 1-5'], ['rules.preset.monthly', '0 8 1 * *'],
];

function blank(kind: RuleTrigger['kind']): RuleTrigger {
  switch (kind) {
    case 'recordCreated': return { kind };
    case 'recordChanged': return { kind, fields: [] };
    case 'schedule': return { kind, cron: '0 9 * * *', workingDaysOnly: true };
    case 'manual': return { kind };
    default: { const never: never = kind; return never; }
  }
}

/** Renders the trigger picker: record created, record changed (field filter), schedule (cron with a readable preview), manual. */
export function TriggerEditor({ value, fields, onChange }: { readonly value: RuleTrigger; readonly fields: readonly DesignerField[]; readonly onChange: (t: RuleTrigger) => void }) {
  const t = useT(ruleMessages);
  const { lang } = useLang();
  const preview = value.kind === 'schedule' ? describeCron(value.cron, lang) : null;
  return (
    <Form layout="vertical" size="small">
      <Form.Item label={t('rules.trigger.kind')}>
        <Select value={value.kind} data-testid="rule-trigger-kind" onChange={(k: RuleTrigger['kind']) => onChange(blank(k))}
          options={kinds.map((k) => ({ value: k, label: t(`rules.trigger.${k}` as RuleMessageKey) }))} style={{ maxWidth: 260 }} />
      </Form.Item>
      {value.kind === 'recordChanged' && (
        <Form.Item label={t('rules.trigger.fields')}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} value={[...(value.fields ?? [])]} placeholder={t('rules.trigger.fieldsAny')} allowClear
            options={fields.map((f) => ({ value: f.key, label: f.label[lang] }))} onChange={(fs: string[]) => onChange({ ...value, fields: fs })} />
        </Form.Item>
      )}
      {value.kind === 'schedule' && (
        <>
          <Form.Item label={t('rules.trigger.cron')} validateStatus={preview?.ok === false ? 'error' : undefined}
            help={preview ? (preview.ok ? t('rules.trigger.cronPreview', { text: preview.text }) : t('rules.trigger.cronInvalid', { reason: preview.reason })) : undefined}>
            <Input value={value.cron} style={{ fontFamily: 'monospace', maxWidth: 260 }} data-testid="rule-cron"
              onChange={(e) => onChange({ ...value, cron: e.target.value })} />
          </Form.Item>
          <Space wrap size={4} style={{ marginBottom: 8 }}>
            <Typography.Text type="secondary">{t('rules.trigger.presets')}</Typography.Text>
            {presets.map(([label, cron]) => <Button key={cron} size="small" onClick={() => onChange({ ...value, cron })}>{t(label)}</Button>)}
          </Space>
          <Form.Item>
            <Checkbox checked={value.workingDaysOnly ?? false} onChange={(e) => onChange({ ...value, workingDaysOnly: e.target.checked })}>
              {t('rules.trigger.workingDaysOnly')}
            </Checkbox>
          </Form.Item>
        </>
      )}
    </Form>
  );
}
