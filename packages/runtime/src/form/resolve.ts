import { evaluateSource } from '../expr/evaluate.js';
import type { ExpressionEnv, Scope } from '../expr/types.js';
import { isEmptyValue, isPlainObject, readPath, valuesEqual } from '../expr/values.js';
import type { CompiledForm } from './compile.js';
import type { FieldNode } from './field-tree.js';
import { OTHER_VALUE } from './field-types.js';
import { cellLabel, IssueBag } from './issue-bag.js';
import type { PlanStep } from './linkage-plan.js';
import { coerceComputed, normalizeValue } from './normalize.js';
import type { FieldPermission, SubmissionOptions } from './types.js';

/** Linkage state of one field after resolution. */
export interface ResolvedState {
  /** Shown by linkage (before permissions); a field hidden by linkage is neither required nor stored. */
  shown: boolean;
  visible: boolean;
  required: boolean;
  readOnly: boolean;
  permission: FieldPermission;
}

/** Bits of `Resolution.flags`. */
export const SHOWN = 1;
export const VISIBLE = 2;
export const READ_ONLY = 4;
export const REQUIRED = 8;

/** What `resolveRecord` works out: the data to store, every field's state, and issues so far. */
export interface Resolution {
  readonly output: Record<string, unknown>;
  /** Per plan step (same index as `form.plan.steps`): SHOWN | VISIBLE | READ_ONLY | REQUIRED bits. */
  readonly flags: Uint8Array;
  readonly values: readonly unknown[];
  /** With `track`: sub-table cells (`items.0.amount`) and values the engine computed, by path. */
  readonly cells: Map<string, ResolvedState>;
  readonly computed: Map<string, unknown>;
  readonly bag: IssueBag;
}

const NO_ENV: ExpressionEnv = {};
type Mutable = Record<string, unknown>;

/**
 * Property `key` of an already checked plain object, or undefined. Field keys can never name a
 * property of `Object.prototype` (the meta-schema reserves them all), so a plain read only ever
 * finds the object's own value.
 */
function own(holder: Readonly<Record<string, unknown>> | undefined, key: string): unknown {
  return holder === undefined ? undefined : holder[key];
}

/**
 * Applies a form's linkage to submitted data, in dependency order: visibility, read-only,
 * computed and `valueExpr` values, permissions and previous values; drops hidden and unknown
 * fields (reporting unknown ones) and checks required fields. Type and format checks are left
 * to the compiled validator. `track` also records per-cell states for renderers. Pure;
 * `input` is never modified.
 */
