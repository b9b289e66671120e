// Public surface of the form engine; re-exported by the package index.
export type {
  AutoNumber, AutoNumberDate, ComputedResultType, FieldInfo, FieldOption, FieldPermission, FieldSchema, FieldStorage, FieldUi, FormDefinition,
  FormDirectory, FormLayout, FormSchema, JsonTypeName, LayoutSection, LayoutTab, LinkageRule, LinkageState,
  SubmissionOptions, SubmissionResult,
} from './types.js';
export { FieldTypeId, FormReportRole, SensitivityKind } from './types.js';
export { fieldTypes, fieldTypeOf, isTableColumnType, defaultOptions, OTHER_VALUE, otherKey, type FieldGroup, type FieldTypeSpec } from './field-types.js';
export { compileForm, fieldList, type CompiledForm } from './compile.js';
export { autoNumberFields, autoNumberPeriod, formatAutoNumber, type AutoNumberField } from './auto-number.js';
export { validateFormDefinition } from './validate-definition.js';
export { validateSubmission, evaluateLinkage } from './submission.js';
export { formMetaSchema } from './meta-schema.js';
export { checkIdCard, idCardCheckChar, isChineseMobile, normalizePhone, PHONE_PATTERN, type IdCardCheck } from './patterns.js';
export { ROOT_PATH } from './issue-bag.js';
