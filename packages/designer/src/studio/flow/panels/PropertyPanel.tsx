import { Button, Checkbox, Divider, Empty, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import type { FlowDefinition, FlowEdge, FlowNode, Message } from '@siteflow/runtime';
import { useLang, useT } from '../../../i18n/index.js';
import { pickText } from '../../../i18n/format.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';
import type { FlowEditor } from '../useFlowEditor.js';
import { ActionSteps } from './ActionSteps.js';
import { BranchList } from './BranchList.js';
import { DurationInput } from './DurationInput.js';
import { EscalationEditor } from './EscalationEditor.js';
import { useRoleOptions } from './AssigneeEditor.js';
import { TaskProps } from './TaskProps.js';

const outcomes = ['completed', 'approved', 'rejected', 'cancelled', 'retained', 'refunded'] as const;

function NameEditor({ value, onChange }: { readonly value: Message; readonly onChange: (m: Message, key: string) => void }) {
  const t = useT(flowMessages);
  return (
    <>
      <Form.Item label={t('flow.props.nameZh')}>
        <Input value={value.zh} onChange={(e) => onChange({ ...value, zh: e.target.value }, 'name.zh')} aria-label={t('flow.props.nameZh')} data-testid="node-name-zh" />
      </Form.Item>
      <Form.Item label={t('flow.props.nameEn')}>
        <Input value={value.en} onChange={(e) => onChange({ ...value, en: e.target.value }, 'name.en')} aria-label={t('flow.props.nameEn')} data-testid="node-name-en" />
      </Form.Item>
    </>
  );
}

function NodeBody({ node, flow, fields, editor }: { readonly node: FlowNode; readonly flow: FlowDefinition; readonly fields: readonly DesignerField[]; readonly editor: FlowEditor }) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const update = editor.updateNode;
  switch (node.kind) {
    case 'task': return <TaskProps node={node} fields={fields} onChange={update} />;
    case 'condition':
      return (
        <>
          <Typography.Title level={5}>{t('flow.branch.title')}</Typography.Title>
          <BranchList flow={flow} nodeId={node.id} fields={fields}
            onChangeEdges={(edges, key) => (edges.length === 1 && key && edges[0] ? editor.updateEdge(edges[0], key) : editor.updateEdges(edges))} />
        </>
      );
    case 'action': return <ActionSteps steps={node.steps} fields={fields} onChange={(steps) => update({ ...node, steps })} />;
    case 'timer': {
      const byField = 'untilField' in node.wait;
      return (
        <Form layout="vertical" size="small">
          <Form.Item>
            <Radio.Group value={byField ? 'field' : 'duration'} onChange={(e) => update({
              ...node, wait: e.target.value === 'field' ? { untilField: fields.find((f) => f.kind === 'date')?.key ?? '' } : { duration: { amount: 1, unit: 'hours' } },
            })} options={[{ value: 'duration', label: t('flow.timer.wait') }, { value: 'field', label: t('flow.timer.untilField') }]} />
          </Form.Item>
          {'duration' in node.wait && <DurationInput value={node.wait.duration} onChange={(duration) => update({ ...node, wait: { duration } })} />}
          {'untilField' in node.wait && (
            <Select value={node.wait.untilField || undefined} style={{ width: '100%' }} aria-label={t('flow.timer.untilField')}
              options={fields.filter((f) => f.kind === 'date').map((f) => ({ value: f.key, label: f.label[lang] }))}
              onChange={(untilField: string) => update({ ...node, wait: { untilField } })} />
          )}
        </Form>
      );
    }
    case 'subflow':
      return (
        <Form layout="vertical" size="small">
          <Form.Item label={t('flow.subflow.flowKey')}><Input value={node.flowKey} onChange={(e) => update({ ...node, flowKey: e.target.value }, 'flowKey')} /></Form.Item>
          <Form.Item label={t('flow.subflow.wait')}><Switch checked={node.wait} aria-label={t('flow.subflow.wait')} onChange={(wait) => update({ ...node, wait })} /></Form.Item>
        </Form>
      );
    case 'end':
      return (
        <Form layout="vertical" size="small">
          <Form.Item label={t('flow.end.outcome')}>
            <Select<string> value={node.outcome?.key} data-testid="end-outcome" style={{ width: '100%' }}
              options={outcomes.map((o) => ({ value: o, label: t(`flow.outcome.${o}` as FlowMessageKey) }))}
              onChange={(key) => update({ ...node, outcome: { key, label: flowMessages[`flow.outcome.${key}` as FlowMessageKey] } })} />
          </Form.Item>
          {node.outcome && <Typography.Text type="secondary">{pickText(node.outcome.label, lang)}</Typography.Text>}
        </Form>
      );
    case 'start': case 'parallelSplit': case 'parallelJoin': return null;
    default: { const never: never = node; return never; }
  }
}

function EdgeBody({ edge, flow, editor }: { readonly edge: FlowEdge; readonly flow: FlowDefinition; readonly editor: FlowEditor }) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const source = flow.nodes.find((n) => n.id === edge.source);
  const name = (id: string) => pickText(flow.nodes.find((n) => n.id === id)?.name, lang) || id;
  return (
    <Form layout="vertical" size="small">
      <Typography.Paragraph>{name(edge.source)} → {name(edge.target)}</Typography.Paragraph>
      <Form.Item label={t('flow.branch.label')}>
        <Input value={edge.label?.[lang] ?? ''} data-testid="edge-label"
          onChange={(e) => editor.updateEdge({ ...edge, label: { zh: edge.label?.zh ?? '', en: edge.label?.en ?? '', [lang]: e.target.value } }, 'label')} />
      </Form.Item>
      {source?.kind === 'task' && (
        <Checkbox checked={edge.on === 'rejected'} onChange={(e) => {
          const { on: _on, ...rest } = edge;
          editor.updateEdge(e.target.checked ? { ...rest, on: 'rejected' } : rest);
        }}>{t('flow.edge.rejected')}</Checkbox>
      )}
      {source?.kind === 'condition' && (
        <Button size="small" onClick={() => editor.selectOnly([source.id])}>{t('flow.branch.title')}</Button>
      )}
    </Form>
  );
}