export function resolveRecord(form: CompiledForm, input: Readonly<Record<string, unknown>>, options: SubmissionOptions = {}, track = false): Resolution {
  const env = options.env ?? NO_ENV;
  const permissions = options.permissions;
  const fallback: FieldPermission = options.defaultPermission ?? (permissions ? 'read' : 'edit');
  const previous = options.previous;
  const bag = new IssueBag();
  const scope: Mutable = {};
  const steps = form.plan.steps;
  const flags = new Uint8Array(steps.length);
  const granted: FieldPermission[] | null = permissions ? new Array<FieldPermission>(steps.length) : null;
  const values: unknown[] = new Array<unknown>(steps.length);
  // Raw input of each section, kept only when it is a plain object.
  const rawSections: Array<Readonly<Record<string, unknown>> | undefined> = new Array(steps.length);
  const cells = new Map<string, ResolvedState>();
  const computed = new Map<string, unknown>();

  reportUnknown(input, form.plan.top, steps, '', bag);

  for (let i = 0; i < steps.length; i += 1) {
    const step = steps[i] as PlanStep;
    const { node, rules } = step;
    const parentFlags = step.parent >= 0 ? flags[step.parent] ?? 0 : SHOWN;
    const permission = permissions ? permissionOf(node, permissions, fallback) : fallback;
    if (granted) granted[i] = permission;
    const holder = step.parent >= 0 ? values[step.parent] : scope;
    const raw = own(step.parent >= 0 ? rawSections[step.parent] : input, node.key);

    let shown = (parentFlags & SHOWN) !== 0 && (rules.visible ? rules.visible(scope, env) : true);
    if (shown && step.companionOf >= 0) {
      const chosen = values[step.companionOf];
      shown = Array.isArray(chosen) && chosen.includes(OTHER_VALUE);
    }
    const visible = shown && permission !== 'hidden';
    const derived = rules.value !== undefined;
    const readOnly = visible && (permission === 'read' || derived || (parentFlags & READ_ONLY) !== 0
      || (rules.readOnly ? rules.readOnly(scope, env) : false));

    let value: unknown;
    if (!shown) {
      value = undefined;
    } else if (node.type === 'section') {
      value = {};
      rawSections[i] = isPlainObject(raw) ? raw : undefined;
      if (visible && raw !== undefined && raw !== null && !isPlainObject(raw)) bag.field('FORM_EXPECTED_OBJECT', node.path, node.label);
    } else if (permission === 'hidden') {
      // Expressions still see the stored value; the step neither sees nor changes it.
      value = normalizeValue(node, previous ? readPath(previous, node.segments) : undefined);
      const sent = normalizeValue(node, raw);
      if (sent !== undefined && !valuesEqual(sent, value)) bag.field('FORM_FIELD_NOT_PERMITTED', node.path, node.label);
    } else if (derived) {
      const result = rules.value?.(scope, env);
      value = node.type === 'computed' ? coerceComputed(node, result) : normalizeValue(node, result);
      if (track) computed.set(node.path, value);
    } else if (readOnly) {
      value = normalizeValue(node, previous ? readPath(previous, node.segments) : node.schema.default);
      const sent = normalizeValue(node, raw);
      if (sent !== undefined && !valuesEqual(sent, value)) bag.field('FORM_READ_ONLY', node.path, node.label);
    } else if (node.type === 'subtable') {
      value = resolveRows(step, raw, scope, env, bag, track ? { cells, computed } : null);
    } else {
      value = normalizeValue(node, raw);
    }
    // The holder is the scope or a section object made above, never submitted data.
    if (value !== undefined && holder !== undefined) (holder as Mutable)[node.key] = value;
    values[i] = value;
    flags[i] = (shown ? SHOWN : 0) | (visible ? VISIBLE : 0) | (readOnly ? READ_ONLY : 0);
  }

  // Required is decided once every value is known (requiredWhen may read any field).
  for (let i = 0; i < steps.length; i += 1) {
    const state = flags[i] ?? 0;
    const { node, rules } = steps[i] as PlanStep;
    if ((state & VISIBLE) === 0 || (state & READ_ONLY) !== 0) continue;
    if (node.type === 'section' || node.type === 'note' || node.type === 'computed') continue;
    const permission = granted ? granted[i] : fallback;
    if (permission !== 'edit' && permission !== 'required') continue;
    const required = permission === 'required' || node.staticRequired || node.companionOf !== null
      || (rules.required ? rules.required(scope, env) : false);
    if (!required) continue;
    flags[i] = state | REQUIRED;
    if (isEmptyValue(values[i]) && !bag.has(node.path)) {
      if (node.companionOf) bag.field('FORM_OTHER_REQUIRED', node.path, node.companionOf.label);
      else bag.field('FORM_REQUIRED', node.path, node.label);
    }
  }

  // Without permissions the scope holds exactly what is stored (hidden fields never entered it),
  // so it becomes the output once empty sections are removed; with permissions, fields the step
  // may not see are in the scope for expressions and the output is assembled without them.
  const output = permissions ? assemble(form.tree, flags, values) : pruneEmptySections(steps, values, scope);
  return { output, flags, values, cells, computed, bag };
}

function permissionOf(node: FieldNode, permissions: Readonly<Record<string, FieldPermission>>, fallback: FieldPermission): FieldPermission {
  for (let n: FieldNode | null = node.companionOf ?? node; n; n = n.parent) {
    const p = Object.hasOwn(permissions, n.path) ? permissions[n.path] : undefined;
    if (p) return p;
  }
  return fallback;
}

