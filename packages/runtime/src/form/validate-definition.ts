import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { issue, type Issue } from '../errors/siteflow-error.js';
import { validateCondition } from '../expr/condition.js';
import { parseExpression } from '../expr/parse.js';
import { readPath } from '../expr/values.js';
import { fieldSettingNames, languageNames } from '../i18n/messages/form.js';
import { compileSchema } from './ajv.js';
import { buildFieldTree, flattenTree, type FieldNode } from './field-tree.js';
import { fieldTypeOf, fieldTypes, isTableColumnType, otherKey } from './field-types.js';
import { buildLinkagePlan, ruleFields } from './linkage-plan.js';
import { formMetaSchema } from './meta-schema.js';
import type { FieldSchema, FormDefinition, FormLayout, LinkageRule } from './types.js';

let metaValidator: ValidateFunction | null = null;

function metaValidate(): ValidateFunction {
  metaValidator ??= compileSchema(formMetaSchema as unknown as Record<string, unknown>);
  return metaValidator;
}

/** Turns `/schema/properties/phone` into `schema.properties.phone`. */
function dotted(pointer: string): string {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
}

// schema.properties.customer.properties.phone.x-ui.label.zh → the field's schema path, its setting, the option index, the language
const FIELD_SETTING = /^(schema(?:\.properties\.[^.]+|\.items)+)\.x-ui\.([A-Za-z]+)(?:\.(\d+))?(?:\.label)?(?:\.(zh|en))?$/;

/**
 * Returns an issue naming the field by its label and the setting as the property panel does
 * («「客户姓名」的标题（中文）不能为空»), for meta-schema errors inside a field's `x-ui`; null otherwise.
 */
function fieldSettingIssue(error: ErrorObject, where: string, definition: unknown): Issue | null {
  const params = error.params as Record<string, unknown>;
  const full = error.keyword === 'required' ? `${where}.${String(params.missingProperty)}` : where;
  const match = FIELD_SETTING.exec(full);
  const setting = match && (Object.hasOwn(fieldSettingNames, match[2]!) ? fieldSettingNames[match[2] as keyof typeof fieldSettingNames] : undefined);
  if (!match || !setting) return null;
  const fieldPath = match[1]!.split('.');
  const label = (readPath(definition, fieldPath) as FieldSchema | undefined)?.['x-ui']?.label;
  const key = fieldPath.at(-1)!;
  const field = { zh: label?.zh || label?.en || key, en: label?.en || label?.zh || key };
  const lang = match[4] as keyof typeof languageNames | undefined;
  const emptyText = lang !== undefined && (error.keyword === 'minLength' || error.keyword === 'required');
  const messageParams = { fieldZh: field.zh, fieldEn: field.en, settingZh: setting.zh, settingEn: setting.en, langZh: lang ? languageNames[lang].zh : '', langEn: lang ? languageNames[lang].en : '' };
  const code = emptyText ? 'FORM_DEF_FIELD_TEXT_EMPTY' : error.keyword === 'required' && match[3] === undefined ? 'FORM_DEF_FIELD_SETTING_MISSING' : 'FORM_DEF_FIELD_SETTING';
  return issue(code, messageParams, { path: full });
}

function metaIssue(error: ErrorObject, definition: unknown): Issue {
  const where = dotted(error.instancePath);
  const onField = fieldSettingIssue(error, where, definition);
  if (onField) return onField;
  if (where === 'reportRole') {
    const value = (definition as { reportRole?: unknown }).reportRole;
    return issue('FORM_DEF_BAD_REPORT_ROLE', { value: typeof value === 'string' ? value : JSON.stringify(value) }, { path: where });
  }
  const at = (name: string) => (where ? `${where}.${name}` : name);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return issue('FORM_DEF_MISSING', { where: where || '(root)', name: String(params.missingProperty) }, { path: at(String(params.missingProperty)) });
    case 'additionalProperties':
      return issue('FORM_DEF_UNEXPECTED', { where: where || '(root)', name: String(params.additionalProperty) }, { path: at(String(params.additionalProperty)) });
    case 'propertyNames':
      return issue('FORM_DEF_BAD_KEY', { key: String(params.propertyName) }, { path: at(String(params.propertyName)) });
    default:
      return issue('FORM_DEF_INVALID', { where: where || '(root)' }, { path: where });
  }
}

