import { issue, type Issue } from '../errors/siteflow-error.js';
import { evaluateSource } from '../expr/evaluate.js';
import type { ExpressionEnv, Scope } from '../expr/types.js';
import { isEmptyValue, isPlainObject, readOwn, readPath, valuesEqual } from '../expr/values.js';
import type { CompiledForm } from './compile.js';
import type { FieldNode } from './field-tree.js';
import { OTHER_VALUE } from './field-types.js';
import { cellLabel, IssueBag } from './issue-bag.js';
import { coerceComputed, normalizeValue } from './normalize.js';
import type { FieldPermission, SubmissionOptions } from './types.js';

/** Linkage state of one field after resolution. */
export interface ResolvedState {
  /** Shown by linkage (before permissions); a hidden field is neither required nor stored. */
  readonly shown: boolean;
  readonly visible: boolean;
  readonly required: boolean;
  readonly readOnly: boolean;
  readonly permission: FieldPermission;
}

/** What `resolveRecord` works out: the data to store, every field's state, and issues so far. */
export interface Resolution {
  readonly output: Record<string, unknown>;
  readonly states: ReadonlyMap<FieldNode, ResolvedState>;
  /** Sub-table cells: `items.0.amount` → state, and values the engine computed. */
  readonly cells: Map<string, ResolvedState>;
  readonly computed: Map<string, unknown>;
  readonly values: ReadonlyMap<FieldNode, unknown>;
  readonly bag: IssueBag;
}

const NO_ENV: ExpressionEnv = {};
type Mutable = Record<string, unknown>;

function setOwn(target: Mutable, key: string, value: unknown): void {
  // Keys come from the definition (validated identifiers), never from the submission.
  target[key] = value;
}

/**
 * Applies a form's linkage to submitted data, in dependency order: visibility, read-only,
 * computed and `valueExpr` values, permissions and previous values; drops hidden and unknown
 * fields (reporting unknown ones) and checks required fields. Type and format checks are left
 * to the compiled validator. Pure; `input` is never modified.
 */
export function resolveRecord(form: CompiledForm, input: Readonly<Record<string, unknown>>, options: SubmissionOptions = {}): Resolution {
  const env = options.env ?? NO_ENV;
  const permissions = options.permissions;
  const fallback: FieldPermission = options.defaultPermission ?? (permissions ? 'read' : 'edit');
  const previous = options.previous;
  const bag = new IssueBag();
  const scope: Mutable = {};
  const states = new Map<FieldNode, ResolvedState>();
  const values = new Map<FieldNode, unknown>();
  const cells = new Map<string, ResolvedState>();
  const computed = new Map<string, unknown>();
  const rawSections = new Map<FieldNode, unknown>();

  reportUnknown(input, form.tree, '', bag);

  const permissionOf = (node: FieldNode): FieldPermission => {
    if (!permissions) return fallback;
    for (let n: FieldNode | null = node.companionOf ?? node; n; n = n.parent) {
      const p = Object.hasOwn(permissions, n.path) ? permissions[n.path] : undefined;
      if (p) return p;
    }
    return fallback;
  };

  for (const node of form.plan.order) {
    const rules = form.plan.rules.get(node) ?? {};
    const parentState = node.parent ? states.get(node.parent) : undefined;
    const permission = permissionOf(node);
    const holder = node.parent ? values.get(node.parent) : scope;
    const rawHolder = node.parent ? rawSections.get(node.parent) : input;
    const raw = readOwn(rawHolder, node.key);
    const before = previous ? readPath(previous, node.segments) : undefined;

    let shown = (parentState?.shown ?? true) && (rules.visible ? rules.visible(scope, env) : true);
    if (shown && node.companionOf) {
      const chosen = values.get(node.companionOf);
      shown = Array.isArray(chosen) && chosen.includes(OTHER_VALUE);
    }
    const visible = shown && permission !== 'hidden';
    const derived = rules.value !== undefined;
    const readOnly = visible && (permission === 'read' || derived || (parentState?.readOnly ?? false)
      || (rules.readOnly ? rules.readOnly(scope, env) : false));

    let value: unknown;
    if (!shown) {
      value = undefined;
    } else if (node.type === 'section') {
      value = {};
      rawSections.set(node, raw);
      if (visible && raw !== undefined && raw !== null && !isPlainObject(raw)) bag.field('FORM_EXPECTED_OBJECT', node.path, node.label);
    } else if (permission === 'hidden') {
      // Expressions still see the stored value; the step neither sees nor changes it.
      value = normalizeValue(node, before);
      const sent = normalizeValue(node, raw);
      if (sent !== undefined && !valuesEqual(sent, value)) bag.field('FORM_FIELD_NOT_PERMITTED', node.path, node.label);
    } else if (derived) {
      const result = rules.value?.(scope, env);
      value = node.type === 'computed' ? coerceComputed(node, result) : normalizeValue(node, result);
      computed.set(node.path, value);
    } else if (readOnly) {
      value = previous ? normalizeValue(node, before) : normalizeValue(node, node.schema.default);
      const sent = normalizeValue(node, raw);
      if (sent !== undefined && !valuesEqual(sent, value)) bag.field('FORM_READ_ONLY', node.path, node.label);
    } else if (node.type === 'subtable') {
      value = resolveRows(node, raw, scope, env, bag, cells, computed);
    } else {
      value = normalizeValue(node, raw);
    }
    if (isPlainObject(holder)) setOwn(holder, node.key, value);
    values.set(node, value);
    states.set(node, { shown, visible, readOnly, required: false, permission });
  }

  // Required is decided once every value is known (requiredWhen may read any field).
  for (const node of form.plan.order) {
    const state = states.get(node);
    if (!state || !state.visible || node.type === 'section' || node.type === 'note' || node.type === 'computed') continue;
    const rules = form.plan.rules.get(node) ?? {};
    const editable = !state.readOnly && (state.permission === 'edit' || state.permission === 'required');
    const required = editable && (state.permission === 'required' || node.staticRequired || node.companionOf !== null
      || (rules.required ? rules.required(scope, env) : false));
    if (!required) continue;
    states.set(node, { ...state, required });
    if (isEmptyValue(values.get(node)) && !bag.has(node.path)) {
      bag.field(node.companionOf ? 'FORM_OTHER_REQUIRED' : 'FORM_REQUIRED', node.path, node.companionOf ? node.companionOf.label : node.label);
    }
  }

  return { output: assemble(form.tree, states, values), states, cells, computed, values, bag };
}

