import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, InputNumber } from 'antd';
import { useEffect, useState } from 'react';
import { isApiError, saveSellerProfile, sellerProfileKeys, type SellerProfileInput, type SellerProfileState } from '../api/index.js';
import { useErrorText } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { creditCodeProblem } from '@siteflow/runtime';
import { settingsMessages, type SettingsMessageKey } from './messages.js';
import { issueField, toFormValues, toSellerInput, type SellerField } from './seller-form.js';

/** Renders the editable seller profile: client-side checks, save with the row version, conflicts and server field errors. */
export function SellerProfileForm({ projectId, state }: { projectId: string; state: SellerProfileState }) {
  const t = useT(settingsMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<SellerProfileInput>();
  const [conflict, setConflict] = useState(false);
  // The stored values replace the form's whenever they change: after a save, or the reload after a conflict.
  useEffect(() => { form.setFieldsValue(toFormValues(state.profile)); }, [form, state]);

  const save = useMutation({
    mutationFn: (values: SellerProfileInput) => saveSellerProfile(projectId, toSellerInput(values), state.version),
    onSuccess: (saved) => {
      setConflict(false);
      client.setQueryData(sellerProfileKeys.one(projectId), saved);
      void message.success(t('settings.seller.saved'));
    },
    onError: async (error) => {
      if (isApiError(error) && error.isConflict) {
        // 1. tell the user, 2. load what the other person saved (the effect puts it in the form).
        setConflict(true);
        void message.warning(t('settings.seller.conflict'));
        await client.refetchQueries({ queryKey: sellerProfileKeys.one(projectId) });
        return;
      }
      const fields = (isApiError(error) ? error.issues : [])
        .map((issue) => ({ name: issueField(issue), errors: [localize(issue.message)] }))
        .filter((f): f is { name: SellerField; errors: string[] } => f.name !== null);
      if (fields.length) {
        form.setFields(fields);
        void message.error(t('settings.seller.invalid'));
      } else {
        void message.error(errorText(error));
      }
    },
  });

  const required = (field: SettingsMessageKey) => ({ required: true, whitespace: true, message: t('settings.seller.required', { field: t(field) }) });
  const creditCode = {
    validator: async (_: unknown, value: string | undefined) => {
      const problem = value ? creditCodeProblem(value) : null;
      if (problem) throw new Error(t(`settings.seller.creditCode.${problem}`));
    },
  };
  const refundDays = {
    validator: async (_: unknown, value: number | null | undefined) => {
      if (value == null) throw new Error(t('settings.seller.required', { field: t('settings.seller.refundDays') }));
      if (!Number.isInteger(value) || value < 1 || value > 90) throw new Error(t('settings.seller.refundDaysRange'));
    },
  };

  return (
    <Form form={form} layout="vertical" className="sf-settings__form sf-touch" data-testid="seller-form" requiredMark
      initialValues={toFormValues(state.profile)} onFinish={(values) => save.mutate(values)}>
      {conflict && <Alert type="warning" showIcon className="sf-settings__banner" title={t('settings.seller.conflict')} data-testid="seller-conflict" />}
      <Form.Item label={t('settings.seller.projectName')}>
        <Input value={state.profile.projectName} disabled aria-label={t('settings.seller.projectName')} data-testid="seller-projectName" />
      </Form.Item>
      <Form.Item name="sellerName" label={t('settings.seller.sellerName')} extra={t('settings.seller.sellerNameHint')} rules={[required('settings.seller.sellerName')]}>
        <Input maxLength={100} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="sellerCreditCode" label={t('settings.seller.sellerCreditCode')} extra={t('settings.seller.sellerCreditCodeHint')}
        rules={[required('settings.seller.sellerCreditCode'), creditCode]} validateTrigger="onBlur"
        normalize={(v: string | undefined) => (v ?? '').toUpperCase()}>
        <Input maxLength={18} className="sf-settings__code" autoComplete="off" spellCheck={false} />
      </Form.Item>
      <Form.Item name="sellerAddress" label={t('settings.seller.sellerAddress')} rules={[required('settings.seller.sellerAddress')]}>
        <Input maxLength={200} autoComplete="street-address" />
      </Form.Item>
      <Form.Item name="sellerRepresentative" label={t('settings.seller.sellerRepresentative')} rules={[required('settings.seller.sellerRepresentative')]}>
        <Input maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item name="refundDays" label={t('settings.seller.refundDays')} extra={t('settings.seller.refundDaysHint')} rules={[refundDays]} required>
        <InputNumber min={1} max={90} precision={0} className="sf-settings__days" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} className="sf-settings__save" data-testid="seller-save">
        {t('settings.seller.save')}
      </Button>
    </Form>
  );
}
