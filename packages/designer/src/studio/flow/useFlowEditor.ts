import { useCallback, useEffect, useReducer, useState } from 'react';
import { validateFlow, type FlowDefinition, type FlowEdge, type FlowNode, type Issue, type NodeKind } from '@siteflow/runtime';
import type { Connection } from '@xyflow/react';
import { flowMessages, type FlowMessageKey } from './messages.js';
import { projectRoleKeys } from './roles.js';
import { editorReducer, initEditor, type EditorState } from './model/editor-state.js';
import { addElements, moveNodes, removeElements, replaceEdge, replaceFlowProps, replaceNode } from './model/flow-edits.js';
import { combineEdits } from './model/history.js';
import { freshId, newNode } from './model/node-factory.js';
import type { FormSchemaLike } from './model/form-fields.js';
import { DEFAULT_NODE_SIZE } from './model/initial-layout.js';
import { useInitialLayout } from './useInitialLayout.js';

// In-memory clipboard shared by every designer tab of this page load.
let clipboard: { nodes: FlowNode[]; edges: FlowEdge[] } | null = null;

/** Problems of the flow split by the node or edge they are about; flow-wide ones separately. */
export interface ProblemIndex {
  readonly all: readonly Issue[];
  readonly byElement: ReadonlyMap<string, readonly Issue[]>;
}

const noProblems: ProblemIndex = { all: [], byElement: new Map() };

/** Returns validateFlow's issues indexed by node/edge id. Pure. */
export function indexProblems(flow: FlowDefinition, form: FormSchemaLike | null): ProblemIndex {
  const formLike = form?.schema ? { key: form.key ?? flow.formKey, schema: form.schema } : undefined;
  const all = validateFlow(flow, { roles: projectRoleKeys, ...(formLike ? { form: formLike } : {}) });
  const byElement = new Map<string, Issue[]>();
  for (const i of all) {
    if (!i.nodeId) continue;
    const list = byElement.get(i.nodeId);
    if (list) list.push(i); else byElement.set(i.nodeId, [i]);
  }
  return { all, byElement };
}

/**
 * Returns the flow editor: state, dispatch, live problems and the editing commands the canvas,
 * palette, property panel and shortcuts call. Every command is one undoable edit.
 */
