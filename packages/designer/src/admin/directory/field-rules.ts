import type { FormRule } from 'antd';
import type { ApiIssue } from '../../api/index.js';
import type { Translate } from '../../i18n/index.js';
import type { directoryMessages } from './messages.js';

/**
 * What an admin dialog knows about one of its fields: the label it shows and the checks the server
 * makes on it (for accounts, the shared `accountRules` of @siteflow/runtime).
 */
export interface FieldSpec {
  readonly label: string;
  readonly required?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A regular expression the whole value must match (the server's JSON-schema `pattern`). */
  readonly pattern?: string;
  /** Says what `pattern` allows, e.g. 账号只能包含字母、数字及 _ . @ -. */
  readonly patternText?: string;
}

type T = Translate<typeof directoryMessages>;

/** Returns antd form rules checking a field as the server will, each message naming the field by its label. Pure. */
export function fieldRules(t: T, spec: FieldSpec): FormRule[] {
  const field = spec.label;
  const rules: FormRule[] = [];
  if (spec.required) rules.push({ required: true, whitespace: true, message: t('adm.required', { field }) });
  if (spec.minLength !== undefined) rules.push({ min: spec.minLength, message: t('adm.field.tooShort', { field, limit: spec.minLength }) });
  if (spec.maxLength !== undefined) rules.push({ max: spec.maxLength, message: t('adm.field.tooLong', { field, limit: spec.maxLength }) });
  if (spec.pattern !== undefined) rules.push({ pattern: new RegExp(spec.pattern), message: spec.patternText ?? t('adm.field.format', { field }) });
  return rules;
}

/**
 * Returns the text for a server issue on a field the dialog shows: built from the field's label and
 * the issue's code, so the server's internal field name (`username`) never reaches the user. A
 * domain issue (not a generic `API_FIELD_*` check) keeps the server's own message. Pure.
 */
export function fieldIssueText(t: T, localize: (text: ApiIssue['message']) => string, issue: ApiIssue, spec: FieldSpec): string {
  const field = spec.label;
  switch (issue.code) {
    case 'API_FIELD_REQUIRED':
    case 'API_FIELD_BLANK':
      return t('adm.required', { field });
    case 'API_FIELD_TOO_SHORT':
      return spec.minLength !== undefined ? t('adm.field.tooShort', { field, limit: spec.minLength }) : t('adm.field.short', { field });
    case 'API_FIELD_TOO_LONG':
      return spec.maxLength !== undefined ? t('adm.field.tooLong', { field, limit: spec.maxLength }) : t('adm.field.long', { field });
    case 'API_FIELD_FORMAT':
      return spec.patternText ?? t('adm.field.format', { field });
    default:
      return issue.code.startsWith('API_FIELD_') ? t('adm.field.invalid', { field }) : localize(issue.message);
  }
}
