import type { FieldSchema, FormDefinition, SubmissionResult } from '../../index.js';

/** Returns a one-field form whose field `f` has the given schema. */
export function oneFieldForm(field: FieldSchema, required = false): FormDefinition {
  return {
    key: 'one-field',
    name: { zh: '单字段表单', en: 'One-field form' },
    schema: { type: 'object', properties: { f: field }, ...(required ? { required: ['f'] } : {}) },
  };
}

/** Returns the issue codes of a result, by path. */
export function codes(result: SubmissionResult): Record<string, string[]> {
  if (result.ok) return {};
  return Object.fromEntries(Object.entries(result.issues).map(([path, list]) => [path, list.map((i) => i.code)]));
}
