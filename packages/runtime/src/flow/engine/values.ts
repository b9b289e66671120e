import { evaluateSource } from '../../expr/index.js';
import type { FieldValue } from '../types.js';
import { expressionScope } from './assignees.js';
import type { Work } from './work.js';

/** Returns the values of a field → value map: literals as is, `{ expr }` evaluated over the record. Pure. */
export function evaluateValues(work: Work, values: Readonly<Record<string, FieldValue>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const entries = Object.entries(values);
  if (entries.length === 0) return out;
  const scope = expressionScope(work);
  const env = { now: work.ctx.now, calendar: work.ctx.calendar };
  for (const [key, value] of entries) {
    out[key] = value !== null && typeof value === 'object' ? evaluateSource(value.expr, scope, env) : value;
  }
  return out;
}

/** Returns the value at a dotted path of a JSON value (`data.items.0.id`), or undefined. Pure. */
export function readJsonPath(value: unknown, path: string): unknown {
  let cur = value;
  for (const seg of path.split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

/** Fills `{field}` placeholders of a template from the record. Pure. */
export function fillTemplate(text: string, record: Readonly<Record<string, unknown>>): string {
  return text.replace(/\{([\w.]+)\}/g, (whole, path: string) => {
    const v = readJsonPath(record, path);
    return v === undefined || v === null ? whole : String(v);
  });
}

/** Applies a patch to the working record and emits a `recordPatch` effect. */
export function patchRecord(work: Work, data: Record<string, unknown>): void {
  if (Object.keys(data).length === 0) return;
  Object.assign(work.record, data);
  work.effects.push({ id: work.ctx.ids.next('fx'), kind: 'recordPatch', data });
}