/**
 * Returns every problem of a form definition, each with the `path` of the setting to fix
 * (`schema.properties.reasons.x-ui.options`): first its shape against the meta-schema, then
 * its meaning — keys, options, formulas, linkage references and cycles, sub-tables, layout.
 * Pure; never throws. An empty list means `compileForm` will accept it.
 */
export function validateFormDefinition(definition: unknown): Issue[] {
  const validate = metaValidate();
  if (!validate(definition)) {
    const seen = new Set<string>();
    const issues: Issue[] = [];
    for (const error of validate.errors ?? []) {
      // propertyNames reports a nested pattern/not error for the same key as well.
      if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
      const item = metaIssue(error, definition);
      const id = `${item.code}|${item.path}`;
      if (!seen.has(id)) { seen.add(id); issues.push(item); }
    }
    return issues;
  }
  return semanticIssues(definition as FormDefinition);
}

interface Context {
  readonly issues: Issue[];
  readonly known: (path: string, row?: FieldNode) => boolean;
  readonly index: ReadonlyMap<string, FieldNode>;
}

function expectedJsonType(schema: FieldSchema): string | null {
  const ui = schema['x-ui'];
  const type = fieldTypeOf(ui);
  if (!type) return null;
  if ((type === 'person' || type === 'role') && ui.multiple) return 'array';
  if (type === 'computed') {
    const result = ui.resultType ?? 'number';
    return result === 'number' || result === 'money' ? 'number' : result === 'boolean' ? 'boolean' : 'string';
  }
  return fieldTypes[type].jsonType;
}

function semanticIssues(definition: FormDefinition): Issue[] {
  const tree = buildFieldTree(definition);
  const issues: Issue[] = [];
  const ctx: Context = { issues, known: knownPathChecker(tree), index: new Map(flattenTree(tree).map((n) => [n.path, n] as const)) };
  checkLevel(definition.schema.properties, definition.schema.required, 'schema', '', ctx, null);
  checkLayout(definition.schema['x-ui']?.layout, new Set(Object.keys(definition.schema.properties)), issues);
  checkTableColumns(definition, issues);
  if (issues.length === 0) {
    const plan = buildLinkagePlan(tree);
    if (plan.cycle) {
      issues.push(issue('FORM_DEF_LINKAGE_CYCLE', { fields: plan.cycle.join(' → ') }, { path: `schema.properties.${plan.cycle[0]?.split('.').join('.properties.')}` }));
    }
  }
  return issues;
}

/** Each default table column must name a top-level field the table can show. */
function checkTableColumns(definition: FormDefinition, issues: Issue[]): void {
  (definition.tableColumns ?? []).forEach((column, i) => {
    if (!isTableColumnType(fieldTypeOf(definition.schema.properties[column]?.['x-ui']))) issues.push(issue('FORM_DEF_UNKNOWN_COLUMN', { column }, { path: `tableColumns.${i}` }));
  });
}

function checkLevel(
  properties: Readonly<Record<string, FieldSchema>>, required: readonly string[] | undefined,
  at: string, dataPrefix: string, ctx: Context, table: FieldNode | null,
): void {
  const keys = Object.keys(properties);
  const lower = new Map<string, string>();
  for (const key of keys) {
    const other = lower.get(key.toLowerCase());
    if (other !== undefined) ctx.issues.push(issue('FORM_DEF_DUPLICATE_KEY', { key, other }, { path: `${at}.properties.${key}` }));
    else lower.set(key.toLowerCase(), key);
  }
  for (const key of keys) {
    const schema = properties[key];
    if (schema && fieldTypeOf(schema['x-ui']) === 'multiselect' && schema['x-ui'].allowOther) {
      const companion = otherKey(key);
      const taken = lower.get(companion.toLowerCase());
      if (taken !== undefined) ctx.issues.push(issue('FORM_DEF_DUPLICATE_KEY', { key: companion, other: taken }, { path: `${at}.properties.${taken}` }));
    }
  }
  for (const key of required ?? []) {
    if (!Object.hasOwn(properties, key)) ctx.issues.push(issue('FORM_DEF_REQUIRED_UNKNOWN', { key }, { path: `${at}.required` }));
    // Left empty, an automatic number is filled in when the record is created: it cannot be required of the person filling in.
    else if (properties[key]?.['x-ui']?.autoNumber) ctx.issues.push(issue('FORM_DEF_AUTO_NUMBER_REQUIRED', { key: `${dataPrefix}${key}` }, { path: `${at}.required` }));
  }
  for (const key of keys) {
    const schema = properties[key];
    if (schema) checkField(key, schema, `${at}.properties.${key}`, `${dataPrefix}${key}`, ctx, table);
  }
}

