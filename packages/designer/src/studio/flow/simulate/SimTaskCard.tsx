import { useState } from 'react';
import { Button, Card, Input, Select, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { FlowCommand, FlowDefinition, OpenTask, TaskAction } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { simDirectory, simUserLabel } from './simulation.js';

const everyone = [...new Set(Object.values(simDirectory.roles).flat())];

/**
 * Renders one open task of the simulated case: due time, overdue and escalation level, who is
 * pending, and buttons for the node's allowed actions performed as the chosen assignee.
 */
export function SimTaskCard({ flow, task, now, onCommand }: {
  readonly flow: FlowDefinition;
  readonly task: OpenTask;
  readonly now: number;
  readonly onCommand: (command: FlowCommand, actor: string) => void;
}) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const node = flow.nodes.find((n) => n.id === task.nodeId);
  const [actor, setActor] = useState<string | undefined>(task.pending[0]);
  const [other, setOther] = useState<string>(everyone.find((u) => !task.assignees.includes(u)) ?? '');
  const [comment, setComment] = useState('');
  const as = actor && task.pending.includes(actor) ? actor : task.pending[0] ?? '';
  const allowed: readonly TaskAction[] = node?.kind === 'task' ? node.actions : ['approve'];
  const overdue = task.dueAt !== undefined && now >= task.dueAt;
  const run = (action: TaskAction) => {
    const base = { taskId: task.id, ...(comment ? { comment } : {}) };
    switch (action) {
      case 'submit': return onCommand({ type: 'submit', ...base }, as);
      case 'approve': return onCommand({ type: 'approve', ...base }, as);
      case 'reject': return onCommand({ type: 'reject', ...base }, as);
      case 'return': return onCommand({ type: 'return', ...base }, as);
      case 'transfer': return onCommand({ type: 'transfer', ...base, to: other }, as);
      case 'addSigner': return onCommand({ type: 'addSigner', ...base, users: [other], position: 'after' }, as);
      case 'cc': return onCommand({ type: 'cc', taskId: task.id, users: [other] }, as);
      case 'comment': return onCommand({ type: 'comment', taskId: task.id, text: comment || '…' }, as);
      default: { const never: never = action; return never; }
    }
  };
  return (
    <Card size="small" className={`sf-sim__task${overdue ? ' is-overdue' : ''}`} data-testid="sim-task" data-node-id={task.nodeId}
      title={pickText(node?.name, lang) || task.nodeId}
      extra={<Space size={4}>
        {overdue && <Tag color="red" data-testid="sim-overdue">{t('sim.overdue')}</Tag>}
        {task.level > 0 && <Tag color="volcano" data-testid="sim-escalated">{t('sim.escLevel', { level: task.level })}</Tag>}
      </Space>}>
      {task.dueAt !== undefined && <Typography.Text type={overdue ? 'danger' : 'secondary'}>{t('sim.due', { time: dayjs(task.dueAt).format('MM-DD HH:mm') })}</Typography.Text>}
      <div><Typography.Text type="secondary">{t('sim.pending', { users: task.pending.map((u) => simUserLabel(u, lang)).join('、') })}</Typography.Text></div>
      <Space direction="vertical" size={4} style={{ width: '100%', marginTop: 6 }}>
        <Space.Compact size="small" block>
          <Select size="small" value={as} style={{ width: '55%' }} aria-label={t('sim.actAs')} data-testid="sim-actor"
            options={task.pending.map((u) => ({ value: u, label: simUserLabel(u, lang) }))} onChange={setActor} />
          <Input size="small" value={comment} placeholder={t('sim.comment')} onChange={(e) => setComment(e.target.value)} />
        </Space.Compact>
        {(allowed.includes('transfer') || allowed.includes('addSigner') || allowed.includes('cc')) && (
          <Select size="small" showSearch value={other} style={{ width: '100%' }} aria-label={t('sim.transferTo')}
            optionFilterProp="label" options={everyone.map((u) => ({ value: u, label: simUserLabel(u, lang) }))} onChange={setOther} />
        )}
        <Space size={4} wrap>
          {allowed.filter((a) => a !== 'comment').map((a) => (
            <Button key={a} size="small" type={a === 'approve' || a === 'submit' ? 'primary' : 'default'} danger={a === 'reject'}
              disabled={!as} onClick={() => run(a)} data-testid={`sim-act-${a}`}>
              {t(`flow.action.${a}` as FlowMessageKey)}
            </Button>
          ))}
        </Space>
      </Space>
    </Card>
  );
}
