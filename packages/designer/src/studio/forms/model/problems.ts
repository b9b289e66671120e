import type { FormDefinition, Issue } from '../../../renderer/runtime-form.js';
import { validateFormDefinition } from '../../../renderer/runtime-form.js';
import { refId, type FieldRef } from './containers.js';

/** One problem of the definition, attached to the field it is about (null = the form itself). */
export interface Problem {
  readonly issue: Issue;
  readonly field: FieldRef | null;
}

/**
 * Returns the field a definition issue path points at: `schema.properties.items.items.properties.amount.x-ui.formula`
 * is the column `amount` of sub-table `items`. Pure.
 */
export function fieldOfIssuePath(path: string | undefined): FieldRef | null {
  if (!path) return null;
  const parts = path.split('.');
  if (parts[0] !== 'schema') return null;
  const keys: string[] = [];
  let i = 1;
  while (i < parts.length) {
    if (parts[i] === 'properties' && parts[i + 1] !== undefined) { keys.push(parts[i + 1]!); i += 2; continue; }
    if (parts[i] === 'items') { i += 1; continue; }
    break;
  }
  if (keys.length === 0) return null;
  return { container: keys.slice(0, -1), key: keys[keys.length - 1]! };
}

/** Returns the runtime's problems of a definition, each mapped to its field. Pure. */
export function findProblems(def: FormDefinition): Problem[] {
  return validateFormDefinition(def).map((issue) => ({ issue, field: fieldOfIssuePath(issue.path) }));
}

/** Returns problems grouped by field id (`refId`), for badges on the canvas. Pure. */
export function problemsByField(problems: readonly Problem[]): Map<string, Issue[]> {
  const map = new Map<string, Issue[]>();
  for (const p of problems) {
    if (!p.field) continue;
    const id = refId(p.field);
    map.set(id, [...(map.get(id) ?? []), p.issue]);
  }
  return map;
}
