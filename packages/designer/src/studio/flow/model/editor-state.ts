import type { FlowDefinition } from '@siteflow/runtime';
import { applyEdit, combineEdits, redo, startHistory, undo, type Edit, type History } from './history.js';
import { withPositions } from './initial-layout.js';

type XY = { readonly x: number; readonly y: number };

/** What is selected on the canvas. */
export interface Selection {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** The flow editor's whole state: document history, selection, transient drag positions, measured sizes. */
export interface EditorState {
  readonly history: History<FlowDefinition>;
  /** The document as last saved (or loaded): compared by identity for "unsaved changes". */
  readonly saved: FlowDefinition;
  /** Row version to send on the next save. */
  readonly version: number;
  readonly selection: Selection;
  /** Positions of nodes being dragged; committed as one edit on drag stop. */
  readonly drag: ReadonlyMap<string, XY> | null;
  /** Sizes measured by the canvas (xyflow needs them back on the nodes). */
  readonly measured: ReadonlyMap<string, { width: number; height: number }>;
  /** Key of the last edit, so typing into one input merges into one undo step. */
  readonly lastKey: string | null;
}

/** Everything that can happen to the editor. */
export type EditorAction =
  | { readonly type: 'edit'; readonly edit: Edit<FlowDefinition>; readonly key?: string; readonly select?: Selection }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'drag'; readonly positions: ReadonlyMap<string, XY> }
  | { readonly type: 'dragEnd' }
  | { readonly type: 'measured'; readonly sizes: ReadonlyMap<string, { width: number; height: number }> }
  | { readonly type: 'saved'; readonly doc: FlowDefinition; readonly version: number }
  | { readonly type: 'load'; readonly doc: FlowDefinition; readonly version: number }
  /** The layout made on opening a flow without drawn positions: part of the loaded document, not an edit. */
  | { readonly type: 'arranged'; readonly positions: ReadonlyMap<string, XY> };

/** An empty selection. */
export const noSelection: Selection = { nodes: new Set(), edges: new Set() };

/** Returns the editor state for a freshly loaded document. Pure. */
export function initEditor(doc: FlowDefinition, version: number): EditorState {
  return { history: startHistory(doc), saved: doc, version, selection: noSelection, drag: null, measured: new Map(), lastKey: null };
}

/** Returns the next editor state. Pure reducer with an exhaustive switch. */
export function editorReducer(s: EditorState, a: EditorAction): EditorState {
  switch (a.type) {
    case 'edit': {
      const last = s.history.past[s.history.past.length - 1];
      // 1. Typing into the same input merges with the previous step instead of adding one per key.
      const history = a.key && a.key === s.lastKey && last
        ? { doc: a.edit.apply(s.history.doc), past: [...s.history.past.slice(0, -1), combineEdits(a.edit.label, [last, a.edit])], future: [] }
        : applyEdit(s.history, a.edit);
      // 2. Drop selected ids that no longer exist (deletions, undo of an add).
      const selection = a.select ?? pruneSelection(s.selection, history.doc);
      return { ...s, history, selection, lastKey: a.key ?? null };
    }
    case 'undo': {
      const history = undo(s.history);
      return { ...s, history, selection: pruneSelection(s.selection, history.doc), lastKey: null };
    }
    case 'redo': {
      const history = redo(s.history);
      return { ...s, history, selection: pruneSelection(s.selection, history.doc), lastKey: null };
    }
    case 'select':
      return sameSelection(s.selection, a.selection) ? s : { ...s, selection: a.selection, lastKey: null };
    case 'drag':
      return { ...s, drag: new Map([...(s.drag ?? []), ...a.positions]) };
    case 'dragEnd':
      return { ...s, drag: null };
    case 'measured': {
      let changed = false;
      const measured = new Map(s.measured);
      for (const [id, size] of a.sizes) {
        const prev = measured.get(id);
        if (!prev || prev.width !== size.width || prev.height !== size.height) { measured.set(id, size); changed = true; }
      }
      return changed ? { ...s, measured } : s;
    }
    case 'saved':
      return { ...s, saved: a.doc, version: a.version };
    case 'load':
      return initEditor(a.doc, a.version);
    case 'arranged': {
      // Once the user has changed anything the layout would be an unasked-for edit: dropped.
      if (s.history.doc !== s.saved || s.history.past.length > 0) return s;
      const doc = withPositions(s.saved, a.positions);
      return { ...s, history: startHistory(doc), saved: doc };
    }
    default: {
      const never: never = a;
      return never;
    }
  }
}

function pruneSelection(sel: Selection, doc: FlowDefinition): Selection {
  if (sel.nodes.size === 0 && sel.edges.size === 0) return sel;
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const nodes = new Set([...sel.nodes].filter((id) => nodeIds.has(id)));
  const edges = new Set([...sel.edges].filter((id) => edgeIds.has(id)));
  return nodes.size === sel.nodes.size && edges.size === sel.edges.size ? sel : { nodes, edges };
}

function sameSelection(a: Selection, b: Selection): boolean {
  if (a.nodes.size !== b.nodes.size || a.edges.size !== b.edges.size) return false;
  for (const id of a.nodes) if (!b.nodes.has(id)) return false;
  for (const id of a.edges) if (!b.edges.has(id)) return false;
  return true;
}
