import type { Message } from '../i18n/types.js';
import { fieldTypeOf, fieldTypes, OTHER_VALUE, otherKey } from './field-types.js';
import type { FieldInfo, FieldOption, FieldSchema, FieldTypeId, FieldUi, FormDefinition, SensitivityKind } from './types.js';

/** A field of a definition, resolved: its type, path, parent and children. Internal. */
export interface FieldNode {
  readonly key: string;
  /** Data path; sub-table columns use `*` for the row: `items.*.amount`. */
  readonly path: string;
  /** `path` split at the dots, computed once for the hot path. */
  readonly segments: readonly string[];
  readonly type: FieldTypeId;
  readonly widget: string;
  readonly label: Message;
  readonly schema: FieldSchema;
  readonly ui: FieldUi;
  readonly parent: FieldNode | null;
  readonly children: FieldNode[];
  readonly isColumn: boolean;
  readonly staticRequired: boolean;
  readonly sensitivity: SensitivityKind | null;
  readonly options: readonly FieldOption[];
  readonly companionOf: FieldNode | null;
  /** Position in the linkage plan's steps (-1 for sub-table columns); set by `buildLinkagePlan`. */
  planIndex: number;
}

const OTHER_OPTION: FieldOption = { value: OTHER_VALUE, label: { zh: '其他', en: 'Other' } };

/** Returns the properties in display order: `x-ui.order`, then declaration order. Pure. */
export function orderedEntries(properties: Readonly<Record<string, FieldSchema>> | undefined): Array<[string, FieldSchema]> {
  if (!properties || typeof properties !== 'object') return [];
  return Object.entries(properties)
    .map((entry, index) => ({ entry, index, order: typeof entry[1]?.['x-ui']?.order === 'number' ? entry[1]['x-ui'].order : Infinity }))
    .sort((a, b) => (a.order === b.order ? a.index - b.index : a.order - b.order))
    .map((x) => x.entry);
}

/** Returns the field tree of a definition (top-level nodes, children nested). Pure. */
export function buildFieldTree(definition: FormDefinition): FieldNode[] {
  return buildLevel(definition.schema.properties, definition.schema.required, null, '', false);
}

function buildLevel(
  properties: Readonly<Record<string, FieldSchema>> | undefined, required: readonly string[] | undefined,
  parent: FieldNode | null, prefix: string, isColumn: boolean,
): FieldNode[] {
  const nodes: FieldNode[] = [];
  const requiredSet = new Set(Array.isArray(required) ? required : []);
  for (const [key, schema] of orderedEntries(properties)) {
    const ui = schema?.['x-ui'];
    const type = fieldTypeOf(ui);
    if (!ui || !type) continue;
    const spec = fieldTypes[type];
    const baseOptions = Array.isArray(ui.options) ? ui.options : [];
    const options = type === 'multiselect' && ui.allowOther && !baseOptions.some((o) => o.value === OTHER_VALUE)
      ? [...baseOptions, OTHER_OPTION] : baseOptions;
    const node: FieldNode = {
      key, path: `${prefix}${key}`, segments: `${prefix}${key}`.split('.'), type, widget: ui.widget ?? spec.defaultWidget, label: ui.label, schema, ui, parent,
      children: [], isColumn, staticRequired: requiredSet.has(key),
      sensitivity: ui.sensitivity === undefined ? spec.sensitivity : ui.sensitivity, options, companionOf: null, planIndex: -1,
    };
    nodes.push(node);
    if (type === 'section') {
      node.children.push(...buildLevel(schema.properties, schema.required, node, `${node.path}.`, isColumn));
    } else if (type === 'subtable') {
      node.children.push(...buildLevel(schema.items?.properties, schema.items?.required, node, `${node.path}.*.`, true));
    } else if (type === 'multiselect' && ui.allowOther) {
      nodes.push(companion(node, prefix));
    }
  }
  return nodes;
}

function companion(of: FieldNode, prefix: string): FieldNode {
  const key = otherKey(of.key);
  const label = { zh: `${of.label.zh}（其他说明）`, en: `${of.label.en} (other, please specify)` };
  const ui: FieldUi = { fieldType: 'text', widget: 'input', label };
  return {
    key, path: `${prefix}${key}`, segments: `${prefix}${key}`.split('.'), type: 'text', widget: 'input', label, schema: { type: 'string', maxLength: 200, 'x-ui': ui }, ui,
    parent: of.parent, children: [], isColumn: of.isColumn, staticRequired: false, sensitivity: null, options: [], companionOf: of, planIndex: -1,
  };
}

/** Returns every node of a tree, parents before children. Pure. */
export function flattenTree(nodes: readonly FieldNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const walk = (list: readonly FieldNode[]) => {
    for (const node of list) {
      out.push(node);
      walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/** Returns the public description of a node. Pure. */
export function toFieldInfo(node: FieldNode): FieldInfo {
  return {
    path: node.path, key: node.key, fieldType: node.type, widget: node.widget, label: node.label,
    sensitivity: node.sensitivity, storage: fieldTypes[node.type].storage, required: node.staticRequired,
    readOnly: node.type === 'computed' || typeof node.ui.valueExpr === 'string',
    ...(node.options.length > 0 ? { options: node.options } : {}),
    ...(node.parent ? { parent: node.parent.path } : {}),
    ...(node.companionOf ? { companionOf: node.companionOf.path } : {}),
    ...(node.type === 'subtable' ? { columns: node.children.map(toFieldInfo) } : {}),
    ui: node.ui,
  };
}
