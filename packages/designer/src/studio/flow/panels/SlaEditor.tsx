import { Button, Form, InputNumber, Space, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { SlaPolicy } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { flowMessages } from '../messages.js';
import { DurationInput } from './DurationInput.js';
import { EscalationEditor } from './EscalationEditor.js';

/** Renders a task's SLA editor: time limit, reminders at fractions of it, and the escalation ladder. */
export function SlaEditor({ value, onChange }: { readonly value: SlaPolicy | undefined; readonly onChange: (v: SlaPolicy | undefined) => void }) {
  const t = useT(flowMessages);
  const reminders = value?.reminders ?? [];
  return (
    <Form layout="vertical" size="small" className="sf-sla">
      <Form.Item label={t('flow.sla.enabled')}>
        <Switch checked={!!value} aria-label={t('flow.sla.enabled')} data-testid="sla-enabled"
          onChange={(on) => onChange(on ? { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: [] } : undefined)} />
      </Form.Item>
      {value && (
        <>
          <Form.Item label={t('flow.sla.title')}>
            <DurationInput value={value.duration} onChange={(duration) => onChange({ ...value, duration })} testId="sla-duration" />
          </Form.Item>
          <Form.Item label={t('flow.sla.reminders')}>
            <Space size={4} wrap>
              {reminders.map((r, i) => (
                <Tag key={i} closable onClose={(e) => { e.preventDefault(); onChange({ ...value, reminders: reminders.filter((_, j) => j !== i) }); }}>
                  <InputNumber size="small" min={1} max={99} variant="borderless" value={Math.round(r * 100)} style={{ width: 52 }}
                    aria-label={t('flow.sla.reminderAt', { percent: Math.round(r * 100) })}
                    onChange={(p) => onChange({ ...value, reminders: reminders.map((x, j) => (j === i ? Math.min(99, Math.max(1, p ?? 50)) / 100 : x)) })} />%
                </Tag>
              ))}
              <Button size="small" type="dashed" icon={<PlusOutlined />}
                onClick={() => onChange({ ...value, reminders: [...reminders, reminders.length ? Math.min(0.95, (reminders[reminders.length - 1] ?? 0.5) + 0.25) : 0.5] })} />
            </Space>
          </Form.Item>
          <Typography.Text strong>{t('flow.sla.escalation')}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('flow.sla.escalationHelp')}</Typography.Paragraph>
          <EscalationEditor value={value.escalation ?? []} onChange={(escalation) => onChange({ ...value, escalation })} testId="sla-escalation" />
        </>
      )}
    </Form>
  );
}