function resolveRows(
  step: PlanStep, raw: unknown, scope: Scope, env: ExpressionEnv, bag: IssueBag,
  tracking: { cells: Map<string, ResolvedState>; computed: Map<string, unknown> } | null,
): unknown {
  if (raw === null || raw === undefined) return undefined;
  if (!Array.isArray(raw)) return raw;
  const table = step.node;
  const rows: unknown[] = new Array<unknown>(raw.length);
  for (let index = 0; index < raw.length; index += 1) {
    const row: unknown = raw[index];
    if (!isPlainObject(row)) { rows[index] = row; continue; }
    const out: Mutable = {};
    for (const key of Object.keys(row)) {
      if (!step.children.has(key)) {
        bag.unknown(`${table.path}.${index}.${key}`);
      }
    }
    for (const column of step.inputColumns) {
      const value = normalizeValue(column, Object.hasOwn(row, column.key) ? row[column.key] : undefined);
      if (value !== undefined) out[column.key] = value;
      if (column.staticRequired && isEmptyValue(value)) {
        bag.field('FORM_REQUIRED', `${table.path}.${index}.${column.key}`, cellLabel(table.label, index, column.label));
      }
      if (tracking) tracking.cells.set(`${table.path}.${index}.${column.key}`, { shown: true, visible: true, readOnly: false, required: column.staticRequired, permission: 'edit' });
    }
    if (step.formulaColumns.length > 0) {
      // Row fields shadow form fields of the same name: `price * quantity` reads the row.
      const rowScope: Scope = { ...scope, ...out };
      for (const column of step.formulaColumns) {
        const formula = column.ui.formula;
        const value = coerceComputed(column, typeof formula === 'string' ? evaluateSource(formula, rowScope, env) : undefined);
        if (value !== undefined) out[column.key] = value;
        if (tracking) {
          const path = `${table.path}.${index}.${column.key}`;
          tracking.cells.set(path, { shown: true, visible: true, readOnly: true, required: false, permission: 'read' });
          tracking.computed.set(path, value);
        }
      }
    }
    rows[index] = out;
  }
  return rows;
}

function reportUnknown(input: unknown, level: ReadonlyMap<string, FieldNode>, steps: readonly PlanStep[], prefix: string, bag: IssueBag): void {
  if (!isPlainObject(input)) return;
  for (const key of Object.keys(input)) {
    const node = level.get(key);
    if (!node) {
      bag.unknown(`${prefix}${key}`);
    } else if (node.type === 'section') {
      const step = steps.find((s) => s.node === node);
      if (step) reportUnknown(input[key], step.children, steps, `${node.path}.`, bag);
    }
  }
}

function pruneEmptySections(steps: readonly PlanStep[], values: readonly unknown[], scope: Mutable): Mutable {
  // Children come after their section in the plan, so walking backwards empties inner sections first.
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    const { node, parent } = steps[i] as PlanStep;
    if (node.type !== 'section') continue;
    const value = values[i];
    if (value === undefined || !isEmptyValue(value)) continue;
    const holder = parent >= 0 ? values[parent] : scope;
    if (holder !== undefined) delete (holder as Mutable)[node.key];
  }
  return scope;
}

function assemble(level: readonly FieldNode[], flags: Uint8Array, values: readonly unknown[]): Mutable {
  const out: Mutable = {};
  for (const node of level) {
    if (node.type === 'note') continue;
    const index = node.planIndex;
    if (((flags[index] ?? 0) & VISIBLE) === 0) continue;
    if (node.type === 'section') {
      const inner = assemble(node.children, flags, values);
      for (const _key in inner) {
        out[node.key] = inner;
        break;
      }
      continue;
    }
    const value = values[index];
    if (value !== undefined) out[node.key] = value;
  }
  return out;
}
