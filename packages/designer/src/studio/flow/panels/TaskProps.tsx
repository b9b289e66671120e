import { Checkbox, Form, Radio, Select, Tabs } from 'antd';
import type { TaskAction, TaskNode } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';
import { AssigneeEditor } from './AssigneeEditor.js';
import { FieldMatrix } from './FieldMatrix.js';
import { SlaEditor } from './SlaEditor.js';

const allActions: readonly TaskAction[] = ['submit', 'approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment'];

/** Renders the task node's properties: assignees and mode, field permissions, SLA and escalation, allowed actions. */
export function TaskProps({ node, fields, onChange }: {
  readonly node: TaskNode;
  readonly fields: readonly DesignerField[];
  readonly onChange: (n: TaskNode, key?: string) => void;
}) {
  const t = useT(flowMessages);
  const assignees = (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flow.task.type')}>
        <Radio.Group value={node.taskType} optionType="button" onChange={(e) => onChange({ ...node, taskType: e.target.value })}
          options={[{ value: 'fill', label: t('flow.task.type.fill') }, { value: 'approve', label: t('flow.task.type.approve') }]} />
      </Form.Item>
      <Form.Item label={t('flow.assignee.list')}>
        <AssigneeEditor value={node.assignees} onChange={(assignees) => onChange({ ...node, assignees })} testId="task-assignees" />
      </Form.Item>
      <Form.Item label={t('flow.assignee.mode')}>
        <Radio.Group value={node.mode} onChange={(e) => onChange({ ...node, mode: e.target.value })} data-testid="task-mode">
          <Radio value="any">{t('flow.mode.any')}</Radio>
          <Radio value="all">{t('flow.mode.all')}</Radio>
          <Radio value="sequential">{t('flow.mode.sequential')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item label={t('flow.task.returnTo')}>
        <Select value={node.returnTo ?? 'previous'} onChange={(returnTo: 'previous' | 'any') => onChange({ ...node, returnTo })}
          options={[{ value: 'previous', label: t('flow.task.returnTo.previous') }, { value: 'any', label: t('flow.task.returnTo.any') }]} />
      </Form.Item>
    </Form>
  );
  const actions = (
    <Form layout="vertical" size="small">
      <Form.Item label={t('flow.actions.allowed')}>
        <Checkbox.Group value={[...node.actions]} className="sf-actions-grid" data-testid="task-actions"
          onChange={(v) => onChange({ ...node, actions: allActions.filter((a) => v.includes(a)) })}
          options={allActions.map((a) => ({ value: a, label: t(`flow.action.${a}` as FlowMessageKey) }))} />
      </Form.Item>
    </Form>
  );
  return (
    <Tabs size="small" items={[
      { key: 'assignees', label: t('flow.props.tab.assignees'), children: assignees },
      { key: 'fields', label: t('flow.props.tab.fields'), children: <FieldMatrix fields={fields} value={node.fields} onChange={(f) => onChange({ ...node, fields: f })} /> },
      { key: 'sla', label: <span data-testid="tab-sla">{t('flow.props.tab.sla')}</span>, children: <SlaEditor value={node.sla} onChange={(sla) => onChange(sla ? { ...node, sla } : stripSla(node))} /> },
      { key: 'actions', label: t('flow.props.tab.actions'), children: actions },
    ]} />
  );
}

function stripSla(node: TaskNode): TaskNode {
  const { sla: _omit, ...rest } = node;
  return rest;
}
