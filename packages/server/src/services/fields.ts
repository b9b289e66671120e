import { fieldList, type CompiledForm, type Message } from '@siteflow/runtime';

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

/** Sets the value at a dotted path, creating the objects on the way. Mutates `data`. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = data;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    cur = (next !== null && typeof next === 'object' ? next : (cur[part] = {})) as Record<string, unknown>;
  }
  cur[parts.at(-1)!] = value;
}
