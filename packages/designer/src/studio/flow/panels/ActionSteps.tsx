import { Button, Card, Form, Input, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { ActionStep, FieldValue } from '@siteflow/runtime';
import { useT } from '../../../i18n/index.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import type { DesignerField } from '../model/form-fields.js';
import { AssigneeEditor } from './AssigneeEditor.js';
import { KeyValueEditor } from './KeyValueEditor.js';

type StepKind = ActionStep['kind'];
const stepKinds: readonly StepKind[] = ['setFields', 'notify', 'generateDocuments', 'http', 'startFlow'];
const kindLabel: Record<StepKind, FlowMessageKey> = {
  setFields: 'flow.act.setFields', notify: 'flow.act.notify', generateDocuments: 'flow.act.documents', http: 'flow.act.http', startFlow: 'flow.act.startFlow',
};

function blank(kind: StepKind): ActionStep {
  switch (kind) {
    case 'setFields': return { kind, values: {} };
    case 'notify': return { kind, to: [{ kind: 'role', role: 'siteManager' }], template: { title: { zh: '', en: '' } } };
    case 'generateDocuments': return { kind, packageKey: 'cancellation-package' };
    case 'http': return { kind, method: 'POST', url: 'https://', body: {}, responseMapping: {}, onError: 'fail' };
    case 'startFlow': return { kind, flowKey: '' };
    default: { const never: never = kind; return never; }
  }
}

/** Returns field values as editable text: literals as is, `{ expr }` as `=expr`. Pure. */
function toText(values: Readonly<Record<string, FieldValue>> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, v !== null && typeof v === 'object' ? `=${v.expr}` : v === null ? '' : String(v)]));
}

/** Returns texts back as field values: `=expr` becomes `{ expr }`, numbers and booleans stay typed. Pure. */
function fromText(texts: Record<string, string>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(texts).map(([k, s]) => {
    if (s.startsWith('=')) return [k, { expr: s.slice(1) }];
    if (s === 'true' || s === 'false') return [k, s === 'true'];
    if (s.trim() !== '' && !Number.isNaN(Number(s))) return [k, Number(s)];
    return [k, s];
  }));
}

function StepEditor({ step, fields, onChange }: { readonly step: ActionStep; readonly fields: readonly DesignerField[]; readonly onChange: (s: ActionStep) => void }) {
  const t = useT(flowMessages);
  switch (step.kind) {
    case 'setFields':
      return <KeyValueEditor value={toText(step.values)} fields={fields} keyLabel={t('flow.act.field')} valueLabel={t('flow.act.valueExpr')}
        addLabel={t('flow.act.addAssignment')} onChange={(v) => onChange({ ...step, values: fromText(v) })} />;
    case 'notify':
      return (
        <>
          <Form.Item label={t('flow.act.toRoles')}><AssigneeEditor value={step.to} onChange={(to) => onChange({ ...step, to })} /></Form.Item>
          <Form.Item label={t('flow.act.robots')}>
            <Select mode="tags" open={false} value={[...(step.robots ?? [])]} placeholder={t('flow.act.robotsPlaceholder')}
              onChange={(robots: string[]) => onChange({ ...step, robots })} />
          </Form.Item>
          <Form.Item label={t('flow.act.titleZh')}>
            <Input value={step.template.title.zh} onChange={(e) => onChange({ ...step, template: { ...step.template, title: { ...step.template.title, zh: e.target.value } } })} />
          </Form.Item>
          <Form.Item label={t('flow.act.titleEn')}>
            <Input value={step.template.title.en} onChange={(e) => onChange({ ...step, template: { ...step.template, title: { ...step.template.title, en: e.target.value } } })} />
          </Form.Item>
          <Form.Item label={t('flow.act.messageZh')}>
            <Input.TextArea rows={2} value={step.template.body?.zh ?? ''}
              onChange={(e) => onChange({ ...step, template: { ...step.template, body: { zh: e.target.value, en: step.template.body?.en ?? '' } } })} />
          </Form.Item>
        </>
      );
    case 'generateDocuments':
      return (
        <Form.Item label={t('flow.act.packageKey')}>
          <Input value={step.packageKey} onChange={(e) => onChange({ ...step, packageKey: e.target.value })} />
        </Form.Item>
      );
    case 'http':
      return (
        <>
          <Form.Item label={t('flow.act.url')}>
            <Input addonBefore={
              <Select value={step.method} style={{ width: 92 }} aria-label={t('flow.act.method')} onChange={(method: typeof step.method) => onChange({ ...step, method })}
                options={['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => ({ value: m, label: m }))} />
            } value={step.url} onChange={(e) => onChange({ ...step, url: e.target.value })} />
          </Form.Item>
          <Form.Item label={t('flow.act.body')}>
            <KeyValueEditor value={toText(step.body)} keyLabel={t('flow.act.bodyField')} valueLabel={t('flow.act.valueExpr')}
              addLabel={t('flow.props.add')} onChange={(v) => onChange({ ...step, body: fromText(v) })} />
          </Form.Item>
          <Form.Item label={t('flow.act.mapping')}>
            <KeyValueEditor value={{ ...(step.responseMapping ?? {}) }} fields={fields} keyLabel={t('flow.act.recordField')} valueLabel={t('flow.act.mappingPath')}
              addLabel={t('flow.act.addMapping')} onChange={(responseMapping) => onChange({ ...step, responseMapping })} />
          </Form.Item>
          <Form.Item label={t('flow.act.onError')}>
            <Select value={step.onError ?? 'fail'} onChange={(onError: 'fail' | 'continue') => onChange({ ...step, onError })}
              options={[{ value: 'fail', label: t('flow.act.onError.fail') }, { value: 'continue', label: t('flow.act.onError.continue') }]} />
          </Form.Item>
        </>
      );
    case 'startFlow':
      return (
        <Form.Item label={t('flow.subflow.flowKey')}>
          <Input value={step.flowKey} onChange={(e) => onChange({ ...step, flowKey: e.target.value })} />
        </Form.Item>
      );
    default: { const never: never = step; return never; }
  }
}

/** Renders the steps of an automatic action node: set fields, notify (roles, robots), documents, HTTP with response mapping, start a flow. */
export function ActionSteps({ steps, fields, onChange }: { readonly steps: readonly ActionStep[]; readonly fields: readonly DesignerField[]; readonly onChange: (s: ActionStep[]) => void }) {
  const t = useT(flowMessages);
  const set = (i: number, s: ActionStep) => onChange(steps.map((x, j) => (j === i ? s : x)));
  return (
    <Form layout="vertical" size="small" className="sf-action-steps">
      {steps.map((step, i) => (
        <Card key={i} size="small" className="sf-action-step" title={
          <Select value={step.kind} variant="borderless" popupMatchSelectWidth={false} aria-label={t('flow.act.type')}
            options={stepKinds.map((k) => ({ value: k, label: t(kindLabel[k]) }))} onChange={(k: StepKind) => set(i, blank(k))} />
        } extra={<Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('flow.props.remove')} onClick={() => onChange(steps.filter((_, j) => j !== i))} />}>
          <StepEditor step={step} fields={fields} onChange={(s) => set(i, s)} />
        </Card>
      ))}
      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => onChange([...steps, blank('notify')])}>{t('flow.act.add')}</Button>
    </Form>
  );
}
