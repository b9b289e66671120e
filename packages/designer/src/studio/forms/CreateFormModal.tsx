import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { createDefinition, definitionKeys } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useT } from '../../i18n/index.js';
import { newFormDefinition } from './model/index.js';

const FORM_KEY_RE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

interface Values { nameZh: string; nameEn: string; key: string }

/** Renders the "new form" dialog; on success opens the designer on the new draft. */
export function CreateFormModal({ projectId, open, onClose }: { projectId: string; open: boolean; onClose: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const create = useMutation({
    mutationFn: (v: Values) => createDefinition(projectId, 'forms', newFormDefinition(v.key.trim(), { zh: v.nameZh.trim(), en: (v.nameEn ?? '').trim() || v.nameZh.trim() })),
    onSuccess: (draft) => {
      void client.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'forms') });
      onClose();
      void navigate(`/p/${encodeURIComponent(projectId)}/studio/forms/${encodeURIComponent(draft.key)}`);
    },
  });
  return (
    <Modal open={open} title={t('forms.create.title')} okText={t('forms.create.ok')} cancelText={t('common.cancel')}
      onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden
      afterClose={() => { form.resetFields(); create.reset(); }}>
      {create.isError && <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 12 }} data-testid="create-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false}>
        <Form.Item name="nameZh" label={t('forms.create.nameZh')} rules={[{ required: true, whitespace: true, message: t('forms.create.nameRequired') }]}>
          <Input maxLength={60} data-testid="create-name-zh" autoFocus />
        </Form.Item>
        <Form.Item name="nameEn" label={t('forms.create.nameEn')}>
          <Input maxLength={80} data-testid="create-name-en" />
        </Form.Item>
        <Form.Item name="key" label={t('forms.create.key')} extra={t('forms.create.keyHelp')}
          rules={[{ required: true, pattern: FORM_KEY_RE, message: t('forms.create.keyInvalid') }]}>
          <Input maxLength={64} data-testid="create-key" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
