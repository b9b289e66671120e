import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, Modal } from 'antd';
import { useNavigate } from 'react-router';
import { createDefinition, definitionDraftQuery, definitionKeys, type DefinitionSummary } from '../../api/index.js';
import { ErrorState, useErrorText } from '../../components/index.js';
import { pickText } from '../../i18n/format.js';
import { designerMessages } from '../../i18n/messages/designer.js';
import { useLang, useT } from '../../i18n/index.js';
import { copyOfDefinition, copySuggestion } from '../copy-definition.js';
import type { FormDefinition } from '../../renderer/runtime-form.js';
import { newFormDefinition } from './model/index.js';

const FORM_KEY_RE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

interface Values { nameZh: string; nameEn: string; key: string }

/**
 * Renders the "new form" dialog, or with `copyOf` the Copy dialog (a free key and name suggested);
 * on success opens the designer on the new draft. `takenKeys`: the project's form keys.
 */
export function CreateFormModal({ projectId, open, onClose, copyOf = null, takenKeys = [] }: {
  projectId: string; open: boolean; onClose: () => void; copyOf?: DefinitionSummary | null; takenKeys?: readonly string[];
}) {
  const t = useT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  // The original's current draft (not a cached one), read when the copy dialog opens.
  const source = useQuery({ ...definitionDraftQuery<FormDefinition>(projectId, 'forms', copyOf?.key ?? ''), staleTime: 0, enabled: open && !!copyOf });
  const create = useMutation({
    mutationFn: (v: Values) => {
      const name = { zh: v.nameZh.trim(), en: (v.nameEn ?? '').trim() || v.nameZh.trim() };
      if (!copyOf) return createDefinition(projectId, 'forms', newFormDefinition(v.key.trim(), name));
      if (!source.data) throw new Error(t('forms.copy.loadFailed'));
      return createDefinition(projectId, 'forms', copyOfDefinition(source.data.definition, v.key.trim(), name));
    },
    onSuccess: (draft) => {
      void client.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'forms') });
      onClose();
      void navigate(`/p/${encodeURIComponent(projectId)}/studio/forms/${encodeURIComponent(draft.key)}`);
    },
  });
  const initialValues = copyOf ? copySuggestion(copyOf, takenKeys, 64, designerMessages['forms.copy.name']) : undefined;
  return (
    <Modal open={open} title={copyOf ? t('forms.copy.title', { name: pickText(copyOf.name, lang) }) : t('forms.create.title')}
      okText={copyOf ? t('forms.copy.ok') : t('forms.create.ok')} cancelText={t('common.cancel')}
      onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden
      okButtonProps={{ disabled: !!copyOf && !source.data, ...({ 'data-testid': 'create-ok' } as object) }}
      afterClose={() => { form.resetFields(); create.reset(); }}>
      {copyOf && source.isError && <ErrorState error={source.error} onRetry={() => void source.refetch()} />}
      {copyOf && source.data && <Alert type="info" showIcon title={t('forms.copy.help')} style={{ marginBottom: 12 }} data-testid="form-copy-help" />}
      {create.isError && <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 12 }} data-testid="create-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} preserve={false} initialValues={initialValues}>
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

