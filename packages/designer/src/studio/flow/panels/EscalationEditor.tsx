import { Button, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AssigneeRule, EscalationAction, EscalationStep } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { flowMessages } from '../messages.js';
import { AssigneeEditor } from './AssigneeEditor.js';
import { DurationInput } from './DurationInput.js';

const actionKey = { notify: 'flow.esc.notify', addAssignees: 'flow.esc.addAssignee', reassign: 'flow.esc.reassign' } as const;

/**
 * Renders an escalation ladder editor: ordered steps "after breach + offset → notify / add
 * assignees / reassign to" a role, users, an expression or the regional director.
 */
export function EscalationEditor({ value, onChange, testId }: { readonly value: readonly EscalationStep[]; readonly onChange: (v: EscalationStep[]) => void; readonly testId?: string }) {
  const t = useT(flowMessages);
  const set = (i: number, step: EscalationStep) => onChange(value.map((s, j) => (j === i ? step : s)));
  const next = (): EscalationStep => {
    const ladder: { action: EscalationAction; to: AssigneeRule[] }[] = [
      { action: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }] },
      { action: 'addAssignees', to: [{ kind: 'role', role: 'siteManager' }] },
      { action: 'reassign', to: [{ kind: 'regionalDirector' }] },
    ];
    const pick = ladder[Math.min(value.length, ladder.length - 1)] ?? ladder[0]!;
    return { after: { amount: value.length === 0 ? 0 : value.length === 1 ? 4 : 24, unit: 'hours' }, ...pick };
  };
  return (
    <div className="sf-escalation" data-testid={testId}>
      {value.length === 0 && <Typography.Text type="secondary">{t('flow.props.none')}</Typography.Text>}
      {value.map((step, i) => (
        <div key={i} className="sf-escalation__step" data-testid="escalation-step">
          <div className="sf-escalation__head">
            <Typography.Text strong>{i + 1}.</Typography.Text>
            <Typography.Text>{t('flow.esc.after')}</Typography.Text>
            <DurationInput value={step.after} onChange={(after) => set(i, { ...step, after })} />
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('flow.props.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />
          </div>
          <Space size={6} wrap>
            <Select value={step.action} style={{ width: 130 }} aria-label={t('flow.esc.action')} popupMatchSelectWidth={false}
              options={(Object.keys(actionKey) as EscalationAction[]).map((a) => ({ value: a, label: t(actionKey[a]) }))}
              onChange={(action: EscalationAction) => set(i, { ...step, action })} />
          </Space>
          <AssigneeEditor value={step.to} onChange={(to) => set(i, { ...step, to })} />
        </div>
      ))}
      <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => onChange([...value, next()])} data-testid="add-escalation">
        {t('flow.esc.addStep')}
      </Button>
    </div>
  );
}
