import { Button, Card, Form, Input, InputNumber, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { AlertLevel, FieldValue, RuleAction } from '@siteflow/runtime';
import { useT } from '../../i18n/index.js';
import { AssigneeEditor } from '../flow/panels/AssigneeEditor.js';
import { KeyValueEditor } from '../flow/panels/KeyValueEditor.js';
import type { DesignerField } from '../flow/model/form-fields.js';
import { ruleMessages, type RuleMessageKey } from './messages.js';

type Kind = RuleAction['kind'];
const kinds: readonly Kind[] = ['alert', 'createTask', 'notify', 'startFlow', 'setFields'];
const kindLabel: Record<Kind, RuleMessageKey> = {
  alert: 'rules.action.alert', createTask: 'rules.action.createTask', notify: 'rules.action.notify', startFlow: 'rules.action.startFlow', setFields: 'rules.action.setFields',
};
const levels: readonly AlertLevel[] = ['level1', 'level2', 'level3'];

function blank(kind: Kind): RuleAction {
  switch (kind) {
    case 'alert': return { kind, level: 'level1', message: { title: { zh: '', en: '' } } };
    case 'createTask': return { kind, title: { zh: '', en: '' }, assignees: [{ kind: 'role', role: 'siteManager' }], due: { amount: 2, unit: 'hours' } };
    case 'notify': return { kind, to: [{ kind: 'role', role: 'siteManager' }], template: { title: { zh: '', en: '' } } };
    case 'startFlow': return { kind, flowKey: '' };
    case 'setFields': return { kind, values: {} };
    default: { const never: never = kind; return never; }
  }
}

const toText = (values: Readonly<Record<string, FieldValue>>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v !== null && typeof v === 'object' ? `=${v.expr}` : v === null ? '' : String(v)]));
const fromText = (texts: Record<string, string>): Record<string, FieldValue> =>
  Object.fromEntries(Object.entries(texts).map(([k, s]) => [k, s.startsWith('=') ? { expr: s.slice(1) } : s]));

function TitleInputs({ zh, en, onChange, zhLabel, enLabel }: { zh: string; en: string; onChange: (t: { zh: string; en: string }) => void; zhLabel: string; enLabel: string }) {
  return (
    <>
      <Form.Item label={zhLabel}><Input value={zh} onChange={(e) => onChange({ zh: e.target.value, en })} /></Form.Item>
      <Form.Item label={enLabel}><Input value={en} onChange={(e) => onChange({ zh, en: e.target.value })} /></Form.Item>
    </>
  );
}

function ActionBody({ action, fields, onChange }: { readonly action: RuleAction; readonly fields: readonly DesignerField[]; readonly onChange: (a: RuleAction) => void }) {
  const t = useT(ruleMessages);
  switch (action.kind) {
    case 'alert':
      return (
        <>
          <Form.Item label={t('rules.action.level')}>
            <Select value={action.level} style={{ width: 180 }} data-testid="rule-alert-level" onChange={(level: AlertLevel) => onChange({ ...action, level })}
              options={levels.map((l) => ({ value: l, label: t(`rules.level.${l.slice(-1)}` as RuleMessageKey) }))} />
          </Form.Item>
          <TitleInputs zh={action.message.title.zh} en={action.message.title.en} zhLabel={t('rules.action.titleZh')} enLabel={t('rules.action.titleEn')}
            onChange={(title) => onChange({ ...action, message: { ...action.message, title } })} />
        </>
      );
    case 'createTask':
      return (
        <>
          <TitleInputs zh={action.title.zh} en={action.title.en} zhLabel={t('rules.action.titleZh')} enLabel={t('rules.action.titleEn')} onChange={(title) => onChange({ ...action, title })} />
          <Form.Item label={t('rules.action.role')}><AssigneeEditor value={action.assignees} onChange={(assignees) => onChange({ ...action, assignees })} /></Form.Item>
          <Form.Item label={t('rules.action.due')}>
            <InputNumber min={0} value={action.due?.amount ?? null} onChange={(amount) => onChange(amount == null
              ? (({ due: _d, ...rest }) => rest)(action) : { ...action, due: { amount, unit: 'hours' } })} />
          </Form.Item>
        </>
      );
    case 'notify':
      return (
        <>
          <Form.Item label={t('rules.action.roles')}><AssigneeEditor value={action.to} onChange={(to) => onChange({ ...action, to })} /></Form.Item>
          <TitleInputs zh={action.template.title.zh} en={action.template.title.en} zhLabel={t('rules.action.messageZh')} enLabel={t('rules.action.messageEn')}
            onChange={(title) => onChange({ ...action, template: { ...action.template, title } })} />
        </>
      );
    case 'startFlow':
      return <Form.Item label={t('rules.action.flowKey')}><Input value={action.flowKey} onChange={(e) => onChange({ ...action, flowKey: e.target.value })} /></Form.Item>;
    case 'setFields':
      return <KeyValueEditor value={toText(action.values)} fields={fields} keyLabel={t('rules.action.field')} valueLabel={t('rules.action.value')}
        addLabel={t('rules.action.addAssignment')} onChange={(v) => onChange({ ...action, values: fromText(v) })} />;
    default: { const never: never = action; return never; }
  }
}

/** Renders the rule's actions: start a flow, create a task for a role, notify, set fields, raise an alert with a level. */
export function RuleActionsEditor({ value, fields, onChange }: { readonly value: readonly RuleAction[]; readonly fields: readonly DesignerField[]; readonly onChange: (a: RuleAction[]) => void }) {
  const t = useT(ruleMessages);
  const set = (i: number, a: RuleAction) => onChange(value.map((x, j) => (j === i ? a : x)));
  return (
    <Form layout="vertical" size="small" className="sf-rule-actions">
      {value.map((a, i) => (
        <Card key={i} size="small" style={{ marginBottom: 8 }} data-testid="rule-action" title={
          <Select value={a.kind} variant="borderless" popupMatchSelectWidth={false} aria-label={t('rules.action.kind')}
            options={kinds.map((k) => ({ value: k, label: t(kindLabel[k]) }))} onChange={(k: Kind) => set(i, blank(k))} />
        } extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('rules.remove')} onClick={() => onChange(value.filter((_, j) => j !== i))} />}>
          <ActionBody action={a} fields={fields} onChange={(x) => set(i, x)} />
        </Card>
      ))}
      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => onChange([...value, blank('notify')])} data-testid="rule-action-add">{t('rules.action.add')}</Button>
    </Form>
  );
}
