import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowDefinition } from '@siteflow/runtime';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useT } from '../../i18n/index.js';
import { FlowCanvas } from './canvas/FlowCanvas.js';
import { definitionDraftQuery, definitionKeys, formSourceQuery, type DefinitionDraft } from '../../api/index.js';
import { flowMessages } from './messages.js';
import { formFields, type FormSchemaLike } from './model/form-fields.js';
import { Palette } from './panels/Palette.js';
import { ProblemsPanel } from './panels/ProblemsPanel.js';
import { PropertyPanel } from './panels/PropertyPanel.js';
import { SimulatorPanel } from './simulate/SimulatorPanel.js';
import type { SimHighlight } from './simulate/simulation.js';
import { FlowToolbar } from './FlowToolbar.js';
import { useFlowEditor } from './useFlowEditor.js';
import { useOpeningFrame } from './useOpeningFrame.js';
import './flow-designer.css';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

function FlowDesigner({ projectId, loaded, form, fieldSource, onReload }: {
  readonly projectId: string;
  readonly loaded: DefinitionDraft<FlowDefinition>;
  /** The published form the server validates against (null before the form's first publish, undefined while loading). */
  readonly form: FormSchemaLike | null | undefined;
  /** The form whose fields the pickers offer (the published one, else the draft). */
  readonly fieldSource: FormSchemaLike | null;
  readonly onReload: () => void;
}) {
  const editor = useFlowEditor(loaded.definition, loaded.version, form);
  const fields = useMemo(() => formFields(fieldSource), [fieldSource]);
  const rf = useReactFlow();
  const [simulating, setSimulating] = useState(false);
  const [highlight, setHighlight] = useState<SimHighlight | null>(null);
  const { copy, paste, undo, redo } = editor;

  // Keyboard shortcuts; inputs keep their own undo and copy/paste.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || !(e.ctrlKey || e.metaKey) || simulating) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); undo(); }
      else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); redo(); }
      else if (key === 'c') { if (copy()) e.preventDefault(); }
      else if (key === 'v') { e.preventDefault(); paste(); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [copy, paste, undo, redo, simulating]);

  const pick = useCallback((id: string) => {
    const isNode = editor.doc.nodes.some((n) => n.id === id);
    if (isNode) {
      editor.selectOnly([id]);
      const node = rf.getNode(id);
      if (node) void rf.fitView({ nodes: [node], duration: 300, maxZoom: 1.1 });
    } else {
      editor.selectOnly([], [id]);
    }
  }, [editor, rf]);

  // The flow opens readable at its start (after the on-open layout, if any) and auto layout frames it the same way;
  // the Controls' fit-view button and the minimap show the whole flow.
  const frame = useOpeningFrame(editor.doc.nodes, editor.state.measured, editor.arranging);
  const layout = useCallback(async () => {
    await editor.autoLayout();
    frame(300);
  }, [editor, frame]);

  const stopSim = useCallback(() => { setSimulating(false); setHighlight(null); }, []);

  return (
    <div className="sf-flowd" data-testid="flow-designer">
      <FlowToolbar projectId={projectId} loaded={loaded} editor={editor} onLayout={layout} onReload={onReload}
        simulating={simulating} onSimulate={() => (simulating ? stopSim() : setSimulating(true))} />
      <div className="sf-flowd__main">
        <Palette disabled={simulating} />
        <div className="sf-flowd__center">
          <FlowCanvas state={editor.state} dispatch={editor.dispatch} problems={editor.problems.byElement}
            sim={highlight} onDropKind={editor.dropKind} onConnect={editor.connect} onDelete={editor.remove} readOnly={simulating}
            fields={fields} arranging={editor.arranging} />
          <ProblemsPanel flow={editor.doc} problems={editor.problems.all} onPick={pick} checking={editor.checking} />
        </div>
        <aside className="sf-flowd__side">
          {simulating
            ? <SimulatorPanel flow={editor.doc} problems={editor.problems.all} fields={fields} onHighlight={setHighlight} onClose={stopSim} />
            : <PropertyPanel editor={editor} fields={fields} />}
        </aside>
      </div>
    </div>
  );
}

/** Renders the flow designer page for /p/:projectId/studio/flows/:flowKey: loads the draft and its form. */
export function FlowDesignerPage() {
  const t = useT(flowMessages);
  const { projectId = '', flowKey = '' } = useParams();
  const queryClient = useQueryClient();
  const flowQ = useQuery(definitionDraftQuery<FlowDefinition>(projectId, 'flows', flowKey));
  const formKey = flowQ.data?.definition?.formKey ?? '';
  const formQ = useQuery({ ...formSourceQuery<FormSchemaLike>(projectId, formKey), enabled: !!formKey });
  const reload = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: definitionKeys.one(projectId, 'flows', flowKey) });
  }, [queryClient, projectId, flowKey]);
  if (flowQ.isPending) return <PageLoading tip={t('flow.loading')} />;
  if (flowQ.isError) return <ErrorState error={flowQ.error} onRetry={() => void flowQ.refetch()} />;
  const loaded = flowQ.data;
  // The canvas does not wait for the form: only the problem check and the field pickers need it.
  const formLoading = !!formKey && formQ.isPending;
  return (
    <ReactFlowProvider>
      <FlowDesigner key={`${loaded.key}:${flowQ.dataUpdatedAt}`} projectId={projectId} loaded={loaded}
        form={formLoading ? undefined : formQ.data?.published ?? null} fieldSource={formQ.data?.published ?? formQ.data?.draft ?? null} onReload={reload} />
    </ReactFlowProvider>
  );
}
