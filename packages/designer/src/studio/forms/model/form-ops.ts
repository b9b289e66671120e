import type { FieldSchema, FieldTypeId, FieldUi, FormDefinition, FormLayout } from '../../../renderer/runtime-form.js';
import { fieldTypes, fieldTypeOf, otherKey } from '../../../renderer/runtime-form.js';
import { allFields, containerKeys, containerNodePath, containerRequired, fieldPath, getField, type ContainerPath, type FieldRef } from './containers.js';
import { makeEdit, patchOf, readAt, type Edit, type Patch } from './history.js';

type Def = FormDefinition;

/** Returns patches that give the keys of a container `x-ui.order` 0..n-1 in the given order. Pure. */
function orderPatches(def: Def, container: ContainerPath, keys: readonly string[], schemas: Readonly<Record<string, FieldSchema>> = {}): Patch[] {
  return keys.flatMap((key, index) => {
    const current = schemas[key] ?? getField(def, { container, key });
    if (!current || current['x-ui'].order === index) return [];
    return [{ path: [...containerNodePath(def, container), 'properties', key, 'x-ui', 'order'], before: current['x-ui'].order, after: index }];
  });
}

/** Returns every key used anywhere in the form, including "other" companions. Pure. */
export function usedKeys(def: Def): Set<string> {
  const keys = new Set<string>();
  for (const ref of allFields(def)) {
    keys.add(ref.key);
    const ui = getField(def, ref)?.['x-ui'];
    if (ui && fieldTypeOf(ui) === 'multiselect' && ui.allowOther) keys.add(otherKey(ref.key));
  }
  return keys;
}

/** Returns a new unique key for a field of `type` (`phone1`, `phone2`, …). Pure. */
export function newKey(def: Def, type: FieldTypeId): string {
  const used = usedKeys(def);
  for (let n = 1; ; n += 1) if (!used.has(`${type}${n}`)) return `${type}${n}`;
}

/** Returns the edit adding a new field of `type` to `container` at `index`, plus its ref. Pure. */
export function addField(def: Def, type: FieldTypeId, container: ContainerPath, index: number, label: string): { edit: Edit<Def>; ref: FieldRef } {
  const key = newKey(def, type);
  const schema = fieldTypes[type].create({ ...fieldTypes[type].label });
  const keys = containerKeys(def, container);
  const at = Math.max(0, Math.min(index, keys.length));
  const order = [...keys.slice(0, at), key, ...keys.slice(at)];
  const withOrder: FieldSchema = { ...schema, 'x-ui': { ...schema['x-ui'], order: at } };
  const patches: Patch[] = [
    { path: [...containerNodePath(def, container), 'properties', key], before: undefined, after: withOrder },
    ...orderPatches(def, container, order, { [key]: withOrder }),
  ];
  return { edit: makeEdit(label, patches), ref: { container, key } };
}

/** Returns the edit removing a field (with its required flag and layout placement). Pure. */
export function removeField(def: Def, ref: FieldRef, label: string): Edit<Def> {
  const patches: Patch[] = [patchOf(def, fieldPath(def, ref), undefined)];
  const required = containerRequired(def, ref.container);
  if (required.includes(ref.key)) {
    const next = required.filter((k) => k !== ref.key);
    patches.push(patchOf(def, [...containerNodePath(def, ref.container), 'required'], next.length ? next : undefined));
  }
  if (ref.container.length === 0) patches.push(...layoutPatches(def, (k) => (k === ref.key ? null : k)));
  return makeEdit(label, patches);
}

/**
 * Returns the edit moving a field to `to` at `index` (same or another container), keeping its
 * required flag; the key gets a suffix if the target already holds it. Pure.
 */
export function moveField(def: Def, from: FieldRef, to: ContainerPath, index: number, label: string): { edit: Edit<Def>; ref: FieldRef } | null {
  const schema = getField(def, from);
  if (!schema) return null;
  const sameContainer = from.container.join('.') === to.join('.');
  // A field cannot move into itself or its own children.
  if (to.length > from.container.length && [...from.container, from.key].every((k, i) => to[i] === k)) return null;
  const targetKeys = containerKeys(def, to).filter((k) => !(sameContainer && k === from.key));
  let key = from.key;
  if (!sameContainer && targetKeys.includes(key)) {
    let n = 2;
    while (targetKeys.includes(`${from.key}${n}`)) n += 1;
    key = `${from.key}${n}`;
  }
  const at = Math.max(0, Math.min(index, targetKeys.length));
  const order = [...targetKeys.slice(0, at), key, ...targetKeys.slice(at)];
  const wasRequired = containerRequired(def, from.container).includes(from.key);
  if (sameContainer) {
    const current = containerKeys(def, to);
    if (current.join('|') === order.join('|')) return null; // dropped where it was
    return { edit: makeEdit(label, orderPatches(def, to, order)), ref: from };
  }
  const moved: FieldSchema = { ...schema, 'x-ui': { ...schema['x-ui'], order: at } };
  const patches: Patch[] = [...removeField(def, from, label).patches];
  // Paths of the target are computed on the original document: removing a sibling never changes them.
  patches.push({ path: [...containerNodePath(def, to), 'properties', key], before: undefined, after: moved });
  patches.push(...orderPatches(def, to, order, { [key]: moved }));
  if (wasRequired) {
    const req = containerRequired(def, to);
    patches.push(patchOf(def, [...containerNodePath(def, to), 'required'], [...req, key]));
  }
  return { edit: makeEdit(label, patches), ref: { container: to, key } };
}

