import type { Issue } from '../errors/siteflow-error.js';
import type { Condition, ExpressionEnv } from '../expr/types.js';
import type { Message } from '../i18n/types.js';

/** Kinds of personal data a field can hold; each has a mask (`maskValue`). */
export const SensitivityKind = { name: 'name', phone: 'phone', idCard: 'idCard', bankCard: 'bankCard', address: 'address' } as const;
export type SensitivityKind = (typeof SensitivityKind)[keyof typeof SensitivityKind];

/** Every field type of the palette (see `fieldTypes` for their shapes and widgets). */
export const FieldTypeId = {
  text: 'text', textarea: 'textarea', number: 'number', money: 'money', percent: 'percent',
  date: 'date', datetime: 'datetime', time: 'time', duration: 'duration',
  select: 'select', multiselect: 'multiselect', boolean: 'boolean',
  phone: 'phone', idCard: 'idCard', email: 'email', person: 'person', role: 'role',
  attachments: 'attachments', subtable: 'subtable', section: 'section', computed: 'computed', note: 'note',
} as const;
export type FieldTypeId = (typeof FieldTypeId)[keyof typeof FieldTypeId];

/** One choice of a select or multi-select field. `value` is stored; `label` is shown. */
export interface FieldOption {
  readonly value: string;
  readonly label: Message;
}

/** A linkage rule: a condition from the visual builder or an expression text. */
export type LinkageRule = Condition | string;

/** Result type of a computed field. */
export type ComputedResultType = 'number' | 'money' | 'text' | 'boolean' | 'date';

/**
 * UI hints and behaviour of one field, stored under `x-ui` in the field's schema. Give
 * `fieldType`, or a `widget` that names it (each widget belongs to one field type).
 */
export interface FieldUi {
  readonly fieldType?: FieldTypeId;
  readonly widget?: string;
  readonly label: Message;
  readonly placeholder?: Message;
  readonly help?: Message;
  /** Position among its siblings (lower first); declaration order breaks ties. */
  readonly order?: number;
  /** Columns this field spans in a multi-column layout. */
  readonly span?: number;
  /** Choices of `select` / `multiselect`. */
  readonly options?: readonly FieldOption[];
  /** `multiselect`: adds the choice `other` and a companion text `<key>Other` (勾选+开放填写). */
  readonly allowOther?: boolean;
  /** Overrides the field type's default sensitivity; null marks a field as not personal. */
  readonly sensitivity?: SensitivityKind | null;
  readonly visibleWhen?: LinkageRule;
  readonly requiredWhen?: LinkageRule;
  readonly readOnlyWhen?: LinkageRule;
  /** The field's value is always this expression's result (the field is then read-only). */
  readonly valueExpr?: string;
  /** `computed`: the formula and the type of its result (default number). */
  readonly formula?: string;
  readonly resultType?: ComputedResultType;
  /** `number`: digits after the decimal point allowed (0 = integer). */
  readonly decimals?: number;
  /** Unit shown after a number, e.g. 平方米 / m². */
  readonly unit?: Message;
  /** `person` / `role`: several people or roles. */
  readonly multiple?: boolean;
  /** `attachments`: accepted MIME types (`image/*`, `application/pdf`) and the size limit per file. */
  readonly accept?: readonly string[];
  readonly maxSizeMb?: number;
  /** `note`: the static text shown. */
  readonly text?: Message;
  /** `text`: left empty, the server numbers the record when it is created (流水号), e.g. WO-202611-001. */
  readonly autoNumber?: AutoNumber;
}

/** The date part of an automatic number, in the project's local time ('none': no date part). */
export type AutoNumberDate = 'yyyyMM' | 'yyyyMMdd' | 'yyyy' | 'none';

/** How a text field numbers new records: prefix, date part, then a sequence of at least `digits` digits per date part. */
export interface AutoNumber {
  readonly prefix: string;
  readonly date: AutoNumberDate;
  readonly digits: number;
}

/** JSON types a field's schema may declare. */
export type JsonTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';

/**
 * One field: a JSON Schema 2020-12 fragment plus `x-ui`. The engine enforces the field type's
 * own shape (phone pattern, ID checksum, option list, 2 decimals for money...); the keywords
 * here may tighten lengths, ranges and counts.
 */
export interface FieldSchema {
  readonly type?: JsonTypeName;
  readonly title?: string;
  readonly description?: string;
  readonly default?: unknown;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** `section`: its fields; `required` lists the mandatory ones. */
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
  /** `subtable`: the row, whose `properties` are the columns. */
  readonly items?: { readonly type: 'object'; readonly properties: Readonly<Record<string, FieldSchema>>; readonly required?: readonly string[] };
  readonly 'x-ui': FieldUi;
}

