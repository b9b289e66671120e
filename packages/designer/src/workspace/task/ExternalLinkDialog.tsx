import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useMemo } from 'react';
import { isApiError } from '../../api/index.js';
import { DEFAULT_LINK_DURATION, issueExternalLink, LINK_DURATION_LIMITS, LINK_DURATION_UNITS, type LinkDurationUnit } from '../../api/external-links.js';
import { useErrorText } from '../../components/index.js';
import { useLang, useLocalize, useT } from '../../i18n/index.js';
import type { FieldPermission, FormDefinition } from '../../renderer/index.js';
import { useWsT } from '../shared/hooks.js';
import { defaultLinkFields, linkPreset, unansweredRequired, type LinkableField } from './external-link.js';
import { ExternalLinkResult } from './ExternalLinkResult.js';
import './external-link.css';

interface LinkForm {
  contactName: string;
  contact?: string;
  fields: string[];
  amount: number;
  unit: LinkDurationUnit;
}

/**
 * Renders the dialog that issues a one-time link for an external contact: who, which fields they
 * answer, how long it is valid; then the link itself. What the assignee already filled in on the
 * step goes with the link. `onClose(stale)` says whether the task should be reloaded (it moved on).
 */
export function ExternalLinkDialog(props: {
  taskId: string; form: FormDefinition; access: Readonly<Record<string, FieldPermission>>; value: Readonly<Record<string, unknown>>;
  fields: readonly LinkableField[]; onClose: (stale: boolean) => void;
}) {
  const t = useWsT();
  const app = useT();
  const { lang } = useLang();
  const localize = useLocalize();
  const errorText = useErrorText();
  const [form] = Form.useForm<LinkForm>();
  const initial = useMemo(() => defaultLinkFields(props.fields, props.value), [props.fields, props.value]);
  const chosen = Form.useWatch('fields', form) ?? initial;
  const preset = linkPreset(props.value, props.access, chosen);
  const missing = unansweredRequired(props.form, props.access, chosen, preset);
  const join = (list: readonly unknown[]) => list.map((x) => localize(x)).join(lang === 'zh' ? '、' : ', ');
  const presetLabels = Object.keys(preset).map((k) => props.form.schema?.properties?.[k]?.['x-ui']?.label ?? { zh: k, en: k });
  const issue = useMutation({
    mutationFn: (v: LinkForm) => issueExternalLink(props.taskId, {
      contactName: v.contactName.trim(),
      ...(v.contact?.trim() ? { contact: v.contact.trim() } : {}),
      fields: v.fields,
      ...(Object.keys(preset).length ? { preset } : {}),
      expiresIn: { amount: v.amount, unit: v.unit },
    }),
  });
  const stale = isApiError(issue.error) && (issue.error.status === 409 || issue.error.status === 404);
  const close = () => props.onClose(stale);
  const { min, max } = LINK_DURATION_LIMITS;
  const submit = () => { void form.validateFields().then((v) => issue.mutate(v)).catch(() => undefined); };

  const footer = issue.data
    ? <Button type="primary" onClick={close} data-testid="external-link-done">{t('ws.link.done')}</Button>
    : (
      <Space>
        <Button onClick={close}>{app('common.cancel')}</Button>
        <Button type="primary" onClick={submit} loading={issue.isPending} disabled={missing.length > 0 || stale} data-testid="external-link-create">{t('ws.link.create')}</Button>
      </Space>
    );

  return (
    <Modal open title={t('ws.link.action')} onCancel={close} footer={footer} destroyOnHidden maskClosable={false} data-testid="external-link-dialog">
      {issue.data ? <ExternalLinkResult link={issue.data} /> : (
        <Form<LinkForm> form={form} layout="vertical" className="sf-touch" requiredMark
          initialValues={{ fields: initial, amount: DEFAULT_LINK_DURATION.amount, unit: DEFAULT_LINK_DURATION.unit }}>
          <Form.Item name="contactName" label={t('ws.link.contactName')} rules={[{ required: true, whitespace: true, message: t('ws.link.contactNameRequired') }, { max: 100 }]}>
            <Input maxLength={100} placeholder={t('ws.link.contactNamePlaceholder')} data-testid="external-link-contact-name" />
          </Form.Item>
          <Form.Item name="contact" label={t('ws.link.contact')} rules={[{ max: 200 }]}>
            <Input maxLength={200} data-testid="external-link-contact" />
          </Form.Item>
          <Form.Item name="fields" label={t('ws.link.fields')} rules={[{ required: true, type: 'array', min: 1, message: t('ws.link.fieldsRequired') }]}>
            <Checkbox.Group className="sf-ws-link__fields" data-testid="external-link-fields"
              options={props.fields.map((f) => ({ value: f.path, label: `${localize(f.label)}${f.required ? ' *' : ''}` }))} />
          </Form.Item>
          <Form.Item label={t('ws.link.validity')} required extra={t('ws.link.validityHint', { min, max })}>
            <Space.Compact block>
              <Form.Item name="amount" noStyle rules={[{ required: true, type: 'integer', min, max, message: t('ws.link.validityRange', { min, max }) }]}>
                <InputNumber min={min} max={max} precision={0} style={{ width: '40%' }} aria-label={t('ws.link.validity')} data-testid="external-link-amount" />
              </Form.Item>
              <Form.Item name="unit" noStyle>
                <Select style={{ width: '60%' }} data-testid="external-link-unit" options={LINK_DURATION_UNITS.map((u) => ({ value: u, label: t(`ws.link.unit.${u}`) }))} />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
          {presetLabels.length > 0 && <Alert type="info" showIcon title={t('ws.link.preset', { fields: join(presetLabels) })} style={{ marginBottom: 12 }} />}
          {missing.length > 0 && <Alert type="warning" showIcon title={t('ws.link.missing', { fields: join(missing) })} style={{ marginBottom: 12 }} data-testid="external-link-missing" />}
          {issue.isError && (
            <Alert type="error" showIcon title={errorText(issue.error)} data-testid="external-link-error"
              description={isApiError(issue.error) && issue.error.issues.length ? issue.error.issues.map((i, k) => <div key={k}>{localize(i.message)}</div>) : undefined} />
          )}
        </Form>
      )}
    </Modal>
  );
}
