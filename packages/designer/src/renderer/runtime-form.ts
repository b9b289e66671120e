// The one seam between the web app's renderer/designer and the runtime's form module: every
// renderer and designer file imports form types and functions from here.
export type {
  FormDefinition, FormSchema, FieldSchema, FieldUi, FieldOption, FieldInfo, FieldPermission,
  FormLayout, LayoutSection, LayoutTab, LinkageState, SubmissionOptions, SubmissionResult,
  ComputedResultType, CompiledForm, FieldTypeSpec, FieldGroup, Issue, LinkageRule, AutoNumber, AutoNumberDate,
} from '@siteflow/runtime';
export {
  FieldTypeId, SensitivityKind, fieldTypes, fieldTypeOf, isTableColumnType, OTHER_VALUE, otherKey, compileForm, fieldList,
  validateFormDefinition, validateSubmission, evaluateLinkage, ROOT_PATH, formatAutoNumber, autoNumberPeriod,
} from '@siteflow/runtime';
