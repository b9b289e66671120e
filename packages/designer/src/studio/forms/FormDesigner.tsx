import { DesktopOutlined, EditOutlined, MobileOutlined, WarningOutlined } from '@ant-design/icons';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Segmented, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { definitionKeys, isApiError, publishDefinition, saveDefinitionDraft, type DefinitionDraft } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { fieldTypeOf, fieldTypes, type FormDefinition } from '../../renderer/index.js';
import { CanvasContainer } from './CanvasContainer.js';
import { DesignerContext, type DesignerContextValue } from './designer-context.js';
import { DesignerToolbar } from './DesignerToolbar.js';
import { innermostCollision as innermost } from './dnd.js';
import { fieldIcons } from './field-icons.js';
import { JsonModal } from './JsonModal.js';
import { addField, canContain, containerKeys, duplicateField, getField, findProblems, moveField, problemsByField, removeField, type FieldRef } from './model/index.js';
import { Palette } from './Palette.js';
import { PreviewPane } from './PreviewPane.js';
import { ProblemsList } from './ProblemsList.js';
import { PropertyPanel } from './props/PropertyPanel.js';
import { PublishModal } from './PublishModal.js';
import { useCanvasDnd } from './useCanvasDnd.js';
import { useDesignerState } from './useDesignerState.js';
import { VersionsDrawer } from '../VersionsDrawer.js';
import { useCanDesign } from '../../app/DesignReadOnlyTag.js';
import './designer.css';

type Mode = 'design' | 'desktop' | 'phone';

