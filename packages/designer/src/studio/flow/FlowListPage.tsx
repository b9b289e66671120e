import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { FlowDefinition } from '@siteflow/runtime';
import { ErrorState } from '../../components/index.js';
import { useErrorText } from '../../components/index.js';
import { useLang, useT } from '../../i18n/index.js';
import { pickText } from '../../i18n/format.js';
import { createDefinition, definitionDraftQuery, definitionKeys, definitionListQuery, type DefinitionSummary } from '../../api/index.js';
import { flowMessages } from './messages.js';
import { newFlow } from './model/node-factory.js';
import { copyOfDefinition, copySuggestion } from '../copy-definition.js';
import { DeleteDraftButton } from '../DeleteDraftButton.js';
import { useCanDesign } from '../../app/DesignReadOnlyTag.js';

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;

interface NewFlowValues { key: string; nameZh: string; nameEn?: string; formKey: string }

/** Renders the project's flows with their publish state, a "new flow" dialog and Copy per flow; rows open the designer. */
export function FlowListPage() {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { projectId = '' } = useParams();
  const mayDesign = useCanDesign(projectId);
  const [open, setOpen] = useState(false);
  // Copy: the flow the dialog copies (null: a new, empty flow).
  const [copyOf, setCopyOf] = useState<DefinitionSummary | null>(null);
  const [form] = Form.useForm<NewFlowValues>();
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const forms = useQuery({ ...definitionListQuery(projectId, 'forms'), enabled: open });
  // The source's current draft (not a cached one), read when the copy dialog opens.
  const source = useQuery({ ...definitionDraftQuery<FlowDefinition>(projectId, 'flows', copyOf?.key ?? ''), staleTime: 0, enabled: open && !!copyOf });
  const base = `/p/${encodeURIComponent(projectId)}/studio/flows`;
  const sourceForm = source.data?.definition.formKey;
  const sourceFormName = pickText(forms.data?.find((f) => f.key === sourceForm)?.name, lang) || sourceForm || '';

  const openDialog = (from: DefinitionSummary | null) => {
    form.resetFields();
    setCopyOf(from);
    setOpen(true);
  };
  const create = useMutation({
    mutationFn: (v: NewFlowValues) => {
      const zh = (v.nameZh ?? '').trim();
      const name = { zh, en: (v.nameEn ?? '').trim() || zh };
      if (copyOf) {
        if (!source.data) throw new Error(t('flow.list.loadFailed'));
        return createDefinition(projectId, 'flows', copyOfDefinition(source.data.definition, v.key, name));
      }
      return createDefinition(projectId, 'flows', newFlow(v.key, name, v.formKey, flowMessages['flow.kind.start']));
    },
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'flows') });
      setOpen(false);
      void navigate(`${base}/${encodeURIComponent(created.key)}`);
    },
    onError: (error) => void message.error(errorText(error)),
  });

  if (flows.isError) return <ErrorState error={flows.error} onRetry={() => void flows.refetch()} />;
  return (
    <div className="sf-flow-list" data-testid="flow-list">
      <div className="sf-flow-list__head">
        <Typography.Title level={4} style={{ margin: 0 }}>{t('flow.list.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => openDialog(null)} data-testid="flow-new">{t('flow.list.new')}</Button>
      </div>
      <Table
        rowKey="key"
        loading={flows.isPending}
        dataSource={flows.data ?? []}
        locale={{ emptyText: t('flow.list.empty') }}
        pagination={false}
        // Scroll inside the table on a phone: the page itself must not grow wider than the screen.
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('flow.list.name'), key: 'name', render: (_, r) => <Link to={`${base}/${encodeURIComponent(r.key)}`} data-testid={`flow-row-${r.key}`}>{pickText(r.name, lang)}</Link> },
          { title: t('flow.list.key'), dataIndex: 'key' },
          { title: t('flow.list.updated'), key: 'updated', render: (_, r) => (r.updatedAt ? dayjs(r.updatedAt).format('YYYY-MM-DD HH:mm') : '') },
          {
            title: t('flow.list.status'), key: 'status',
            render: (_, r) => (r.latestVersion ? <Tag color="green">{t('flow.list.published', { version: r.latestVersion })}</Tag> : <Tag>{t('flow.list.draftOnly')}</Tag>),
          },
          {
            title: '', key: 'open', width: 210, render: (_, r) => (
              <Space size="middle">
                <Link to={`${base}/${encodeURIComponent(r.key)}`}>{t('flow.list.open')}</Link>
                {mayDesign && (
                  <Button type="link" size="small" icon={<CopyOutlined />} style={{ padding: 0 }} onClick={() => openDialog(r)}
                    aria-label={t('flow.list.copyAria', { name: pickText(r.name, lang) })} data-testid={`flow-copy-${r.key}`}>{t('flow.list.copy')}</Button>
                )}
                <DeleteDraftButton projectId={projectId} kind="flows" definition={r} />
              </Space>
            ),
          },
        ]}
      />
      <Modal open={open} title={copyOf ? t('flow.list.copyTitle', { name: pickText(copyOf.name, lang) }) : t('flow.list.createTitle')} onCancel={() => setOpen(false)} onOk={() => form.submit()}
        confirmLoading={create.isPending} destroyOnHidden {...(copyOf ? { okText: t('flow.list.copy') } : {})}
        okButtonProps={{ disabled: !!copyOf && !source.data, ...({ 'data-testid': 'flow-create-ok' } as object) }}>
        {copyOf && source.isError && <ErrorState error={source.error} onRetry={() => void source.refetch()} />}
        {copyOf && source.data && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('flow.list.copyHelp', { form: sourceFormName })} data-testid="flow-copy-help" />}
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} initialValues={copyOf ? copySuggestion(copyOf, (flows.data ?? []).map((f) => f.key), 63, flowMessages['flow.list.copyName']) : undefined}>
          <Form.Item name="key" label={t('flow.list.key')} extra={t('flow.list.keyHelp')}
            rules={[{ required: true, pattern: KEY_PATTERN, message: t('flow.list.keyInvalid') }]}>
            <Input data-testid="flow-new-key" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('flow.list.nameZh')} rules={[{ required: true, whitespace: true, message: t('flow.list.nameRequired') }]}>
            <Input data-testid="flow-new-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('flow.list.nameEn')}><Input /></Form.Item>
          {!copyOf && (
            <Form.Item name="formKey" label={t('flow.list.form')} rules={[{ required: true, message: t('flow.list.formRequired') }]}>
              <Select loading={forms.isPending} data-testid="flow-new-form" showSearch optionFilterProp="label"
                options={(forms.data ?? []).map((f) => ({ value: f.key, label: `${pickText(f.name, lang)} (${f.key})` }))} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
