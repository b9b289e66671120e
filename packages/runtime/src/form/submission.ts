import { issue } from '../errors/siteflow-error.js';
import { isPlainObject } from '../expr/values.js';
import { asCompiled, type CompiledForm } from './compile.js';
import { mapAjvErrors } from './error-map.js';
import { IssueBag, ROOT_PATH } from './issue-bag.js';
import { READ_ONLY, REQUIRED, resolveRecord, SHOWN, VISIBLE } from './resolve.js';
import type { FormDefinition, FormDirectory, LinkageState, SubmissionOptions, SubmissionResult } from './types.js';

/**
 * Returns the data to store for a submission, or every issue keyed by field path (`$` for the
 * submission as a whole). Pure; never throws, whatever the input (non-objects, arrays, huge
 * numbers, `__proto__` keys, cycles, getters). In order:
 * 1. unknown fields are reported (never stored); null and blank text count as "not filled";
 * 2. linkage runs: hidden fields are dropped and not required, computed and `valueExpr` fields
 *    are filled, read-only fields keep `previous` (changing them is an issue);
 * 3. with `permissions` (a flow step), `hidden` fields are not returned, `read` fields keep
 *    their previous value, `required` ones must be filled; unlisted fields follow
 *    `defaultPermission` (`read`);
 * 4. the compiled JSON Schema checks types and formats; every error becomes a catalogue issue
 *    naming the field in Chinese and English; money and percentages are rounded to 2 decimals.
 * An invalid definition throws `FORM_DEFINITION_INVALID` (publishing validates it first).
 */
export function validateSubmission(form: FormDefinition | CompiledForm, data: unknown, options: SubmissionOptions = {}): SubmissionResult {
  const compiled = asCompiled(form);
  try {
    return validateCompiled(compiled, data, options);
  } catch {
    // Only exotic host objects (throwing getters, revoked proxies) can get here.
    return { ok: false, issues: { [ROOT_PATH]: [issue('FORM_DATA_NOT_OBJECT')] } };
  }
}

function validateCompiled(form: CompiledForm, data: unknown, options: SubmissionOptions): SubmissionResult {
  if (!isPlainObject(data)) {
    return { ok: false, issues: { [ROOT_PATH]: [issue('FORM_DATA_NOT_OBJECT')] } };
  }
  const resolution = resolveRecord(form, data, options);
  const bag = resolution.bag;
  if (!form.validate(resolution.output)) {
    mapAjvErrors(form.validate.errors ?? [], form.tree, resolution.output, bag);
  }
  if (options.directory) checkDirectory(form, resolution.values, options.directory, bag);
  if (bag.count > 0) return { ok: false, issues: bag.byPath };
  if (!options.previous) return { ok: true, data: resolution.output };
  const cleared: string[] = [];
  form.plan.steps.forEach(({ node }, i) => {
    const bits = resolution.flags[i] ?? 0;
    const parentShown = !node.parent || ((resolution.flags[node.parent.planIndex] ?? 0) & SHOWN) !== 0;
    if ((bits & SHOWN) === 0 && parentShown && node.type !== 'note') cleared.push(node.path);
  });
  return { ok: true, data: resolution.output, cleared };
}

function checkDirectory(form: CompiledForm, values: readonly unknown[], directory: FormDirectory, bag: IssueBag): void {
  form.plan.steps.forEach(({ node }, i) => {
    if ((node.type !== 'person' && node.type !== 'role') || bag.has(node.path)) return;
    const value = values[i];
    const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const id of ids) {
      if (typeof id !== 'string') continue;
      const known = node.type === 'person' ? directory.isUser(id) : directory.isRole(id);
      if (!known) bag.field(node.type === 'person' ? 'FORM_PERSON_UNKNOWN' : 'FORM_ROLE_UNKNOWN', node.path, node.label, { value: id });
    }
  });
}

/**
 * Returns, for a renderer, each field's visibility, required and read-only state and the values
 * the engine sets (computed and `valueExpr` fields), keyed by data path; sub-table cells are
 * keyed `items.0.amount`. Pure; never throws (non-object data counts as an empty form).
 */
export function evaluateLinkage(form: FormDefinition | CompiledForm, data: unknown, options: SubmissionOptions = {}): LinkageState {
  const compiled = asCompiled(form);
  const visible: Record<string, boolean> = {};
  const required: Record<string, boolean> = {};
  const readOnly: Record<string, boolean> = {};
  const values: Record<string, unknown> = {};
  let resolution: ReturnType<typeof resolveRecord>;
  try {
    resolution = resolveRecord(compiled, isPlainObject(data) ? data : {}, options, true);
  } catch {
    resolution = resolveRecord(compiled, {}, options, true);
  }
  compiled.plan.steps.forEach((step, i) => {
    const bits = resolution.flags[i] ?? 0;
    visible[step.node.path] = (bits & VISIBLE) !== 0;
    required[step.node.path] = (bits & REQUIRED) !== 0;
    readOnly[step.node.path] = (bits & READ_ONLY) !== 0;
  });
  for (const [path, state] of resolution.cells) {
    visible[path] = state.visible;
    required[path] = state.required;
    readOnly[path] = state.readOnly;
  }
  for (const [path, value] of resolution.computed) values[path] = value ?? null;
  return { visible, required, readOnly, values };
}
