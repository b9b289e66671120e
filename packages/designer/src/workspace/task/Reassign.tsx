import { UserSwitchOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useLocalize } from '../../i18n/index.js';
import type { Member, TaskSummary } from '../shared/api.js';
import { useWsT } from '../shared/hooks.js';
import { reassignChoices } from './reassign.js';
import { useSupervisorAction } from './useSupervisorAction.js';

type ReassignTask = Pick<TaskSummary, 'id' | 'version' | 'name'>;
interface Values { from?: string; to?: string; comment?: string }
interface Props { task: ReassignTask; pending: readonly string[]; onTask: readonly string[]; members: readonly Member[] }

/**
 * Reassignment: the button and dialog a flow supervisor uses to replace one pending person on an open
 * step by a project member (preselecting the person when only one is waiting), with an optional
 * reason. The others on the step keep their share.
 */
export function Reassign(props: Props) {
  const t = useWsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" icon={<UserSwitchOutlined />} onClick={() => setOpen(true)} className="sf-touch" data-testid="action-reassign">{t('ws.reassign.action')}</Button>
      {open && <ReassignDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReassignDialog({ task, pending, onTask, members, onClose }: Props & { onClose: () => void }) {
  const t = useWsT();
  const localize = useLocalize();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const choices = reassignChoices(pending, onTask, members);

  const save = useSupervisorAction(task, (v: Required<Pick<Values, 'from' | 'to'>> & Values) => ({ action: 'reassign', from: v.from, to: v.to, ...(v.comment?.trim() ? { comment: v.comment.trim() } : {}) }), {
    onDone: ({ to }) => { void message.success(t('ws.reassign.done', { name: choices.to.find((o) => o.value === to)?.label ?? to })); },
    onClose,
    // The server names the refused person (`from` no longer waiting, `to` not a member or already on the step): mark that field.
    onIssues: (issues) => {
      const marked = issues.filter((i) => i.path === 'from' || i.path === 'to');
      form.setFields(marked.map((i) => ({ name: i.path as 'from' | 'to', errors: [localize(i.message)] })));
      return marked.length > 0;
    },
  });

  const submit = () => {
    // A missing choice shows its message in the dialog; nothing else to do.
    form.validateFields().then((v) => {
      if (v.from && v.to) save.mutate({ ...v, from: v.from, to: v.to });
    }, () => undefined);
  };

  return (
    <Modal open title={t('ws.reassign.title', { node: localize(task.name) })} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} destroyOnHidden
      okText={t('ws.reassign.action')} okButtonProps={{ 'data-testid': 'reassign-confirm' } as never}>
      <Typography.Paragraph type="secondary">{t('ws.reassign.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" className="sf-touch" data-testid="reassign-form" initialValues={{ from: pending.length === 1 ? pending[0] : undefined }}>
        <Form.Item name="from" label={t('ws.reassign.from')} rules={[{ required: true, message: t('ws.reassign.fromRequired') }]}>
          <Select showSearch optionFilterProp="label" data-testid="reassign-from" options={choices.from} />
        </Form.Item>
        <Form.Item name="to" label={t('ws.reassign.to')} rules={[{ required: true, message: t('ws.action.pickPerson') }]}>
          <Select showSearch optionFilterProp="label" data-testid="reassign-to" options={choices.to} />
        </Form.Item>
        <Form.Item name="comment" label={t('ws.reassign.reason')}>
          <Input.TextArea rows={3} maxLength={2000} placeholder={t('ws.reassign.reasonPlaceholder')} data-testid="reassign-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
