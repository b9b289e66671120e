import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { accountRules } from '@siteflow/runtime';
import { useT } from '../../i18n/index.js';
import { adminKeys, createUser, updateUser, type AdminUser } from './api.js';
import { directoryMessages } from './messages.js';
import { useAdminErrors } from './useAdminErrors.js';
import { fieldRules, type FieldSpec } from './field-rules.js';

/** Which user dialog is open. */
export type UserDialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: AdminUser };

/** Renders the create / edit name / reset password dialog of the users page. */
export function UserDialogModal({ dialog, onClose }: { dialog: UserDialog; onClose: () => void }) {
  const t = useT(directoryMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useAdminErrors();
  const [form] = Form.useForm();
  // The server checks the same shared limits (packages/server/src/routes/admin-routes.ts); checking
  // here first names the field by its label before anything is sent.
  const fields = {
    username: { label: t('adm.users.username'), required: true, ...accountRules.username, patternText: t('adm.users.usernameFormat') },
    displayName: { label: t('adm.users.displayName'), required: true, ...accountRules.displayName },
    password: { label: dialog.kind === 'create' ? t('adm.users.password') : t('adm.users.newPassword'), required: true, ...accountRules.password },
  } satisfies Record<string, FieldSpec>;
  const save = useMutation({
    mutationFn: async (values: { username?: string; displayName?: string; password?: string }) => {
      if (dialog.kind === 'create') return createUser({ username: values.username!.trim(), displayName: values.displayName!.trim(), password: values.password! });
      if (dialog.kind === 'edit') return updateUser(dialog.user.id, { displayName: values.displayName!.trim(), version: dialog.user.version });
      return updateUser(dialog.user.id, { password: values.password!, version: dialog.user.version });
    },
    onSuccess: (user) => {
      void client.invalidateQueries({ queryKey: adminKeys.users });
      void message.success(dialog.kind === 'create' ? t('adm.users.created', { name: user.displayName })
        : dialog.kind === 'password' ? t('adm.users.resetDone') : t('adm.saved'));
      onClose();
    },
    onError: (error) => { if (report(error, form, fields)) onClose(); },
  });
  const title = dialog.kind === 'create' ? t('adm.users.create')
    : t(dialog.kind === 'edit' ? 'adm.users.editTitle' : 'adm.users.resetTitle', { name: dialog.user.displayName });
  return (
    <Modal open title={title} onCancel={onClose} okText={t('adm.ok')} cancelText={t('adm.cancel')} destroyOnHidden
      okButtonProps={{ loading: save.isPending, ...({ 'data-testid': 'user-dialog-ok' } as object) }} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}
        initialValues={dialog.kind === 'edit' ? { displayName: dialog.user.displayName } : {}}>
        {dialog.kind === 'create' && (
          <Form.Item name="username" label={fields.username.label} extra={t('adm.users.usernameHint', { min: accountRules.username.minLength })} rules={fieldRules(t, fields.username)}>
            <Input autoComplete="off" data-testid="user-username" />
          </Form.Item>
        )}
        {dialog.kind !== 'password' && (
          <Form.Item name="displayName" label={fields.displayName.label} rules={fieldRules(t, fields.displayName)}>
            <Input maxLength={accountRules.displayName.maxLength} data-testid="user-display-name" />
          </Form.Item>
        )}
        {dialog.kind !== 'edit' && (
          <Form.Item name="password" label={fields.password.label} extra={t('adm.users.passwordHint', { min: accountRules.password.minLength })} rules={fieldRules(t, fields.password)}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
