/**
 * One reversible edit of a document: `apply` and `revert` are pure functions, so undo and redo
 * replay them instead of keeping snapshots.
 */
export interface Edit<D> {
  readonly label: string;
  apply(doc: D): D;
  revert(doc: D): D;
}

/** The undo/redo state of a document: the current value plus the edits on either side. */
export interface History<D> {
  readonly doc: D;
  readonly past: readonly Edit<D>[];
  readonly future: readonly Edit<D>[];
}

const LIMIT = 200;

/** Returns a history over `doc` with nothing to undo. Pure. */
export function startHistory<D>(doc: D): History<D> {
  return { doc, past: [], future: [] };
}

/** Returns the history after applying `edit` (clears redo). Pure. */
export function applyEdit<D>(h: History<D>, edit: Edit<D>): History<D> {
  const past = h.past.length >= LIMIT ? h.past.slice(1) : h.past;
  return { doc: edit.apply(h.doc), past: [...past, edit], future: [] };
}

/** Returns the history with the last edit reverted, or `h` unchanged when there is none. Pure. */
export function undo<D>(h: History<D>): History<D> {
  const edit = h.past[h.past.length - 1];
  if (!edit) return h;
  return { doc: edit.revert(h.doc), past: h.past.slice(0, -1), future: [edit, ...h.future] };
}

/** Returns the history with the next undone edit re-applied, or `h` unchanged. Pure. */
export function redo<D>(h: History<D>): History<D> {
  const edit = h.future[0];
  if (!edit) return h;
  return { doc: edit.apply(h.doc), past: [...h.past, edit], future: h.future.slice(1) };
}

/** Returns one edit that applies `edits` in order and reverts them in reverse order. Pure. */
export function combineEdits<D>(label: string, edits: readonly Edit<D>[]): Edit<D> {
  return {
    label,
    apply: (doc) => edits.reduce((d, e) => e.apply(d), doc),
    revert: (doc) => edits.reduceRight((d, e) => e.revert(d), doc),
  };
}
