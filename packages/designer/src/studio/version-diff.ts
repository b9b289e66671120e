import { fieldList, type FieldInfo, type FlowDefinition, type FormDefinition, type Message } from '@siteflow/runtime';

// What changed between two published versions of a flow or a form, in the words of the designer
// (steps and fields by name), so a rollback is chosen knowing what it undoes.

/** One change: a step or field added, removed, renamed or edited; or the links or settings changed. */
export type VersionChange =
  | { readonly kind: 'added' | 'removed' | 'changed'; readonly name: Message }
  | { readonly kind: 'renamed'; readonly name: Message; readonly from: Message }
  | { readonly kind: 'links' | 'settings' };

/** Canonical JSON of a value, keys sorted, without the designer-only `position`. Pure. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (key === 'position') return undefined;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

const sameName = (a: Message, b: Message) => a.zh === b.zh && a.en === b.en;

/** Returns the changes of items matched by id (added, removed, renamed, otherwise edited), in `after`'s order, then removals. Pure. */
function itemChanges<T>(before: readonly T[], after: readonly T[], idOf: (t: T) => string, nameOf: (t: T) => Message): VersionChange[] {
  const old = new Map(before.map((t) => [idOf(t), t]));
  const out: VersionChange[] = [];
  for (const item of after) {
    const prior = old.get(idOf(item));
    old.delete(idOf(item));
    if (!prior) out.push({ kind: 'added', name: nameOf(item) });
    else if (!sameName(nameOf(prior), nameOf(item))) out.push({ kind: 'renamed', name: nameOf(item), from: nameOf(prior) });
    else if (canonical(prior) !== canonical(item)) out.push({ kind: 'changed', name: nameOf(item) });
  }
  for (const gone of old.values()) out.push({ kind: 'removed', name: nameOf(gone) });
  return out;
}

/** Returns what changed from one flow version to the next: steps, then links, then the flow's own settings. Pure. */
export function flowChanges(before: FlowDefinition, after: FlowDefinition): VersionChange[] {
  const out = itemChanges(before.nodes, after.nodes, (n) => n.id, (n) => n.name);
  if (canonical(before.edges) !== canonical(after.edges)) out.push({ kind: 'links' });
  const settings = (f: FlowDefinition) => canonical({ ...f, nodes: undefined, edges: undefined, version: undefined });
  if (settings(before) !== settings(after)) out.push({ kind: 'settings' });
  return out;
}

/** Returns what changed from one form version to the next: fields by their path, then the rest (layout, linkage, settings). Pure. */
export function formChanges(before: FormDefinition, after: FormDefinition): VersionChange[] {
  const out = itemChanges<FieldInfo>(fieldList(before), fieldList(after), (f) => f.path, (f) => f.label);
  const rest = (f: FormDefinition) => canonical({ ...f, version: undefined, schema: { ...f.schema, properties: undefined, required: undefined } });
  if (rest(before) !== rest(after) || (out.length === 0 && canonical(before.schema) !== canonical(after.schema))) out.push({ kind: 'settings' });
  return out;
}