function FlowSettings({ flow, editor }: { readonly flow: FlowDefinition; readonly editor: FlowEditor }) {
  const t = useT(flowMessages);
  const roleOptions = useRoleOptions();
  const deadline = flow.deadline;
  return (
    <Form layout="vertical" size="small" data-testid="flow-settings">
      <Typography.Title level={5}>{t('flow.settings.title')}</Typography.Title>
      <NameEditor value={flow.name} onChange={(name, key) => editor.updateFlow({ ...flow, name }, key)} />
      <Form.Item label={t('flow.settings.form')}><Input value={flow.formKey} disabled aria-label={t('flow.settings.form')} /></Form.Item>
      <Form.Item label={t('flow.settings.starters')} extra={t('flow.settings.startersHelp')}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} value={[...(flow.starterRoles ?? [])]} aria-label={t('flow.settings.starters')} options={roleOptions} placeholder={t('flow.settings.startersAll')}
          data-testid="flow-starter-roles" onChange={(starterRoles: string[]) => {
            const { starterRoles: _all, ...rest } = flow;
            editor.updateFlow(starterRoles.length > 0 ? { ...flow, starterRoles } : rest);
          }} />
      </Form.Item>
      <Form.Item label={t('flow.settings.supervisors')}>
        <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} value={[...(flow.supervisorRoles ?? [])]} aria-label={t('flow.settings.supervisors')} options={roleOptions}
          onChange={(supervisorRoles: string[]) => editor.updateFlow({ ...flow, supervisorRoles })} />
      </Form.Item>
      <Divider />
      <Typography.Text strong>{t('flow.sla.flowDeadline')}</Typography.Text>
      <Typography.Paragraph type="secondary">{t('flow.sla.flowDeadlineHelp')}</Typography.Paragraph>
      <Form.Item label={t('flow.settings.deadlineOn')}>
        <Switch checked={!!deadline} aria-label={t('flow.settings.deadlineOn')} data-testid="flow-deadline-enabled" onChange={(on) => {
          if (on) editor.updateFlow({ ...flow, deadline: { duration: { amount: 72, unit: 'hours' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] } });
          else { const { deadline: _d, ...rest } = flow; editor.updateFlow(rest); }
        }} />
      </Form.Item>
      {deadline && (
        <>
          <Form.Item><DurationInput value={deadline.duration} onChange={(duration) => editor.updateFlow({ ...flow, deadline: { ...deadline, duration } })} /></Form.Item>
          <EscalationEditor value={deadline.escalation} onChange={(escalation) => editor.updateFlow({ ...flow, deadline: { ...deadline, escalation } })} />
        </>
      )}
    </Form>
  );
}

/**
 * Renders the property panel for the selection: the node's editor by kind, a connection's
 * editor, the count of a multi-selection, or the flow-level settings when nothing is selected.
 */
export function PropertyPanel({ editor, fields }: { readonly editor: FlowEditor; readonly fields: readonly DesignerField[] }) {
  const t = useT(flowMessages);
  const { doc: flow, state } = editor;
  const { nodes, edges } = state.selection;
  const total = nodes.size + edges.size;
  if (total === 0) return <FlowSettings flow={flow} editor={editor} />;
  if (total > 1) {
    return (
      <div className="sf-props">
        <Empty description={t('flow.props.multi', { count: total })} />
        <Button danger block icon={<DeleteOutlined />} onClick={() => editor.remove(nodes, edges)}>{t('flow.props.delete')}</Button>
      </div>
    );
  }
  const node = flow.nodes.find((n) => nodes.has(n.id));
  if (node) {
    return (
      <div className="sf-props" data-testid="node-props" data-node-id={node.id}>
        <div className="sf-props__title">
          <Typography.Title level={5} style={{ margin: 0 }}>{t(`flow.kind.${node.kind}` as FlowMessageKey)}</Typography.Title>
          <Button danger size="small" icon={<DeleteOutlined />} onClick={() => editor.remove(new Set([node.id]), new Set())}>{t('flow.props.delete')}</Button>
        </div>
        <Form layout="vertical" size="small">
          <Form.Item label={t('flow.props.id')}><Input value={node.id} disabled aria-label={t('flow.props.id')} /></Form.Item>
          <NameEditor value={node.name} onChange={(name, key) => editor.updateNode({ ...node, name }, key)} />
        </Form>
        <NodeBody node={node} flow={flow} fields={fields} editor={editor} />
      </div>
    );
  }
  const edge = flow.edges.find((e) => edges.has(e.id));
  if (edge) {
    return (
      <div className="sf-props" data-testid="edge-props">
        <div className="sf-props__title">
          <Typography.Title level={5} style={{ margin: 0 }}>{t('flow.edge.title')}</Typography.Title>
          <Button danger size="small" icon={<DeleteOutlined />} onClick={() => editor.remove(new Set(), new Set([edge.id]))}>{t('flow.props.delete')}</Button>
        </div>
        <EdgeBody edge={edge} flow={flow} editor={editor} />
      </div>
    );
  }
  return <Empty description={t('flow.props.empty')} />;
}
