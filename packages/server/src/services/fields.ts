import { fieldList, type CompiledForm, type Message } from '@siteflow/runtime';
import { hasRuntimeFn, runtimeFn } from '../engine/runtime-bridge.js';

/** A field of a form as the server needs it: path, label, widget, sensitivity. */
export interface ServerField {
  readonly key: string;
  readonly label?: Message;
  readonly widget?: string;
  readonly sensitivity?: string;
  readonly type?: string;
}

/** Returns the fields of a compiled form (runtime `fieldList`; `key` is the dotted data path). Pure. */
export function formFields(form: CompiledForm): readonly ServerField[] {
  return fieldList(form).map((f) => ({ key: f.path, label: f.label, widget: f.widget, type: f.fieldType, ...(f.sensitivity ? { sensitivity: f.sensitivity } : {}) }));
}

/** Returns the value at a dotted path. Pure. */
export function getPath(data: Readonly<Record<string, unknown>>, path: string): unknown {
  let cur: unknown = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Returns a copy of `data` with the value at a dotted path replaced (only if present). Pure. */
export function setPath(data: Readonly<Record<string, unknown>>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  if (head === undefined || !(head in data)) return { ...data };
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  if (child === null || typeof child !== 'object' || Array.isArray(child)) return { ...data };
  return { ...data, [head]: setPath(child as Record<string, unknown>, rest.join('.'), value) };
}

/** Returns the masked text of a value (runtime `maskValue`; a conservative fallback keeps ends only). Pure. */
export function mask(value: unknown, kind: string): unknown {
  if (value === null || value === undefined || value === '') return value;
  if (hasRuntimeFn('maskValue')) return runtimeFn<(v: unknown, k: string) => string>('maskValue')(value, kind);
  const text = String(value);
  if (text.length <= 2) return `${text[0] ?? ''}*`;
  const keep = text.length >= 11 ? 3 : 1;
  return `${text.slice(0, keep)}${'*'.repeat(Math.max(1, text.length - keep - 4))}${text.slice(-Math.min(4, text.length - keep - 1))}`;
}
