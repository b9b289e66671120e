import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { App, Button, Empty, Form, Input, List, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { useLang, useT } from '../../i18n/index.js';
import { pickText } from '../../i18n/format.js';
import { createDefinition, definitionDraftQuery, definitionKeys, definitionListQuery } from '../../api/index.js';
import { ruleMessages } from './messages.js';
import { RuleEditor } from './RuleEditor.js';
import { DeleteDraftButton } from '../DeleteDraftButton.js';
import { newRule, riskIndexRule, type DesignerRule } from './rule-model.js';
import './rules.css';

const KEY_PATTERN = /^[a-z][a-z0-9-]{1,62}$/;
interface NewRuleValues { key: string; nameZh: string; nameEn?: string; formKey?: string; template: 'blank' | 'risk' }

/** Renders the rule designer: the project's rules on the left, the selected rule's editor on the right (`?rule=` survives a reload). */
export function RulesPage() {
  const t = useT(ruleMessages);
  const { lang } = useLang();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const selected = params.get('rule') ?? '';
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<NewRuleValues>();
  const rules = useQuery(definitionListQuery(projectId, 'rules'));
  const forms = useQuery(definitionListQuery(projectId, 'forms'));
  const ruleQ = useQuery({ ...definitionDraftQuery<DesignerRule>(projectId, 'rules', selected), enabled: !!selected });
  const formOptions = (forms.data ?? []).map((f) => ({ value: f.key, label: pickText(f.name, lang) }));
  const select = (key: string) => setParams((p) => { const n = new URLSearchParams(p); n.set('rule', key); return n; });

  const create = useMutation({
    mutationFn: (v: NewRuleValues) => {
      const zh = (v.nameZh ?? '').trim();
      const name = { zh, en: (v.nameEn ?? '').trim() || zh };
      const rule = v.template === 'risk' ? riskIndexRule(v.key, name, v.formKey) : newRule(v.key, name, v.formKey);
      return createDefinition(projectId, 'rules', rule);
    },
    onSuccess: (d) => {
      setOpen(false);
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'rules') });
      select(d.key);
    },
    onError: (error) => void message.error(errorText(error)),
  });

  if (rules.isError) return <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <div className="sf-rules" data-testid="rules-page">
      <aside className="sf-rules__list">
        <div className="sf-rules__head">
          <Typography.Title level={5} style={{ margin: 0 }}>{t('rules.title')}</Typography.Title>
          <Button type="primary" size="small" icon={<PlusOutlined />} data-testid="rule-new"
            onClick={() => { form.resetFields(); form.setFieldsValue({ template: 'risk' }); setOpen(true); }}>{t('rules.new')}</Button>
        </div>
        <List loading={rules.isPending} dataSource={rules.data ?? []} locale={{ emptyText: t('rules.empty') }}
          renderItem={(r) => (
            <List.Item className={`sf-rules__item${r.key === selected ? ' is-selected' : ''}`} onClick={() => select(r.key)} data-testid={`rule-item-${r.key}`}>
              <div>
                <div className="sf-rules__name">{pickText(r.name, lang)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.key}</Typography.Text>
              </div>
              <Space size={4} orientation="vertical" align="end">
                {r.latestVersion ? <Tag color="green">{t('rules.versions', { version: r.latestVersion })}</Tag> : <Tag>{t('rules.status.draft')}</Tag>}
                {/* A click on Delete or its confirmation must not open the rule (React events bubble out of portals). */}
                <span onClick={(e) => e.stopPropagation()}>
                  <DeleteDraftButton projectId={projectId} kind="rules" definition={r}
                    onDeleted={() => { if (r.key === selected) setParams((p) => { const n = new URLSearchParams(p); n.delete('rule'); return n; }); }} />
                </span>
              </Space>
            </List.Item>
          )} />
      </aside>
      <main className="sf-rules__main">
        {!selected && <Empty description={t('rules.pick')} style={{ marginTop: 80 }} />}
        {selected && ruleQ.isPending && <PageLoading />}
        {selected && ruleQ.isError && <ErrorState error={ruleQ.error} onRetry={() => void ruleQ.refetch()} />}
        {selected && ruleQ.data && (
          <RuleEditor key={`${selected}:${ruleQ.dataUpdatedAt}`} projectId={projectId} loaded={ruleQ.data} formOptions={formOptions}
            onReload={() => void queryClient.invalidateQueries({ queryKey: definitionKeys.one(projectId, 'rules', selected) })} />
        )}
      </main>
      <Modal open={open} title={t('rules.newTitle')} onCancel={() => setOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending}
        destroyOnHidden okButtonProps={{ ...({ 'data-testid': 'rule-create-ok' } as object) }}>
        <Form form={form} layout="vertical" onFinish={(v) => create.mutate(v)} initialValues={{ template: 'risk' }}>
          <Form.Item name="template" label={t('rules.template')}>
            <Radio.Group options={[{ value: 'risk', label: t('rules.template.risk') }, { value: 'blank', label: t('rules.template.blank') }]} />
          </Form.Item>
          <Form.Item name="key" label={t('rules.key')} rules={[{ required: true, pattern: KEY_PATTERN, message: t('rules.keyInvalid') }]}>
            <Input data-testid="rule-new-key" />
          </Form.Item>
          <Form.Item name="nameZh" label={t('rules.nameZh')} rules={[{ required: true, whitespace: true, message: t('rules.nameRequired') }]}>
            <Input data-testid="rule-new-name" />
          </Form.Item>
          <Form.Item name="nameEn" label={t('rules.nameEn')}><Input /></Form.Item>
          <Form.Item name="formKey" label={t('rules.form')}><Select allowClear options={formOptions} data-testid="rule-new-form" /></Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
