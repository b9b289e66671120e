/** A JSON path into the definition: `['schema', 'properties', 'phone', 'x-ui', 'label']`. */
export type DocPath = readonly string[];

/** One change at one path: the value before and after (undefined = the key is absent). */
export interface Patch {
  readonly path: DocPath;
  readonly before: unknown;
  readonly after: unknown;
}

/**
 * One reversible edit: `apply` and `revert` are pure functions over the document built from
 * patches, so undo and redo replay them instead of keeping snapshots. Edits with the same
 * `coalesce` key in a row (typing a label) merge into one undo step.
 */
export interface Edit<D> {
  readonly label: string;
  readonly coalesce?: string;
  readonly patches: readonly Patch[];
  apply(doc: D): D;
  revert(doc: D): D;
}

/** Returns `doc` with `value` written at `path` (copying objects on the way; undefined deletes). Pure. */
export function writeAt<D>(doc: D, path: DocPath, value: unknown): D {
  if (path.length === 0) return value as D;
  const [head, ...rest] = path as [string, ...string[]];
  const base = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>;
  const next: Record<string, unknown> = Array.isArray(base) ? ([...base] as unknown as Record<string, unknown>) : { ...base };
  const child = writeAt(base[head], rest, value);
  if (child === undefined) delete next[head];
  else next[head] = child;
  return next as D;
}

/** Returns the value at `path`, or undefined. Pure. */
export function readAt(doc: unknown, path: DocPath): unknown {
  let cur = doc;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/** Returns an edit made of patches. Pure. */
export function makeEdit<D>(label: string, patches: readonly Patch[], coalesce?: string): Edit<D> {
  return {
    label,
    patches,
    ...(coalesce ? { coalesce } : {}),
    apply: (doc) => patches.reduce((d, p) => writeAt(d, p.path, p.after), doc),
    revert: (doc) => [...patches].reverse().reduce((d, p) => writeAt(d, p.path, p.before), doc),
  };
}

/** Returns a patch setting `path` to `after`, remembering the current value of `doc`. Pure. */
export function patchOf(doc: unknown, path: DocPath, after: unknown): Patch {
  return { path, before: readAt(doc, path), after };
}

/** The undo/redo state of a document: the current value plus the edits on either side. */
export interface History<D> {
  readonly doc: D;
  readonly past: readonly Edit<D>[];
  readonly future: readonly Edit<D>[];
}

const LIMIT = 300;

/** Returns a history over `doc` with nothing to undo. Pure. */
export function startHistory<D>(doc: D): History<D> {
  return { doc, past: [], future: [] };
}

/** Returns the history after `edit` (clears redo; merges with the previous edit when both coalesce alike). Pure. */
export function applyEdit<D>(h: History<D>, edit: Edit<D>): History<D> {
  if (edit.patches.length === 0) return h;
  const last = h.past[h.past.length - 1];
  if (last && edit.coalesce && last.coalesce === edit.coalesce) {
    // Keep the oldest "before" and the newest "after" for each path.
    const merged = mergePatches(last.patches, edit.patches);
    const combined = makeEdit<D>(last.label, merged, edit.coalesce);
    return { doc: edit.apply(h.doc), past: [...h.past.slice(0, -1), combined], future: [] };
  }
  const past = h.past.length >= LIMIT ? h.past.slice(1) : h.past;
  return { doc: edit.apply(h.doc), past: [...past, edit], future: [] };
}

function mergePatches(first: readonly Patch[], second: readonly Patch[]): Patch[] {
  const key = (p: Patch) => p.path.join('\u0000');
  const out = [...first];
  for (const p of second) {
    const i = out.findIndex((q) => key(q) === key(p));
    if (i >= 0) out[i] = { path: p.path, before: out[i]!.before, after: p.after };
    else out.push(p);
  }
  return out;
}

/** Returns the history with the last edit reverted, or unchanged when there is none. Pure. */
export function undo<D>(h: History<D>): History<D> {
  const edit = h.past[h.past.length - 1];
  if (!edit) return h;
  return { doc: edit.revert(h.doc), past: h.past.slice(0, -1), future: [edit, ...h.future] };
}

/** Returns the history with the next undone edit re-applied, or unchanged when there is none. Pure. */
export function redo<D>(h: History<D>): History<D> {
  const [edit, ...rest] = h.future;
  if (!edit) return h;
  return { doc: edit.apply(h.doc), past: [...h.past, edit], future: rest };
}

/** Returns JSON with object keys sorted, so documents equal up to key order compare equal. Pure. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}