/** Renders the form designer for one loaded draft: palette, canvas, properties, preview, problems, save and publish. */
export function FormDesigner({ projectId, draft, backTo, onReload }: { projectId: string; draft: DefinitionDraft<FormDefinition>; backTo: string; onReload: () => void }) {
  const t = useT();
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>('design');
  const [jsonOpen, setJsonOpen] = useState(false);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const mayDesign = useCanDesign(projectId);
  const [publishOpen, setPublishOpen] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [latestVersion, setLatestVersion] = useState(draft.latestVersion);

  const save = useMutation({
    mutationFn: (v: { doc: FormDefinition; version: number }) => saveDefinitionDraft(projectId, 'forms', v.doc, v.version),
    onSuccess: (saved, v) => {
      state.markSaved(v.doc, saved.version);
      client.setQueryData(definitionKeys.one(projectId, 'forms', draft.key), { ...saved, definition: v.doc });
      void client.invalidateQueries({ queryKey: definitionKeys.list(projectId, 'forms') });
    },
    onError: (error) => {
      if (isApiError(error) && error.isConflict) setConflict(true);
      else void message.error(errorText(error));
    },
  });
  // Ctrl+S and the button read the newest document through a ref (the key handler is bound once per render).
  const latest = useRef<{ doc: FormDefinition; version: number; busy: boolean }>({ doc: draft.definition, version: draft.version, busy: false });
  const doSave = useCallback(() => {
    const cur = latest.current;
    if (!cur.busy) save.mutate({ doc: cur.doc, version: cur.version });
  }, [save]);
  const state = useDesignerState(draft.definition, draft.version, doSave);
  latest.current = { doc: state.doc, version: state.version, busy: save.isPending };
  const { doc, selected, edit, select } = state;

  const publish = useMutation({
    mutationFn: async (note: string) => {
      let version = state.version;
      if (state.dirty) {
        const saved = await saveDefinitionDraft(projectId, 'forms', doc, version);
        state.markSaved(doc, saved.version);
        version = saved.version;
      }
      return publishDefinition(projectId, 'forms', draft.key, note, version);
    },
    onSuccess: (published) => {
      setPublishOpen(false);
      setLatestVersion(published.version);
      void message.success(t('publish.done', { version: published.version }));
      void client.invalidateQueries({ queryKey: definitionKeys.all(projectId, 'forms') });
    },
    onError: (error) => { if (isApiError(error) && error.isConflict) { setPublishOpen(false); setConflict(true); } },
  });

  const problems = useMemo(() => findProblems(doc), [doc]);
  const byField = useMemo(() => problemsByField(problems), [problems]);
  const dnd = useCanvasDnd(doc, edit);

  // Never lose work: warn before leaving the page or the app with unsaved changes.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => state.dirty && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({ title: t('designer.leaveConfirm'), okText: t('common.confirm'), cancelText: t('common.cancel'),
      onOk: () => blocker.proceed(), onCancel: () => blocker.reset() });
  }, [blocker, modal, t]);
  useEffect(() => {
    const onUnload = (e: BeforeUnloadEvent) => { if (state.dirty) e.preventDefault(); };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [state.dirty]);

  const ctx: DesignerContextValue = {
    doc, selected, select, problems: byField, indicator: dnd.indicator, dragging: dnd.active !== null,
    moveBy: (ref: FieldRef, delta: -1 | 1) => {
      const keys = containerKeys(doc, ref.container).filter((k) => k !== ref.key);
      const index = containerKeys(doc, ref.container).indexOf(ref.key) + delta;
      if (index < 0 || index > keys.length) return;
      const moved = moveField(doc, ref, ref.container, index, t('designer.edit.move'));
      if (moved) edit(moved.edit, moved.ref);
    },
    duplicate: (ref) => { const r = duplicateField(doc, ref, t('designer.edit.add')); if (r) edit(r.edit, r.ref); },
    remove: (ref) => edit(removeField(doc, ref, t('designer.edit.remove')), null),
  };
  // A click on the palette appends to the selected section / sub-table when it may hold the type, else to the form.
  const appendField = (type: keyof typeof fieldTypes) => {
    const selectedType = selected ? fieldTypeOf(getField(doc, selected)?.['x-ui']) : null;
    const inner = selected && (selectedType === 'section' || selectedType === 'subtable') ? [...selected.container, selected.key] : null;
    const container = inner && canContain(doc, inner, type) ? inner : [];
    const { edit: e, ref } = addField(doc, type, container, containerKeys(doc, container).length, t('designer.edit.add'));
    edit(e, ref);
  };

  return (
    <DesignerContext.Provider value={ctx}>
      <div className="sf-designer" data-testid="form-designer">
        <DesignerToolbar doc={doc} backTo={backTo} dirty={state.dirty} saving={save.isPending} latestVersion={latestVersion}
          canUndo={state.canUndo} canRedo={state.canRedo} undoLabel={state.undoLabel} redoLabel={state.redoLabel}
          onUndo={state.undo} onRedo={state.redo} onSave={doSave} onJson={() => setJsonOpen(true)}
          onVersions={() => setVersionsOpen(true)} onPublish={() => setPublishOpen(true)} />
        {conflict && (
          <Alert type="error" showIcon banner title={t('designer.conflict')} data-testid="conflict-banner"
            action={<Button size="small" danger onClick={() => { setConflict(false); onReload(); }}>{t('designer.reload')}</Button>} />
        )}
        <DndContext sensors={dnd.sensors} collisionDetection={innermost} onDragStart={dnd.onDragStart} onDragMove={dnd.onDragMove}
          onDragEnd={dnd.onDragEnd} onDragCancel={dnd.onDragCancel}>
          <div className="sf-designer__body">
            <aside className="sf-designer__palette">
              <div className="sf-designer__panel-title">{t('designer.palette')}</div>
              <Palette onAdd={appendField} />
            </aside>
            <main className="sf-designer__center">
              <div className="sf-designer__modebar">
                <Segmented<Mode> value={mode} onChange={setMode} data-testid="mode-switch" options={[
                  { value: 'design', icon: <EditOutlined />, label: t('designer.canvas') },
                  { value: 'desktop', icon: <DesktopOutlined />, label: `${t('designer.preview')} · ${t('preview.desktop')}` },
                  { value: 'phone', icon: <MobileOutlined />, label: `${t('designer.preview')} · ${t('preview.phone')}` },
                ]} />
                <Badge count={problems.length} size="small" showZero={false}>
                  <Typography.Text type={problems.length ? 'danger' : 'success'} data-testid="problem-count">
                    {problems.length ? <><WarningOutlined /> {t('designer.problems', { count: problems.length })}</> : t('designer.noProblems')}
                  </Typography.Text>
                </Badge>
              </div>
              <div className="sf-designer__stage" onClick={() => select(null)}>
                {mode === 'design' ? (
                  <div className="sf-canvas" data-testid="canvas">
                    <div className="sf-canvas__title">{localize(doc.name)}</div>
                    <CanvasContainer container={[]} />
                  </div>
                ) : (
                  <PreviewPane doc={doc} device={mode} hasProblems={problems.length > 0} />
                )}
              </div>
              <div className="sf-designer__problems">
                <ProblemsList doc={doc} problems={problems} onSelect={(ref) => { if (ref) { setMode('design'); select(ref); } }} />
              </div>
            </main>
            <aside className="sf-designer__props">
              <PropertyPanel doc={doc} selected={selected} onEdit={edit} />
            </aside>
          </div>
          <DragOverlay dropAnimation={null}>
            {dnd.active && (
              <div className="sf-drag-overlay">
                {fieldIcons[dnd.active.type]} <span>{localize(fieldTypes[dnd.active.type].label)}</span>
              </div>
            )}
          </DragOverlay>
        </DndContext>
        <JsonModal open={jsonOpen} value={doc} onClose={() => setJsonOpen(false)} />
        <VersionsDrawer projectId={projectId} kind="forms" defKey={draft.key} open={versionsOpen} onClose={() => setVersionsOpen(false)}
          draftVersion={state.version} dirty={state.dirty} mayRestore={mayDesign} onRestored={onReload} />
        <PublishModal open={publishOpen} problemCount={problems.length} dirty={state.dirty} busy={publish.isPending}
          error={publish.isError && !(isApiError(publish.error) && publish.error.isConflict) ? errorText(publish.error) : undefined}
          onPublish={(note) => publish.mutate(note)} onClose={() => { setPublishOpen(false); publish.reset(); }} />
      </div>
    </DesignerContext.Provider>
  );
}

