import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useT } from '../../i18n/index.js';
import { adminKeys, createUser, updateUser, type AdminUser } from './api.js';
import { directoryMessages } from './messages.js';
import { useAdminErrors } from './useAdminErrors.js';

/** Which user dialog is open. */
export type UserDialog = { kind: 'create' } | { kind: 'edit' | 'password'; user: AdminUser };

/** Renders the create / edit name / reset password dialog of the users page. */
export function UserDialogModal({ dialog, onClose }: { dialog: UserDialog; onClose: () => void }) {
  const t = useT(directoryMessages);
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useAdminErrors();
  const [form] = Form.useForm();
  const labels = {
    username: t('adm.users.username'), displayName: t('adm.users.displayName'),
    password: dialog.kind === 'create' ? t('adm.users.password') : t('adm.users.newPassword'),
  };
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
    onError: (error) => { if (report(error, form, labels)) onClose(); },
  });
  const title = dialog.kind === 'create' ? t('adm.users.create')
    : t(dialog.kind === 'edit' ? 'adm.users.editTitle' : 'adm.users.resetTitle', { name: dialog.user.displayName });
  const required = (field: string) => [{ required: true, whitespace: true, message: t('adm.required', { field }) }];
  return (
    <Modal open title={title} onCancel={onClose} okText={t('adm.ok')} cancelText={t('adm.cancel')} destroyOnHidden
      okButtonProps={{ loading: save.isPending, ...({ 'data-testid': 'user-dialog-ok' } as object) }} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}
        initialValues={dialog.kind === 'edit' ? { displayName: dialog.user.displayName } : {}}>
        {dialog.kind === 'create' && (
          <Form.Item name="username" label={labels.username} extra={t('adm.users.usernameHint')} rules={required(labels.username)}>
            <Input autoComplete="off" data-testid="user-username" />
          </Form.Item>
        )}
        {dialog.kind !== 'password' && (
          <Form.Item name="displayName" label={labels.displayName} rules={required(labels.displayName)}>
            <Input maxLength={64} data-testid="user-display-name" />
          </Form.Item>
        )}
        {dialog.kind !== 'edit' && (
          <Form.Item name="password" label={labels.password} extra={t('adm.users.passwordHint')} rules={required(labels.password)}>
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
