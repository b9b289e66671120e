import { useState } from 'react';
import { Link } from 'react-router';
import { App, Badge, Button, Form, Input, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import {
  ApartmentOutlined, ArrowLeftOutlined, CloudUploadOutlined, ExperimentOutlined, HistoryOutlined, RedoOutlined, SaveOutlined, UndoOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FlowDefinition } from '@siteflow/runtime';
import { useErrorText } from '../../components/index.js';
import { useLang, useT } from '../../i18n/index.js';
import { pickText } from '../../i18n/format.js';
import { definitionKeys, flowRunningQuery, isApiError, publishDefinition, saveDefinitionDraft, type DefinitionDraft } from '../../api/index.js';
import { DesignReadOnlyTag, useCanDesign } from '../../app/DesignReadOnlyTag.js';
import { flowMessages } from './messages.js';
import { VersionsDrawer } from '../VersionsDrawer.js';
import { VersionCases } from './VersionCases.js';
import type { FlowEditor } from './useFlowEditor.js';

/** Props of the designer's toolbar. */
export interface FlowToolbarProps {
  readonly projectId: string;
  readonly loaded: DefinitionDraft<FlowDefinition>;
  readonly editor: FlowEditor;
  readonly onLayout: () => void;
  readonly onReload: () => void;
  readonly simulating: boolean;
  readonly onSimulate: () => void;
}

/** Renders the designer's toolbar: back, undo/redo, auto-layout, problems, simulate, versions, save draft and publish. */
export function FlowToolbar({ projectId, loaded, editor, onLayout, onReload, simulating, onSimulate }: FlowToolbarProps) {
  const t = useT(flowMessages);
  const { lang } = useLang();
  const { message, modal } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [publishOpen, setPublishOpen] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [note, setNote] = useState('');
  const { doc, state } = editor;
  const dirty = doc !== state.saved;
  const problemCount = editor.problems.all.length;
  const key = loaded.key;
  const mayDesign = useCanDesign(projectId);
  // Read when about to publish: the cases that stay on their version.
  const running = useQuery({ ...flowRunningQuery(projectId, key), enabled: publishOpen });

  const save = useMutation({
    mutationFn: async () => {
      const snapshot = doc;
      const saved = await saveDefinitionDraft(projectId, 'flows', snapshot, state.version);
      return { snapshot, version: saved.version };
    },
    onSuccess: ({ snapshot, version }) => {
      editor.dispatch({ type: 'saved', doc: snapshot, version });
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'flows') });
    },
  });

  const reportSaveError = (error: unknown) => {
    if (isApiError(error) && error.isConflict) {
      modal.confirm({ title: t('flow.save.conflict'), okText: t('flow.save.reload'), onOk: onReload });
    } else {
      const issues = isApiError(error) ? error.issues.map((i) => pickText(i.message, lang)).slice(0, 5).join('；') : '';
      void message.error(t('flow.save.failed', { reason: [errorText(error), issues].filter(Boolean).join(' — ') }));
    }
  };

  const onSave = () => save.mutate(undefined, {
    onSuccess: () => void message.success(t('flow.save.ok')),
    onError: reportSaveError,
  });

  const publish = useMutation({
    mutationFn: async (text: string) => {
      let version = state.version;
      if (dirty) {
        const saved = await saveDefinitionDraft(projectId, 'flows', doc, state.version);
        editor.dispatch({ type: 'saved', doc, version: saved.version });
        version = saved.version;
      }
      return publishDefinition(projectId, 'flows', key, text, version);
    },
    onSuccess: (published) => {
      setPublishOpen(false);
      setNote('');
      void message.success(t('flow.publish.ok', { version: published.version }));
      void queryClient.invalidateQueries({ queryKey: definitionKeys.versions(projectId, 'flows', key) });
      void queryClient.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'flows') });
    },
    onError: reportSaveError,
  });

  return (
    <div className="sf-flowd__toolbar">
      <Space size={8} className="sf-flowd__title">
        <Link to={`/p/${encodeURIComponent(projectId)}/studio/flows`} aria-label={t('flow.toolbar.back')}><ArrowLeftOutlined /></Link>
        <Typography.Text strong ellipsis style={{ maxWidth: 260 }}>{pickText(doc.name, lang)}</Typography.Text>
        <Tag>{key}</Tag>
        {dirty ? <Tag color="orange" data-testid="flow-dirty">{t('flow.toolbar.unsaved')}</Tag> : <Tag color="green">{t('flow.toolbar.saved')}</Tag>}
        {!mayDesign && <DesignReadOnlyTag />}
      </Space>
      <Space size={6} wrap>
        <Tooltip title={`${t('flow.toolbar.undo')} (Ctrl+Z)`}>
          <Button icon={<UndoOutlined />} disabled={state.history.past.length === 0 || simulating} onClick={editor.undo} aria-label={t('flow.toolbar.undo')} data-testid="flow-undo" />
        </Tooltip>
        <Tooltip title={`${t('flow.toolbar.redo')} (Ctrl+Shift+Z)`}>
          <Button icon={<RedoOutlined />} disabled={state.history.future.length === 0 || simulating} onClick={editor.redo} aria-label={t('flow.toolbar.redo')} data-testid="flow-redo" />
        </Tooltip>
        <Button icon={<ApartmentOutlined />} onClick={onLayout} disabled={simulating} data-testid="flow-layout">{t('flow.toolbar.layout')}</Button>
        {editor.checking ? <Tag color="processing" data-testid="flow-problem-count" data-count="checking">{t('flow.toolbar.checking')}</Tag> : (
          <Badge count={problemCount} size="small" offset={[-4, 2]}>
            <Tag color={problemCount ? 'red' : 'green'} data-testid="flow-problem-count" data-count={problemCount}>
              {problemCount ? t('flow.toolbar.problems', { count: problemCount }) : t('flow.toolbar.noProblems')}
            </Tag>
          </Badge>
        )}
        <Button icon={<ExperimentOutlined />} type={simulating ? 'primary' : 'default'} onClick={onSimulate} data-testid="flow-simulate">
          {simulating ? t('sim.close') : t('flow.toolbar.simulate')}
        </Button>
        <Button icon={<HistoryOutlined />} onClick={() => setVersionsOpen(true)} data-testid="flow-versions">{t('flow.toolbar.versions')}</Button>
        <Button icon={<SaveOutlined />} onClick={onSave} loading={save.isPending} disabled={!dirty || !mayDesign} data-testid="flow-save">{t('flow.toolbar.save')}</Button>
        <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setPublishOpen(true)} disabled={!mayDesign} data-testid="flow-publish">{t('flow.toolbar.publish')}</Button>
      </Space>

      <Modal open={publishOpen} title={t('flow.publish.title')} onCancel={() => setPublishOpen(false)} okText={t('flow.publish.confirm')}
        okButtonProps={{ disabled: editor.checking || problemCount > 0 || !note.trim(), loading: publish.isPending, ...({ 'data-testid': 'flow-publish-confirm' } as object) }}
        onOk={() => publish.mutate(note.trim())} destroyOnHidden>
        {problemCount > 0 && <Typography.Paragraph type="danger" data-testid="publish-blocked">{t('flow.publish.blocked', { count: problemCount })}</Typography.Paragraph>}
        <Form layout="vertical">
          <Form.Item label={t('flow.publish.note')} required help={note.trim() ? undefined : t('flow.publish.noteRequired')}>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('flow.publish.notePlaceholder')} data-testid="flow-publish-note" />
          </Form.Item>
        </Form>
        <Typography.Paragraph type="secondary" data-testid="flow-publish-running">
          {!running.data ? t('flow.publish.inflight') : running.data.total === 0 ? t('flow.publish.noneRunning') : t('flow.publish.running', {
            total: running.data.total,
            versions: running.data.byVersion.map((v) => t('flow.publish.runningVersion', v)).join(lang === 'zh' ? '、' : ', '),
          })}
        </Typography.Paragraph>
      </Modal>

      <VersionsDrawer projectId={projectId} kind="flows" defKey={key} open={versionsOpen} onClose={() => setVersionsOpen(false)}
        draftVersion={state.version} dirty={dirty} mayRestore={mayDesign} onRestored={onReload}
        extra={(version, latest) => <VersionCases projectId={projectId} flowKey={key} version={version} latest={latest} mayMigrate={mayDesign} />} />
    </div>
  );
}
