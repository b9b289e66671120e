import type { FieldSchema, FieldTypeId, FormDefinition } from '../../../renderer/runtime-form.js';
import { fieldTypeOf } from '../../../renderer/runtime-form.js';
import { orderedKeys } from '../../../renderer/render-tree.js';
import type { DocPath } from './history.js';
import { readAt } from './history.js';

/**
 * Where a field lives: the keys of the containers above it. `[]` is the form itself,
 * `['customer']` a section, `['items']` a sub-table's columns, `['customer', 'items']` a
 * sub-table inside a section.
 */
export type ContainerPath = readonly string[];

/** A field's address in the definition. */
export interface FieldRef {
  readonly container: ContainerPath;
  readonly key: string;
}

/** Returns the JSON path of the schema node owning a container's `properties` and `required`. Pure. */
export function containerNodePath(def: FormDefinition, container: ContainerPath): DocPath {
  let path: string[] = ['schema'];
  for (const key of container) {
    const fieldPath = [...path, 'properties', key];
    const field = readAt(def, fieldPath) as FieldSchema | undefined;
    path = fieldTypeOf(field?.['x-ui']) === 'subtable' ? [...fieldPath, 'items'] : fieldPath;
  }
  return path;
}

/** Returns the JSON path of a field's schema. Pure. */
export function fieldPath(def: FormDefinition, ref: FieldRef): DocPath {
  return [...containerNodePath(def, ref.container), 'properties', ref.key];
}

/** Returns a field's schema, or undefined. Pure. */
export function getField(def: FormDefinition, ref: FieldRef): FieldSchema | undefined {
  return readAt(def, fieldPath(def, ref)) as FieldSchema | undefined;
}

/** Returns the keys of a container in display order. Pure. */
export function containerKeys(def: FormDefinition, container: ContainerPath): string[] {
  return orderedKeys(readAt(def, [...containerNodePath(def, container), 'properties']) as Record<string, FieldSchema> | undefined);
}

/** Returns the `required` list of a container. Pure. */
export function containerRequired(def: FormDefinition, container: ContainerPath): readonly string[] {
  return (readAt(def, [...containerNodePath(def, container), 'required']) as string[] | undefined) ?? [];
}

/** Returns the field type of a container field (section / subtable), or null for the form. Pure. */
export function containerType(def: FormDefinition, container: ContainerPath): FieldTypeId | null {
  if (container.length === 0) return null;
  return fieldTypeOf(getField(def, { container: container.slice(0, -1), key: container[container.length - 1]! })?.['x-ui']);
}

/** Returns the data path of a field (`customer.phone`, sub-table columns `items.*.amount`). Pure. */
export function dataPath(def: FormDefinition, ref: FieldRef): string {
  const parts: string[] = [];
  for (let i = 0; i < ref.container.length; i += 1) {
    parts.push(ref.container[i]!);
    if (containerType(def, ref.container.slice(0, i + 1)) === 'subtable') parts.push('*');
  }
  return [...parts, ref.key].join('.');
}

/** Returns the ref of every field (depth first, display order). Pure. */
export function allFields(def: FormDefinition, container: ContainerPath = []): FieldRef[] {
  return containerKeys(def, container).flatMap((key) => {
    const ref = { container, key };
    const type = fieldTypeOf(getField(def, ref)?.['x-ui']);
    return type === 'section' || type === 'subtable' ? [ref, ...allFields(def, [...container, key])] : [ref];
  });
}

/** Field types a sub-table column may not be (no nesting, no files in cells). */
export const NOT_IN_SUBTABLE: ReadonlySet<FieldTypeId> = new Set(['section', 'subtable', 'note', 'attachments']);

/** Returns whether a field of `type` may go into `container`. Pure. */
export function canContain(def: FormDefinition, container: ContainerPath, type: FieldTypeId): boolean {
  const kind = containerType(def, container);
  if (kind === 'subtable') return !NOT_IN_SUBTABLE.has(type);
  if (kind === 'section') return type !== 'section';
  return true;
}

/** Returns whether two refs point to the same field. Pure. */
export function sameRef(a: FieldRef | null | undefined, b: FieldRef | null | undefined): boolean {
  return Boolean(a && b && a.key === b.key && a.container.join('.') === b.container.join('.'));
}

/** Returns a stable string id of a ref (for dnd ids and React keys). Pure. */
export function refId(ref: FieldRef): string {
  return [...ref.container, ref.key].join('/');
}