function checkField(key: string, schema: FieldSchema, at: string, dataPath: string, ctx: Context, table: FieldNode | null): void {
  const push = (code: Parameters<typeof issue>[0], params: Record<string, unknown>, path = at) => ctx.issues.push(issue(code, params, { path }));
  const ui = schema['x-ui'];
  const type = fieldTypeOf(ui);
  if (!type) { push('FORM_DEF_UNKNOWN_FIELD_TYPE', { key: dataPath }, `${at}.x-ui`); return; }
  const spec = fieldTypes[type];
  if (ui.widget !== undefined && !spec.widgets.includes(ui.widget)) push('FORM_DEF_WIDGET_MISMATCH', { key: dataPath, widget: ui.widget }, `${at}.x-ui.widget`);
  const expected = expectedJsonType(schema);
  const typeOk = schema.type === undefined || schema.type === expected || (expected === 'number' && schema.type === 'integer');
  if (!typeOk) push('FORM_DEF_TYPE_MISMATCH', { key: dataPath, expected: expected ?? '—', actual: schema.type }, `${at}.type`);
  if (type === 'select' || type === 'multiselect') {
    const options = ui.options ?? [];
    if (options.length === 0 && !(type === 'multiselect' && ui.allowOther)) push('FORM_DEF_OPTIONS_MISSING', { key: dataPath }, `${at}.x-ui.options`);
    const seen = new Set<string>();
    for (const option of options) {
      if (seen.has(option.value)) push('FORM_DEF_DUPLICATE_OPTION', { key: dataPath, value: option.value }, `${at}.x-ui.options`);
      seen.add(option.value);
    }
  }
  if (type === 'computed' && typeof ui.formula !== 'string') push('FORM_DEF_COMPUTED_NO_FORMULA', { key: dataPath }, `${at}.x-ui.formula`);
  if (ui.autoNumber !== undefined && (type !== 'text' || table)) push('FORM_DEF_AUTO_NUMBER_NOT_ALLOWED', { key: dataPath }, `${at}.x-ui.autoNumber`);
  if (ui.valueExpr !== undefined && (spec.storage !== 'value' || type === 'computed' || type === 'subtable' || table)) {
    push('FORM_DEF_VALUE_EXPR_NOT_ALLOWED', { key: dataPath }, `${at}.x-ui.valueExpr`);
  }
  const ranges: Array<[number | undefined, number | undefined, string]> = [
    [schema.minimum, schema.maximum, 'minimum'], [schema.minLength, schema.maxLength, 'minLength'], [schema.minItems, schema.maxItems, 'minItems'],
  ];
  for (const [lo, hi, name] of ranges) if (lo !== undefined && hi !== undefined && lo > hi) push('FORM_DEF_RANGE', { key: dataPath }, `${at}.${name}`);
  if (table) {
    if (type === 'section' || type === 'subtable' || type === 'note') push('FORM_DEF_BAD_COLUMN', { key: dataPath });
    for (const name of ['visibleWhen', 'requiredWhen', 'readOnlyWhen'] as const) {
      if (ui[name] !== undefined) push('FORM_DEF_COLUMN_LINKAGE', { key: dataPath }, `${at}.x-ui.${name}`);
    }
  }
  checkRules(schema, at, ctx, table);
  if (type === 'section' && !table) {
    const children = schema.properties ?? {};
    if (Object.keys(children).length === 0) push('FORM_DEF_SECTION_EMPTY', { key: dataPath }, `${at}.properties`);
    checkLevel(children, schema.required, at, `${dataPath}.`, ctx, null);
  }
  if (type === 'subtable' && !table) {
    const columns = schema.items?.properties ?? {};
    if (Object.keys(columns).length === 0) push('FORM_DEF_SUBTABLE_NO_COLUMNS', { key: dataPath }, `${at}.items`);
    const node = ctx.index.get(dataPath) ?? null;
    checkLevel(columns, schema.items?.required, `${at}.items`, `${dataPath}.*.`, ctx, node);
  }
}

