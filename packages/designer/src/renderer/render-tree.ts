import type { FieldOption, FieldSchema, FieldTypeId, FieldUi, FormDefinition } from './runtime-form.js';
import { fieldTypeOf, fieldTypes, OTHER_VALUE } from './runtime-form.js';

/** A field as the renderer lays it out: type, widget, schema and children, keyed by its own key. */
export interface RenderNode {
  readonly key: string;
  readonly type: FieldTypeId;
  readonly widget: string;
  readonly schema: FieldSchema;
  readonly ui: FieldUi;
  /** Statically required through JSON Schema `required` of its parent. */
  readonly required: boolean;
  /** Choices (with "other" appended for a multi-select that allows it). */
  readonly options: readonly FieldOption[];
  /** Section fields or sub-table columns. */
  readonly children: readonly RenderNode[];
}

const OTHER_LABEL = { zh: '其他', en: 'Other' } as const;

/** Returns the properties in display order: `x-ui.order`, then declaration order. Pure. */
export function orderedKeys(properties: Readonly<Record<string, FieldSchema>> | undefined): string[] {
  if (!properties) return [];
  return Object.entries(properties)
    .map(([key, s], index) => ({ key, index, order: typeof s?.['x-ui']?.order === 'number' ? s['x-ui'].order : Infinity }))
    .sort((a, b) => (a.order === b.order ? a.index - b.index : a.order - b.order))
    .map((x) => x.key);
}

/** Returns render nodes for one level of properties; unknown types are skipped (the validator reports them). Pure. */
export function buildRenderNodes(properties: Readonly<Record<string, FieldSchema>> | undefined, required: readonly string[] | undefined): RenderNode[] {
  const req = new Set(required ?? []);
  const out: RenderNode[] = [];
  for (const key of orderedKeys(properties)) {
    const schema = properties![key]!;
    const ui = schema['x-ui'];
    const type = fieldTypeOf(ui);
    if (!type) continue;
    const base = Array.isArray(ui.options) ? ui.options : [];
    const options = type === 'multiselect' && ui.allowOther && !base.some((o) => o.value === OTHER_VALUE)
      ? [...base, { value: OTHER_VALUE, label: OTHER_LABEL }] : base;
    const children = type === 'section' ? buildRenderNodes(schema.properties, schema.required)
      : type === 'subtable' ? buildRenderNodes(schema.items?.properties, schema.items?.required)
      : [];
    out.push({ key, type, widget: ui.widget ?? fieldTypes[type].defaultWidget, schema, ui, required: req.has(key), options, children });
  }
  return out;
}

/** Returns the top-level render nodes of a definition. Pure. */
export function renderTree(def: FormDefinition): RenderNode[] {
  return buildRenderNodes(def.schema?.properties, def.schema?.required);
}

/** Types that take the whole row of a multi-column grid by default. */
export const FULL_WIDTH_TYPES: ReadonlySet<FieldTypeId> = new Set(['textarea', 'subtable', 'section', 'note', 'attachments']);
