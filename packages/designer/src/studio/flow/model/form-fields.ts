import { fieldList, type FieldInfo, type FieldTypeId, type FormDefinition } from '@siteflow/runtime';
import type { ConditionFieldKind } from '../../../components/condition-builder/index.js';
import type { Text } from '../../../i18n/types.js';

/** A form field as the flow and rule designers need it: dotted key, label, comparison kind, choices. */
export interface DesignerField {
  readonly key: string;
  readonly label: Text;
  readonly kind: ConditionFieldKind;
  readonly fieldType: FieldTypeId;
  /** Personal-data kind (name, phone, …) or null. */
  readonly sensitivity: string | null;
  readonly options?: readonly { readonly value: string | number | boolean; readonly label: Text }[];
}

/** The part of a form definition read here (a draft may be incomplete). */
export type FormSchemaLike = Pick<FormDefinition, 'key' | 'schema'> & Partial<FormDefinition>;

function kindOf(type: FieldTypeId): ConditionFieldKind {
  switch (type) {
    case 'number': case 'money': case 'percent': case 'duration': return 'number';
    case 'date': case 'datetime': return 'date';
    case 'boolean': return 'boolean';
    case 'select': case 'role': return 'option';
    case 'multiselect': case 'attachments': case 'subtable': return 'options';
    case 'text': case 'textarea': case 'time': case 'phone': case 'idCard': case 'email': case 'person':
    case 'section': case 'computed': case 'note':
      return 'text';
    default: { const never: never = type; return never; }
  }
}

function labelOf(f: FieldInfo, byPath: ReadonlyMap<string, FieldInfo>): Text {
  const parent = f.parent ? byPath.get(f.parent) : undefined;
  if (!parent || parent.fieldType !== 'section') return f.label;
  return { zh: `${parent.label.zh} / ${f.label.zh}`, en: `${parent.label.en} / ${f.label.en}` };
}

/**
 * Returns the value-holding fields of a form in display order (from the runtime's `fieldList`),
 * sections flattened to dotted keys with "section / field" labels; sub-tables stay one field.
 * Returns [] for a missing or broken draft. Pure.
 */
export function formFields(form: FormSchemaLike | null | undefined): DesignerField[] {
  if (!form?.schema) return [];
  let list: FieldInfo[];
  try {
    list = fieldList(form as FormDefinition);
  } catch {
    return []; // an unfinished form draft: the matrix stays empty until it is valid
  }
  const byPath = new Map(list.map((f) => [f.path, f] as const));
  return list.filter((f) => f.storage === 'value' && !f.path.includes('*')).map((f) => ({
    key: f.path, label: labelOf(f, byPath), kind: kindOf(f.fieldType), fieldType: f.fieldType, sensitivity: f.sensitivity,
    ...(f.options ? { options: f.options.map((o) => ({ value: o.value, label: o.label })) } : {}),
  }));
}
