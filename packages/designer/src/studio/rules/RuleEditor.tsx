import { useMemo, useState } from 'react';
import { App, Alert, Button, Card, Form, Input, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { CloudUploadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { refundRiskDictionary, seedRiskLibrary, validateDictionary, validateRule } from '@siteflow/runtime';
import { DesignReadOnlyTag, useCanDesign } from '../../app/DesignReadOnlyTag.js';
import { ConditionBuilder } from '../../components/condition-builder/index.js';
import { useErrorText } from '../../components/index.js';
import { useLang, useT } from '../../i18n/index.js';
import { pickText } from '../../i18n/format.js';
import { definitionKeys, formSourceQuery, isApiError, publishDefinition, saveDefinitionDraft, type DefinitionDraft } from '../../api/index.js';
import { formFields, type FormSchemaLike } from '../flow/model/form-fields.js';
import { useConditionFields } from '../flow/panels/use-condition-fields.js';
import { useExprError } from '../flow/panels/BranchList.js';
import { projectRoleKeys } from '../flow/roles.js';
import { KeywordDictionaryEditor } from './KeywordDictionaryEditor.js';
import { ruleMessages } from './messages.js';
import { RiskLibraryEditor } from './RiskLibraryEditor.js';
import { RuleActionsEditor } from './RuleActionsEditor.js';
import type { DesignerRule } from './rule-model.js';
import { TriggerEditor } from './TriggerEditor.js';

/** Props of the rule editor. */
export interface RuleEditorProps {
  readonly projectId: string;
  readonly loaded: DefinitionDraft<DesignerRule>;
  readonly formOptions: readonly { value: string; label: string }[];
  readonly onReload: () => void;
}

/**
 * Renders one rule's editor: name and form, trigger, visual condition (with "at least K of
 * these"), the optional risk library with its keyword dictionary, actions, live validateRule
 * problems, save draft (409-safe) and publish with a note.
 */
export function RuleEditor({ projectId, loaded, formOptions, onReload }: RuleEditorProps) {
  const t = useT(ruleMessages);
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [rule, setRule] = useState<DesignerRule>(loaded.definition);
  const [saved, setSaved] = useState<DesignerRule>(loaded.definition);
  const [version, setVersion] = useState(loaded.version);
  const [publishOpen, setPublishOpen] = useState(false);
  const [note, setNote] = useState('');
  const formQ = useQuery({ ...formSourceQuery<FormSchemaLike>(projectId, rule.formKey ?? ''), enabled: !!rule.formKey });
  const fields = useMemo(() => formFields(formQ.data?.published ?? formQ.data?.draft ?? null), [formQ.data]);
  const condFields = useConditionFields(fields);
  const exprError = useExprError();
  const published = formQ.data?.published;
  const problems = useMemo(() => [
    ...validateRule(rule, { roles: projectRoleKeys, ...(published ? { form: { key: published.key, schema: published.schema } } : {}) }),
    ...(rule.dictionary ? validateDictionary(rule.dictionary) : []),
  ], [rule, published]);
  const dirty = rule !== saved;
  const mayDesign = useCanDesign(projectId);

  const onError = (error: unknown) => {
    if (isApiError(error) && error.isConflict) modal.confirm({ title: t('rules.conflict'), onOk: onReload });
    else void message.error(t('rules.failed', { reason: errorText(error) }));
  };
  const save = useMutation({
    mutationFn: () => saveDefinitionDraft(projectId, 'rules', rule, version),
    onSuccess: (d) => {
      setSaved(rule); setVersion(d.version);
      void message.success(t('rules.saveOk'));
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'rules') });
    },
    onError,
  });
  const publish = useMutation({
    mutationFn: async () => {
      let v = version;
      if (dirty) { const d = await saveDefinitionDraft(projectId, 'rules', rule, version); setSaved(rule); setVersion(d.version); v = d.version; }
      return publishDefinition(projectId, 'rules', rule.key, note.trim(), v);
    },
    onSuccess: (published) => {
      setPublishOpen(false); setNote('');
      void message.success(t('rules.publishOk', { version: published.version }));
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'rules') });
    },
    onError,
  });

  const risk = rule.risk;
  return (
    <div className="sf-rule-editor" data-testid="rule-editor">
      <div className="sf-rule-editor__bar">
        <Space>
          <Typography.Title level={5} style={{ margin: 0 }}>{pickText(rule.name, lang)}</Typography.Title>
          <Tag>{rule.key}</Tag>
          {dirty && <Tag color="orange">{t('rules.unsaved')}</Tag>}
          {!mayDesign && <DesignReadOnlyTag />}
          {problems.length > 0 ? <Tag color="red" data-testid="rule-problem-count">{t('rules.problems')} {problems.length}</Tag>
            : <Tag color="green" data-testid="rule-problem-count">{t('rules.noProblems')}</Tag>}
        </Space>
        <Space>
          <Button icon={<SaveOutlined />} disabled={!dirty || !mayDesign} loading={save.isPending} onClick={() => save.mutate()} data-testid="rule-save">{t('rules.save')}</Button>
          <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setPublishOpen(true)} disabled={!mayDesign} data-testid="rule-publish">{t('rules.publish')}</Button>
        </Space>
      </div>
      {problems.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="rule-problems"
          title={<ul className="sf-rule-problems">{problems.map((p, i) => <li key={i}>{pickText(p.message, lang)}</li>)}</ul>} />
      )}
      <Card size="small" title={t('rules.tab.rules')} className="sf-rule-card">
        <Form layout="inline" size="small">
          <Form.Item label={t('rules.nameZh')}><Input value={rule.name.zh} onChange={(e) => setRule({ ...rule, name: { ...rule.name, zh: e.target.value } })} /></Form.Item>
          <Form.Item label={t('rules.nameEn')}><Input value={rule.name.en} onChange={(e) => setRule({ ...rule, name: { ...rule.name, en: e.target.value } })} /></Form.Item>
          <Form.Item label={t('rules.form')}>
            <Select value={rule.formKey} allowClear style={{ width: 200 }} options={[...formOptions]}
              onChange={(formKey?: string) => setRule(formKey ? { ...rule, formKey } : (({ formKey: _f, ...rest }) => rest)(rule))} />
          </Form.Item>
          <Form.Item label={t('rules.enabled')}><Switch checked={rule.enabled !== false} onChange={(enabled) => setRule({ ...rule, enabled })} /></Form.Item>
        </Form>
      </Card>
      <Card size="small" title={t('rules.section.trigger')} className="sf-rule-card">
        <TriggerEditor value={rule.trigger} fields={fields} onChange={(trigger) => setRule({ ...rule, trigger })} />
      </Card>
      <Card size="small" title={t('rules.section.condition')} className="sf-rule-card">
        <ConditionBuilder value={rule.condition} fields={condFields} allowAtLeast exprError={exprError}
          onChange={(condition) => setRule(condition ? { ...rule, condition } : (({ condition: _c, ...rest }) => rest)(rule))} />
      </Card>
      <Card size="small" className="sf-rule-card" title={t('risk.title')} extra={
        <Space>
          <Typography.Text>{t('rules.useRisk')}</Typography.Text>
          <Switch checked={!!risk} data-testid="rule-use-risk" onChange={(on) => setRule(on
            ? { ...rule, risk: { library: seedRiskLibrary, minLevel: seedRiskLibrary.levels[0]?.key ?? 'level1' }, dictionary: rule.dictionary ?? refundRiskDictionary }
            : (({ risk: _r, ...rest }) => rest)(rule))} />
        </Space>
      }>
        {risk ? (
          <>
            <Space style={{ marginBottom: 8 }}>
              <Typography.Text>{t('rules.minLevel')}</Typography.Text>
              <Select value={risk.minLevel} style={{ width: 160 }} options={risk.library.levels.map((l) => ({ value: l.key, label: pickText(l.label, lang) || l.key }))}
                onChange={(minLevel: string) => setRule({ ...rule, risk: { ...risk, minLevel } })} />
            </Space>
            <RiskLibraryEditor value={risk.library} fields={fields} onChange={(library) => setRule({ ...rule, risk: { ...risk, library } })} />
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('risk.dictionary')}</Typography.Title>
            <KeywordDictionaryEditor value={rule.dictionary ?? refundRiskDictionary} onChange={(dictionary) => setRule({ ...rule, dictionary })} />
          </>
        ) : <Typography.Text type="secondary">{t('risk.help')}</Typography.Text>}
      </Card>
      <Card size="small" title={t('rules.section.actions')} className="sf-rule-card">
        <RuleActionsEditor value={rule.actions} fields={fields} onChange={(actions) => setRule({ ...rule, actions })} />
      </Card>
      <Modal open={publishOpen} title={t('rules.publish')} onCancel={() => setPublishOpen(false)} onOk={() => publish.mutate()}
        okButtonProps={{ disabled: problems.length > 0 || !note.trim(), loading: publish.isPending, ...({ 'data-testid': 'rule-publish-confirm' } as object) }} destroyOnHidden>
        <Form layout="vertical">
          <Form.Item label={t('rules.publishNote')} required>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-testid="rule-publish-note" />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
