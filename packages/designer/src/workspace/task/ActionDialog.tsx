import { Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useLocalize } from '../../i18n/index.js';
import type { Member } from '../shared/api.js';
import { useWsT } from '../shared/hooks.js';
import { actionNeeds, commentPrompt, type TaskActionName } from './action-dialog.js';

/** What the dialog returns for the action request. */
export interface ActionInput {
  readonly comment?: string;
  readonly target?: string;
  readonly to?: string;
  readonly users?: string[];
  readonly position?: 'before' | 'after';
}

/** Renders the dialog of one task action: comment, the step to return to, people to transfer / add / copy. */
export function ActionDialog(props: {
  action: TaskActionName | null; members: readonly Member[]; targets: readonly string[]; nodeNames: Readonly<Record<string, unknown>>;
  busy: boolean; onCancel: () => void; onOk: (input: ActionInput) => void;
}) {
  const t = useWsT();
  const localize = useLocalize();
  const [form] = Form.useForm<ActionInput>();
  const { action } = props;
  useEffect(() => { if (action) form.resetFields(); }, [action, form]);
  if (!action) return null;
  const needs = actionNeeds[action];
  const prompt = commentPrompt(action);
  const people = props.members.map((m) => ({ value: m.userId, label: m.displayName }));
  return (
    <Modal open title={t(`ws.action.${action}`)} onCancel={props.onCancel} confirmLoading={props.busy} destroyOnHidden
      okText={t(`ws.action.${action}`)} okButtonProps={{ danger: action === 'reject', 'data-testid': 'action-confirm' } as never}
      onOk={() => {
        // A failed validation rejects; the form already shows why under each field, so the rejection is handled here.
        void form.validateFields().then((v) => props.onOk(v), () => undefined);
      }}>
      <Form form={form} layout="vertical" initialValues={{ position: 'after' }} className="sf-touch">
        {needs.target && (
          <Form.Item name="target" label={t('ws.action.returnTo')} rules={[{ required: true, message: t('ws.action.pickStep') }]}>
            <Select data-testid="action-target" options={props.targets.map((n) => ({ value: n, label: localize(props.nodeNames[n]) || n }))} />
          </Form.Item>
        )}
        {needs.to && (
          <Form.Item name="to" label={t('ws.action.transferTo')} rules={[{ required: true, message: t('ws.action.pickPerson') }]}>
            <Select showSearch optionFilterProp="label" data-testid="action-to" options={people} />
          </Form.Item>
        )}
        {needs.users && (
          <Form.Item name="users" label={action === 'cc' ? t('ws.action.ccUsers') : t('ws.action.signers')} rules={[{ required: true, message: t('ws.action.pickPerson') }]}>
            <Select mode="multiple" showSearch optionFilterProp="label" data-testid="action-users" options={people} />
          </Form.Item>
        )}
        {needs.position && (
          <Form.Item name="position" label={t('ws.action.position')}>
            <Radio.Group options={[{ value: 'before', label: t('ws.action.before') }, { value: 'after', label: t('ws.action.after') }]} />
          </Form.Item>
        )}
        <Form.Item name="comment" label={t('ws.task.comment')}
          rules={prompt.requiredMessage ? [{ required: true, whitespace: true, message: t(prompt.requiredMessage) }] : []}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t(prompt.placeholder)} data-testid="action-comment-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