function resolveRows(
  table: FieldNode, raw: unknown, scope: Scope, env: ExpressionEnv, bag: IssueBag,
  cells: Map<string, ResolvedState>, computed: Map<string, unknown>,
): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return raw;
  const inputs = table.children.filter((c) => c.type !== 'computed');
  const formulas = table.children.filter((c) => c.type === 'computed');
  return raw.map((row, index) => {
    if (!isPlainObject(row)) return row;
    const out: Mutable = {};
    const base = `${table.path}.${index}`;
    for (const key of Object.keys(row)) {
      if (!table.children.some((c) => c.key === key)) bag.add(`${base}.${key}`, unknownIssue(`${base}.${key}`));
    }
    for (const column of inputs) {
      const value = normalizeValue(column, readOwn(row, column.key));
      if (value !== undefined) setOwn(out, column.key, value);
      const path = `${base}.${column.key}`;
      cells.set(path, { shown: true, visible: true, readOnly: false, required: column.staticRequired, permission: 'edit' });
      if (column.staticRequired && isEmptyValue(value)) bag.field('FORM_REQUIRED', path, cellLabel(table.label, index, column.label));
    }
    for (const column of formulas) {
      // Row fields shadow form fields of the same name: `price * quantity` reads the row.
      const rowScope: Scope = { ...scope, ...out };
      const rule = column.ui.formula;
      const value = coerceComputed(column, rule === undefined ? undefined : evaluateFormula(column, rowScope, env));
      if (value !== undefined) setOwn(out, column.key, value);
      const path = `${base}.${column.key}`;
      cells.set(path, { shown: true, visible: true, readOnly: true, required: false, permission: 'read' });
      computed.set(path, value);
    }
    return out;
  });
}


function evaluateFormula(column: FieldNode, scope: Scope, env: ExpressionEnv): unknown {
  return typeof column.ui.formula === 'string' ? evaluateSource(column.ui.formula, scope, env) : undefined;
}


function unknownIssue(path: string): Issue {
  return issue('FORM_UNKNOWN_FIELD', { field: path }, { path });
}

function reportUnknown(input: unknown, level: readonly FieldNode[], prefix: string, bag: IssueBag): void {
  if (!isPlainObject(input)) return;
  for (const key of Object.keys(input)) {
    const node = level.find((n) => n.key === key);
    const path = `${prefix}${key}`;
    if (!node) bag.add(path, unknownIssue(path));
    else if (node.type === 'section') reportUnknown(input[key], node.children, `${path}.`, bag);
  }
}

function assemble(level: readonly FieldNode[], states: ReadonlyMap<FieldNode, ResolvedState>, values: ReadonlyMap<FieldNode, unknown>): Mutable {
  const out: Mutable = {};
  for (const node of level) {
    const state = states.get(node);
    if (!state || !state.visible || node.type === 'note') continue;
    if (node.type === 'section') {
      const inner = assemble(node.children, states, values);
      if (Object.keys(inner).length > 0) setOwn(out, node.key, inner);
      continue;
    }
    const value = values.get(node);
    if (value !== undefined) setOwn(out, node.key, value);
  }
  return out;
}