/** A group of fields shown together; `fields` are top-level keys. */
export interface LayoutSection {
  readonly key: string;
  readonly title: Message;
  readonly fields: readonly string[];
  readonly columns?: number;
  readonly collapsed?: boolean;
}

/** A tab holding sections and/or fields. */
export interface LayoutTab {
  readonly key: string;
  readonly title: Message;
  readonly sections?: readonly LayoutSection[];
  readonly fields?: readonly string[];
}

/** Form-level layout: columns, sections and tabs. Fields not placed are shown after them. */
export interface FormLayout {
  readonly columns?: number;
  readonly sections?: readonly LayoutSection[];
  readonly tabs?: readonly LayoutTab[];
}

/** The data schema of a form: a JSON Schema object with `x-ui` on every property. */
export interface FormSchema {
  readonly $schema?: string;
  readonly type: 'object';
  readonly properties: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
  readonly 'x-ui'?: { readonly layout?: FormLayout };
}

/**
 * What a form's records are to the 《退筹动因分析报告》: `tracking` records are the cases
 * (退筹事件追踪表), `workOrder` records are the 退订工单 linked to them. Forms without a role
 * take no part in the report.
 */
export const FormReportRole = { workOrder: 'workOrder', tracking: 'tracking' } as const;
export type FormReportRole = (typeof FormReportRole)[keyof typeof FormReportRole];

/** A form definition as designed in the studio and stored per published version. */
export interface FormDefinition {
  readonly key: string;
  readonly name: Message;
  readonly version?: number;
  readonly description?: Message;
  /** The form's part in the monthly report; the report reads it from each record's form version. */
  readonly reportRole?: FormReportRole;
  /** The 追踪表's default columns (top-level field keys, in order); without it the table picks required fields first. */
  readonly tableColumns?: readonly string[];
  readonly schema: FormSchema;
}

/** Whether a field stores a value, holds other fields, or shows something only. */
export type FieldStorage = 'value' | 'container' | 'none';

/** A field as designers, renderers and tables see it (from `fieldList`). */
export interface FieldInfo {
  /** Dotted data path: `customerName`, `customer.phone`; sub-table columns: `items.*.amount`. */
  readonly path: string;
  readonly key: string;
  readonly fieldType: FieldTypeId;
  readonly widget: string;
  readonly label: Message;
  readonly sensitivity: SensitivityKind | null;
  readonly storage: FieldStorage;
  /** Statically required (JSON Schema `required`); linkage may add more. */
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly options?: readonly FieldOption[];
  /** Path of the section or sub-table holding this field. */
  readonly parent?: string;
  /** Path of the multi-select this "other, please specify" text belongs to. */
  readonly companionOf?: string;
  readonly columns?: readonly FieldInfo[];
  readonly ui: FieldUi;
}

/** What a flow step may do with a field. */
export type FieldPermission = 'hidden' | 'read' | 'edit' | 'required';

/** Who exists in the project, for `person` and `role` fields. */
export interface FormDirectory {
  isUser(id: string): boolean;
  isRole(id: string): boolean;
}

/** Options of `validateSubmission` and `evaluateLinkage`. */
export interface SubmissionOptions {
  readonly env?: ExpressionEnv;
  /** Field permissions of the current flow step, by field path; see `defaultPermission`. */
  readonly permissions?: Readonly<Record<string, FieldPermission>>;
  /** Permission of fields absent from `permissions` (default `read` when permissions are given). */
  readonly defaultPermission?: FieldPermission;
  /** The record as stored before this step: read-only fields keep these values. */
  readonly previous?: Readonly<Record<string, unknown>>;
  readonly directory?: FormDirectory;
}

/** Result of `validateSubmission`: the data to store, or the issues by field path (`$` = the whole form). */
export type SubmissionResult =
  | {
    readonly ok: true;
    readonly data: Record<string, unknown>;
    /**
     * Only when `previous` was given (a flow step whose `data` the server merges onto the
     * record): paths of fields now hidden by linkage, whose stored values must be removed.
     */
    readonly cleared?: readonly string[];
  }
  | { readonly ok: false; readonly issues: Readonly<Record<string, readonly Issue[]>> };

/** Per-field state for a renderer, by data path (sub-table cells: `items.0.amount`). */
export interface LinkageState {
  readonly visible: Readonly<Record<string, boolean>>;
  readonly required: Readonly<Record<string, boolean>>;
  readonly readOnly: Readonly<Record<string, boolean>>;
  /** Values the engine sets: computed fields and `valueExpr` fields. */
  readonly values: Readonly<Record<string, unknown>>;
}