/** Returns the edit replacing a field's schema (property panel changes); typing coalesces per field and setting. Pure. */
export function updateField(def: Def, ref: FieldRef, next: FieldSchema, label: string, coalesce?: string): Edit<Def> {
  return makeEdit(label, [patchOf(def, fieldPath(def, ref), next)], coalesce);
}

/** Returns the edit changing one `x-ui` setting of a field (undefined removes it). Pure. */
export function updateUi<K extends keyof FieldUi>(def: Def, ref: FieldRef, prop: K, value: FieldUi[K] | undefined, label: string, coalesce = true): Edit<Def> {
  return makeEdit(label, [patchOf(def, [...fieldPath(def, ref), 'x-ui', prop], value)], coalesce ? `${ref.container.join('.')}/${ref.key}/ui/${String(prop)}` : undefined);
}

/** Returns the edit changing one JSON-Schema keyword of a field (minLength, maximum, default, …). Pure. */
export function updateKeyword(def: Def, ref: FieldRef, keyword: Exclude<keyof FieldSchema, 'x-ui'>, value: unknown, label: string): Edit<Def> {
  return makeEdit(label, [patchOf(def, [...fieldPath(def, ref), keyword], value)], `${ref.container.join('.')}/${ref.key}/kw/${String(keyword)}`);
}

/** Returns the edit marking a field required or optional. Pure. */
export function setRequired(def: Def, ref: FieldRef, required: boolean, label: string): Edit<Def> {
  const list = containerRequired(def, ref.container);
  const next = required ? [...new Set([...list, ref.key])] : list.filter((k) => k !== ref.key);
  return makeEdit(label, [patchOf(def, [...containerNodePath(def, ref.container), 'required'], next.length ? next : undefined)]);
}

/** Returns the edit renaming a field's key (required list and layout follow), or null if taken. Pure. */
export function renameKey(def: Def, ref: FieldRef, nextKey: string, label: string): { edit: Edit<Def>; ref: FieldRef } | null {
  if (nextKey === ref.key || containerKeys(def, ref.container).includes(nextKey)) return null;
  const schema = getField(def, ref);
  if (!schema) return null;
  const base = containerNodePath(def, ref.container);
  const patches: Patch[] = [
    patchOf(def, [...base, 'properties', ref.key], undefined),
    { path: [...base, 'properties', nextKey], before: undefined, after: schema },
  ];
  const req = containerRequired(def, ref.container);
  if (req.includes(ref.key)) patches.push(patchOf(def, [...base, 'required'], req.map((k) => (k === ref.key ? nextKey : k))));
  if (ref.container.length === 0) patches.push(...layoutPatches(def, (k) => (k === ref.key ? nextKey : k)));
  return { edit: makeEdit(label, patches), ref: { container: ref.container, key: nextKey } };
}

/** Returns the edit duplicating a field right after itself, plus the copy's ref. Pure. */
export function duplicateField(def: Def, ref: FieldRef, label: string): { edit: Edit<Def>; ref: FieldRef } | null {
  const schema = getField(def, ref);
  const type = fieldTypeOf(schema?.['x-ui']);
  if (!schema || !type) return null;
  const key = newKey(def, type);
  const keys = containerKeys(def, ref.container);
  const at = keys.indexOf(ref.key) + 1;
  const order = [...keys.slice(0, at), key, ...keys.slice(at)];
  const copy: FieldSchema = { ...structuredClone(schema), 'x-ui': { ...structuredClone(schema['x-ui']), order: at } };
  const patches: Patch[] = [
    { path: [...containerNodePath(def, ref.container), 'properties', key], before: undefined, after: copy },
    ...orderPatches(def, ref.container, order, { [key]: copy }),
  ];
  return { edit: makeEdit(label, patches), ref: { container: ref.container, key } };
}

/** Returns the edit setting a form-level property (name, description, layout columns). Pure. */
export function updateForm(def: Def, path: readonly string[], value: unknown, label: string): Edit<Def> {
  return makeEdit(label, [patchOf(def, path, value)], `form/${path.join('.')}`);
}

/** Returns patches renaming (string) or dropping (null) top-level keys in layout sections and tabs. */
function layoutPatches(def: Def, map: (key: string) => string | null): Patch[] {
  const layout = readAt(def, ['schema', 'x-ui', 'layout']) as FormLayout | undefined;
  if (!layout || (!layout.sections && !layout.tabs)) return [];
  const fix = (keys: readonly string[]) => keys.map(map).filter((k): k is string => k !== null);
  const next: FormLayout = {
    ...layout,
    ...(layout.sections ? { sections: layout.sections.map((s) => ({ ...s, fields: fix(s.fields) })) } : {}),
    ...(layout.tabs ? { tabs: layout.tabs.map((t) => ({
      ...t,
      ...(t.fields ? { fields: fix(t.fields) } : {}),
      ...(t.sections ? { sections: t.sections.map((s) => ({ ...s, fields: fix(s.fields) })) } : {}),
    })) } : {}),
  };
  return JSON.stringify(next) === JSON.stringify(layout) ? [] : [patchOf(def, ['schema', 'x-ui', 'layout'], next)];
}

/** Returns a new, empty form definition with a key and a bilingual name. Pure. */
export function newFormDefinition(key: string, name: { zh: string; en: string }): Def {
  return { key, name, schema: { type: 'object', properties: {}, 'x-ui': { layout: { columns: 2 } } } };
}