function checkRules(schema: FieldSchema, at: string, ctx: Context, table: FieldNode | null): void {
  const ui = schema['x-ui'];
  const entries: Array<[string, LinkageRule | undefined]> = [
    ['visibleWhen', ui.visibleWhen], ['requiredWhen', ui.requiredWhen], ['readOnlyWhen', ui.readOnlyWhen],
    ['valueExpr', ui.valueExpr], ['formula', ui.formula],
  ];
  for (const [name, rule] of entries) {
    if (rule === undefined) continue;
    const path = `${at}.x-ui.${name}`;
    const before = ctx.issues.length;
    if (typeof rule === 'string') {
      const parsed = parseExpression(rule);
      if (!parsed.ok) { ctx.issues.push({ ...parsed.issue, path }); continue; }
    } else {
      for (const problem of validateCondition(rule)) ctx.issues.push({ ...problem, path: `${path}.${problem.path ?? ''}`.replace(/\.$/, '') });
    }
    if (ctx.issues.length > before) continue;
    for (const field of ruleFields(rule)) {
      if (!ctx.known(field, table ?? undefined)) ctx.issues.push(issue('EXPR_UNKNOWN_FIELD', { field }, { path }));
    }
  }
}

/** Returns a checker telling whether a data path names a field (absolute, or a column of `row`). */
function knownPathChecker(tree: readonly FieldNode[]): (path: string, row?: FieldNode) => boolean {
  const resolve = (level: readonly FieldNode[], segments: readonly string[]): boolean => {
    const [head, ...rest] = segments;
    const node = level.find((n) => n.key === head);
    if (!node) return false;
    if (rest.length === 0) return true;
    if (node.type === 'section') return resolve(node.children, rest);
    if (node.type === 'subtable') {
      const [index, ...column] = rest;
      if (index === undefined || !/^\d+$/.test(index)) return index === 'length';
      return column.length === 0 || resolve(node.children, column);
    }
    // Deeper paths into a scalar's value (an attachment's name) are left to the value.
    return node.type === 'attachments';
  };
  return (path, row) => {
    const segments = path.split('.');
    if (row && resolve(row.children, segments)) return true;
    return resolve(tree, segments);
  };
}

function checkLayout(layout: FormLayout | undefined, fields: ReadonlySet<string>, issues: Issue[]): void {
  if (!layout) return;
  const placed = new Set<string>();
  const keys = new Set<string>();
  const sectionAt = (section: { key: string; fields?: readonly string[] }, at: string) => {
    if (keys.has(section.key)) issues.push(issue('FORM_DEF_LAYOUT_DUPLICATE_SECTION', { key: section.key }, { path: `${at}.key` }));
    keys.add(section.key);
    (section.fields ?? []).forEach((key, i) => {
      if (!fields.has(key)) issues.push(issue('FORM_DEF_LAYOUT_UNKNOWN_FIELD', { key, section: section.key }, { path: `${at}.fields.${i}` }));
      else if (placed.has(key)) issues.push(issue('FORM_DEF_LAYOUT_DUPLICATE_FIELD', { key }, { path: `${at}.fields.${i}` }));
      placed.add(key);
    });
  };
  (layout.sections ?? []).forEach((s, i) => sectionAt(s, `schema.x-ui.layout.sections.${i}`));
  (layout.tabs ?? []).forEach((tab, t) => {
    sectionAt(tab, `schema.x-ui.layout.tabs.${t}`);
    (tab.sections ?? []).forEach((s, i) => sectionAt(s, `schema.x-ui.layout.tabs.${t}.sections.${i}`));
  });
}
