import type { Message } from '../i18n/types.js';
import type { FieldOption, FieldSchema, FieldStorage, FieldTypeId, FieldUi, JsonTypeName, SensitivityKind } from './types.js';

/** Palette groups of the form designer. */
export type FieldGroup = 'basic' | 'choice' | 'contact' | 'advanced' | 'layout';

/** One entry of the field registry. */
export interface FieldTypeSpec {
  readonly id: FieldTypeId;
  readonly label: Message;
  readonly group: FieldGroup;
  /** Widget used when the definition names none; `widgets` lists every allowed one. */
  readonly defaultWidget: string;
  readonly widgets: readonly string[];
  /** Sensitivity a new field of this type gets (a field may override it). */
  readonly sensitivity: SensitivityKind | null;
  readonly storage: FieldStorage;
  /** JSON type of the stored value (null when nothing is stored). */
  readonly jsonType: JsonTypeName | null;
  /** Returns the schema of a new field of this type, as the designer palette adds it. Pure. */
  readonly create: (label: Message, ui?: Partial<FieldUi>) => FieldSchema;
}

function spec(
  id: FieldTypeId, zh: string, en: string, group: FieldGroup, widgets: readonly [string, ...string[]],
  jsonType: JsonTypeName | null, extra: { sensitivity?: SensitivityKind; storage?: FieldStorage; schema?: Omit<FieldSchema, 'x-ui'>; ui?: Partial<FieldUi> } = {},
): FieldTypeSpec {
  const storage = extra.storage ?? 'value';
  return {
    id, label: { zh, en }, group, defaultWidget: widgets[0], widgets, sensitivity: extra.sensitivity ?? null, storage, jsonType,
    create: (label, ui = {}) => ({
      ...(jsonType ? { type: jsonType } : {}),
      ...extra.schema,
      'x-ui': { fieldType: id, widget: widgets[0], ...extra.ui, ...ui, label },
    }),
  };
}

const option = (value: string, zh: string, en: string) => ({ value, label: { zh, en } });

/** Default choices of a new select field, so the palette adds a usable one. */
export const defaultOptions: readonly FieldOption[] = [option('option1', '选项一', 'Option 1'), option('option2', '选项二', 'Option 2')];

/**
 * The field registry: every field type with its label, widgets, default sensitivity, whether it
 * stores data, and a factory for new fields. The designer palette and the renderer read it;
 * the engine enforces each type's shape (see `compileForm`).
 */
export const fieldTypes = {
  text: spec('text', '单行文本', 'Text', 'basic', ['input'], 'string'),
  textarea: spec('textarea', '多行文本', 'Paragraph', 'basic', ['textarea'], 'string'),
  number: spec('number', '数字', 'Number', 'basic', ['number'], 'number'),
  money: spec('money', '金额（元）', 'Amount (CNY)', 'basic', ['money'], 'number'),
  percent: spec('percent', '百分比', 'Percentage', 'basic', ['percent'], 'number'),
  date: spec('date', '日期', 'Date', 'basic', ['date'], 'string'),
  datetime: spec('datetime', '日期时间', 'Date and time', 'basic', ['datetime'], 'string'),
  time: spec('time', '时间', 'Time', 'basic', ['time'], 'string'),
  duration: spec('duration', '时长（分钟）', 'Duration (minutes)', 'basic', ['duration'], 'integer'),
  select: spec('select', '单选', 'Single choice', 'choice', ['radio', 'dropdown'], 'string', { ui: { options: defaultOptions } }),
  multiselect: spec('multiselect', '多选', 'Multiple choice', 'choice', ['checkboxes', 'multiDropdown'], 'array', { ui: { options: defaultOptions } }),
  boolean: spec('boolean', '是/否', 'Yes / no', 'choice', ['yesNo', 'switch'], 'boolean'),
  phone: spec('phone', '手机号', 'Mobile number', 'contact', ['phone'], 'string', { sensitivity: 'phone' }),
  idCard: spec('idCard', '身份证号', 'Resident ID number', 'contact', ['idCard'], 'string', { sensitivity: 'idCard' }),
  email: spec('email', '邮箱', 'E-mail', 'contact', ['email'], 'string'),
  person: spec('person', '人员', 'Person', 'contact', ['personPicker'], 'string'),
  role: spec('role', '角色', 'Role', 'contact', ['rolePicker'], 'string'),
  attachments: spec('attachments', '附件', 'Attachments', 'advanced', ['upload'], 'array'),
  subtable: spec('subtable', '子表', 'Sub-table', 'advanced', ['table'], 'array', {
    schema: { items: { type: 'object', properties: {} } },
  }),
  section: spec('section', '分组', 'Section', 'layout', ['section', 'group'], 'object', { storage: 'container', schema: { properties: {} } }),
  computed: spec('computed', '计算字段', 'Computed', 'advanced', ['computed'], null),
  note: spec('note', '说明文字', 'Note', 'layout', ['note'], null, { storage: 'none' }),
} as const satisfies Record<FieldTypeId, FieldTypeSpec>;

const WIDGET_TO_TYPE: ReadonlyMap<string, FieldTypeId> = new Map(
  Object.values(fieldTypes).flatMap((t) => t.widgets.map((w) => [w, t.id] as const)),
);

/** Returns the field type named by `x-ui` (its `fieldType`, else the type owning its `widget`), or null. Pure. */
export function fieldTypeOf(ui: FieldUi | undefined): FieldTypeId | null {
  if (!ui) return null;
  if (ui.fieldType !== undefined) return Object.hasOwn(fieldTypes, ui.fieldType) ? ui.fieldType : null;
  return (ui.widget !== undefined && WIDGET_TO_TYPE.get(ui.widget)) || null;
}

/** The value a multi-select stores for "other, please specify". */
export const OTHER_VALUE = 'other';
/** Returns the key of the companion text of a multi-select with `allowOther`. Pure. */
export function otherKey(key: string): string {
  return `${key}Other`;
}

/** Field types a 追踪表 (records table) cannot show as a column: layout only. */
const NOT_A_TABLE_COLUMN: ReadonlySet<FieldTypeId> = new Set<FieldTypeId>(['section', 'note']);

/** Returns whether a records table can show a field of `type` as a column (a sub-table shows a summary). Pure. */
export function isTableColumnType(type: FieldTypeId | null): type is FieldTypeId {
  return type !== null && !NOT_A_TABLE_COLUMN.has(type);
}
