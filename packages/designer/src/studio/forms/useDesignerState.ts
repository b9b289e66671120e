import { useCallback, useEffect, useMemo, useReducer } from 'react';
import type { FormDefinition } from '../../renderer/index.js';
import { applyEdit, redo, stableStringify, startHistory, undo, type Edit, type FieldRef, type History } from './model/index.js';

interface State {
  readonly history: History<FormDefinition>;
  readonly selected: FieldRef | null;
  /** The definition as last saved on the server (to know whether there are unsaved changes). */
  readonly saved: FormDefinition;
  /** Draft row version to send with the next save. */
  readonly version: number;
}

type Action =
  | { type: 'edit'; edit: Edit<FormDefinition>; select?: FieldRef | null }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'select'; ref: FieldRef | null }
  | { type: 'saved'; doc: FormDefinition; version: number }
  | { type: 'reset'; doc: FormDefinition; version: number };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'edit':
      return { ...state, history: applyEdit(state.history, action.edit), selected: action.select === undefined ? state.selected : action.select };
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'select':
      return { ...state, selected: action.ref };
    case 'saved':
      return { ...state, saved: action.doc, version: action.version };
    case 'reset':
      return { history: startHistory(action.doc), selected: null, saved: action.doc, version: action.version };
    default: {
      const never: never = action;
      return never;
    }
  }
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return Boolean(el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)));
}

/**
 * Returns the designer's state (document with undo/redo, selection, saved version) and its
 * actions; binds Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y) outside text inputs, and Ctrl+S to `onSave`.
 */
export function useDesignerState(initial: FormDefinition, version: number, onSave: () => void) {
  const [state, dispatch] = useReducer(reducer, undefined, () => ({ history: startHistory(initial), selected: null, saved: initial, version }));
  const doc = state.history.doc;
  const dirty = useMemo(() => stableStringify(doc) !== stableStringify(state.saved), [doc, state.saved]);
  const edit = useCallback((e: Edit<FormDefinition> | null | undefined, select?: FieldRef | null) => {
    if (e) dispatch({ type: 'edit', edit: e, ...(select !== undefined ? { select } : {}) });
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 's') { e.preventDefault(); onSave(); return; }
      if (isEditable(e.target)) return; // keep the browser's own text undo inside inputs
      if (key === 'z' && e.shiftKey) { e.preventDefault(); dispatch({ type: 'redo' }); }
      else if (key === 'z') { e.preventDefault(); dispatch({ type: 'undo' }); }
      else if (key === 'y') { e.preventDefault(); dispatch({ type: 'redo' }); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSave]);
  return {
    doc,
    selected: state.selected,
    version: state.version,
    dirty,
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    undoLabel: state.history.past[state.history.past.length - 1]?.label,
    redoLabel: state.history.future[0]?.label,
    edit,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    select: (ref: FieldRef | null) => dispatch({ type: 'select', ref }),
    markSaved: (saved: FormDefinition, v: number) => dispatch({ type: 'saved', doc: saved, version: v }),
    reset: (d: FormDefinition, v: number) => dispatch({ type: 'reset', doc: d, version: v }),
  };
}

/** The designer state and actions returned by `useDesignerState`. */
export type DesignerState = ReturnType<typeof useDesignerState>;
