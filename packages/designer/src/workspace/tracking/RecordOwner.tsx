import { UserSwitchOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { api, isApiError, membersQuery, newIdempotencyKey } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { wsKeys, type RecordView } from '../shared/api.js';
import { canChangeOwner, changeOwnerBody, ownerChoices } from './owner.js';
import { ownerMessages } from './owner-messages.js';

type OwnedRecord = Pick<RecordView, 'id' | 'projectId' | 'ownerId' | 'version' | 'status'>;
interface Values { ownerId?: string; reason?: string }

/**
 * Renders who serves the customer and, for the site manager, the sales supervisor and
 * org admins on an open record, the change-consultant button and dialog.
 */
export function RecordOwner({ record, peopleLabel }: { record: OwnedRecord; peopleLabel: (userId: string) => string }) {
  const t = useT(ownerMessages);
  const session = useSession();
  const [open, setOpen] = useState(false);
  const name = peopleLabel(record.ownerId);
  const allowed = record.status === 'open' && canChangeOwner(session.data, record.projectId);
  return (
    <Space wrap className="sf-ws-record__owner" data-testid="record-owner" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary">{t('own.label')}</Typography.Text>
      <Typography.Text strong data-testid="record-owner-name">{name || t('own.none', { id: record.ownerId })}</Typography.Text>
      {allowed && <Button size="small" icon={<UserSwitchOutlined />} className="sf-touch" onClick={() => setOpen(true)} data-testid="record-owner-change">{t('own.action')}</Button>}
      {open && <ChangeOwnerDialog record={record} onClose={() => setOpen(false)} />}
    </Space>
  );
}

function ChangeOwnerDialog({ record, onClose }: { record: OwnedRecord; onClose: () => void }) {
  const t = useT(ownerMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const members = useQuery(membersQuery(record.projectId));
  const choices = ownerChoices(members.data ?? [], record.ownerId);
  // One key per dialog: a double click or a retry moves the customer once.
  const key = useMemo(() => newIdempotencyKey(), []);
  const save = useMutation({
    mutationFn: (v: Required<Pick<Values, 'ownerId'>> & Values) => api.post<RecordView>(
      `/projects/${encodeURIComponent(record.projectId)}/records/${encodeURIComponent(record.id)}/owner`,
      changeOwnerBody(v.ownerId, record.version, v.reason), { idempotencyKey: key }),
    onSuccess: (_view, v) => {
      void message.success(t('own.done', { name: choices.find((m) => m.userId === v.ownerId)?.displayName ?? v.ownerId }));
      void client.invalidateQueries({ queryKey: wsKeys.record(record.projectId, record.id) });
      void client.invalidateQueries({ queryKey: wsKeys.records(record.projectId) });
      onClose();
    },
    onError: (error) => {
      if (isApiError(error) && error.code === 'API_VERSION_CONFLICT') {
        void message.warning(t('own.conflict'));
        void client.invalidateQueries({ queryKey: wsKeys.record(record.projectId, record.id) });
        onClose();
        return;
      }
      // The server names the refused person or reason (not a member, already the owner): mark that field.
      const marked = isApiError(error) ? error.issues.filter((i) => i.path === 'ownerId' || i.path === 'reason') : [];
      if (marked.length > 0) form.setFields(marked.map((i) => ({ name: i.path as 'ownerId' | 'reason', errors: [localize(i.message)] })));
      else void message.error(errorText(error));
    },
  });
  const submit = () => {
    form.validateFields().then((v) => { if (v.ownerId) save.mutate({ ...v, ownerId: v.ownerId }); }, () => undefined);
  };
  return (
    <Modal open title={t('own.action')} onCancel={onClose} onOk={submit} confirmLoading={save.isPending} destroyOnHidden
      okText={t('own.confirm')} cancelText={t('own.cancel')} okButtonProps={{ 'data-testid': 'record-owner-confirm' } as never}>
      <Typography.Paragraph type="secondary">{t('own.intro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" className="sf-touch" data-testid="record-owner-form">
        <Form.Item name="ownerId" label={t('own.to')} rules={[{ required: true, message: t('own.toRequired') }]}>
          <Select showSearch optionFilterProp="label" placeholder={t('own.toPlaceholder')} loading={members.isPending} data-testid="record-owner-to"
            options={choices.map((m) => ({ value: m.userId, label: m.displayName }))} />
        </Form.Item>
        <Form.Item name="reason" label={t('own.reason')}>
          <Input.TextArea rows={2} maxLength={200} placeholder={t('own.reasonPlaceholder')} data-testid="record-owner-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
