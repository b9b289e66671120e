import { isPlainObject } from '../expr/values.js';
import { asCompiled, type CompiledForm } from '../form/compile.js';
import type { FieldNode } from '../form/field-tree.js';
import type { FormDefinition, SensitivityKind } from '../form/types.js';
import { maskValue } from './mask-value.js';

/**
 * Returns a copy of a record with every sensitive field the viewer may not see masked (in
 * sections and sub-table rows too); `canSee(kind)` says which kinds the viewer may see in
 * clear. Fields without a sensitivity and unknown keys are copied as they are. Pure.
 */
export function maskRecord(
  form: FormDefinition | CompiledForm, data: Readonly<Record<string, unknown>>, canSee: (kind: SensitivityKind) => boolean,
): Record<string, unknown> {
  return maskLevel(asCompiled(form).tree, data, canSee);
}

function maskLevel(level: readonly FieldNode[], data: unknown, canSee: (kind: SensitivityKind) => boolean): Record<string, unknown> {
  if (!isPlainObject(data)) return {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    const node = level.find((n) => n.key === key);
    let masked: unknown = value;
    if (node?.type === 'section') {
      masked = maskLevel(node.children, value, canSee);
    } else if (node?.type === 'subtable' && Array.isArray(value)) {
      masked = value.map((row) => maskLevel(node.children, row, canSee));
    } else if (node?.sensitivity && !canSee(node.sensitivity)) {
      masked = Array.isArray(value) ? value.map((v) => maskValue(v, node.sensitivity as SensitivityKind)) : maskValue(value, node.sensitivity);
    }
    Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