export function useFlowEditor(initial: FlowDefinition, version: number, form: FormSchemaLike | null | undefined) {
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initEditor(initial, version));
  const doc = state.history.doc;
  const arranging = useInitialLayout(state, dispatch);
  // Validation runs after paint, once the user pauses (60 ms): the canvas of a big flow paints
  // first and typing stays fluid; `checking` is true while the problems shown are for an older doc,
  // or while the form (`undefined`) is still loading.
  const [checked, setChecked] = useState<{ doc: FlowDefinition; form: FormSchemaLike | null; problems: ProblemIndex } | null>(null);
  useEffect(() => {
    if (form === undefined) return;
    const timer = setTimeout(() => setChecked({ doc, form, problems: indexProblems(doc, form) }), 60);
    return () => clearTimeout(timer);
  }, [doc, form]);
  const problems = checked?.problems ?? noProblems;
  const checking = checked?.doc !== doc || checked?.form !== form;

  const selectOnly = useCallback((nodes: string[], edges: string[] = []) =>
    dispatch({ type: 'select', selection: { nodes: new Set(nodes), edges: new Set(edges) } }), []);

  const dropKind = useCallback((kind: NodeKind, at: { x: number; y: number }, onEdge: string | null) => {
    const id = freshId(doc, kind);
    const name = flowMessages[(kind === 'task' ? 'flow.node.newTask' : `flow.kind.${kind}`) as FlowMessageKey];
    const node = newNode(kind, id, name, { x: Math.round(at.x - DEFAULT_NODE_SIZE.width / 2), y: Math.round(at.y - DEFAULT_NODE_SIZE.height / 2) });
    const split = onEdge && kind !== 'start' && kind !== 'end' ? doc.edges.find((e) => e.id === onEdge) : undefined;
    const select = { nodes: new Set([id]), edges: new Set<string>() };
    if (!split) {
      dispatch({ type: 'edit', edit: addElements('add', [node]), select });
      return;
    }
    // Dropped on a connection: the branch now leads into the new step, which continues to the old target.
    const after: FlowEdge = { id: freshId(doc, 'e', new Set([id])), source: id, target: split.target };
    const edit = combineEdits('insert', [addElements('insert', [node], [after]), replaceEdge(split, { ...split, target: id })]);
    dispatch({ type: 'edit', edit, select });
  }, [doc]);

  const connect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    const source = doc.nodes.find((n) => n.id === c.source);
    const outgoing = doc.edges.filter((e) => e.source === c.source);
    const edge: FlowEdge = {
      id: freshId(doc, 'e'), source: c.source, target: c.target,
      ...(source?.kind === 'condition' ? { order: outgoing.length + 1 } : {}),
    };
    dispatch({ type: 'edit', edit: addElements('connect', [], [edge]), select: { nodes: new Set(), edges: new Set([edge.id]) } });
  }, [doc]);

  const remove = useCallback((nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>) => {
    if (nodeIds.size === 0 && edgeIds.size === 0) return;
    dispatch({ type: 'edit', edit: removeElements(doc, nodeIds, edgeIds) });
  }, [doc]);

  const updateNode = useCallback((after: FlowNode, key?: string) => {
    const before = doc.nodes.find((n) => n.id === after.id);
    if (before && before !== after) dispatch({ type: 'edit', edit: replaceNode(before, after), ...(key ? { key: `node:${after.id}:${key}` } : {}) });
  }, [doc]);

  const updateEdge = useCallback((after: FlowEdge, key?: string) => {
    const before = doc.edges.find((e) => e.id === after.id);
    if (before && before !== after) dispatch({ type: 'edit', edit: replaceEdge(before, after), ...(key ? { key: `edge:${after.id}:${key}` } : {}) });
  }, [doc]);

  const updateEdges = useCallback((afters: readonly FlowEdge[]) => {
    const edits = afters.map((a) => {
      const before = doc.edges.find((e) => e.id === a.id);
      return before ? replaceEdge(before, a) : null;
    }).filter((e): e is NonNullable<typeof e> => e !== null);
    if (edits.length) dispatch({ type: 'edit', edit: combineEdits('branches', edits) });
  }, [doc]);

  const updateFlow = useCallback((after: FlowDefinition, key?: string) => {
    dispatch({ type: 'edit', edit: replaceFlowProps(doc, after), ...(key ? { key: `flow:${key}` } : {}) });
  }, [doc]);

  const copy = useCallback(() => {
    const ids = state.selection.nodes;
    if (ids.size === 0) return false;
    clipboard = {
      nodes: doc.nodes.filter((n) => ids.has(n.id)),
      edges: doc.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
    return true;
  }, [doc, state.selection.nodes]);

  const paste = useCallback(() => {
    if (!clipboard || clipboard.nodes.length === 0) return;
    const taken = new Set<string>();
    const rename = new Map<string, string>();
    for (const n of clipboard.nodes) {
      const id = freshId(doc, n.kind, taken);
      taken.add(id);
      rename.set(n.id, id);
    }
    const nodes = clipboard.nodes.map((n) => ({
      ...n, id: rename.get(n.id) ?? n.id,
      position: { x: (n.position?.x ?? 0) + 40, y: (n.position?.y ?? 0) + 40 },
    })) as FlowNode[];
    const edges = clipboard.edges.map((e) => {
      const id = freshId(doc, 'e', taken);
      taken.add(id);
      return { ...e, id, source: rename.get(e.source) ?? e.source, target: rename.get(e.target) ?? e.target };
    });
    // The next paste lands another 40 px further, like every drawing tool.
    clipboard = { nodes: nodes.map((n) => ({ ...n })), edges };
    dispatch({ type: 'edit', edit: addElements('paste', nodes, edges), select: { nodes: new Set(nodes.map((n) => n.id)), edges: new Set() } });
  }, [doc]);

  const autoLayout = useCallback(async () => {
    const boxes = doc.nodes.map((n) => ({ id: n.id, ...(state.measured.get(n.id) ?? DEFAULT_NODE_SIZE) }));
    // ELK (1.4 MB) loads on the first auto-layout, not with the designer.
    const { layoutTopDown } = await import('./model/auto-layout.js');
    const positions = await layoutTopDown(boxes, doc.edges);
    const from = new Map(doc.nodes.map((n) => [n.id, n.position] as const));
    dispatch({ type: 'edit', edit: moveNodes('layout', from, positions) });
  }, [doc, state.measured]);

  return {
    state, dispatch, doc, arranging, problems, checking, selectOnly, dropKind, connect, remove, updateNode, updateEdge, updateEdges, updateFlow,
    copy, paste, autoLayout,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
  };
}

/** The flow editor returned by useFlowEditor. */
export type FlowEditor = ReturnType<typeof useFlowEditor>;
/** The editor state type, re-exported for panels. */
export type { EditorState };
