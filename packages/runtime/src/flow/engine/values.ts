import { evaluateSource } from '../../expr/index.js';
import type { Message } from '../../i18n/types.js';
import type { Notice } from '../instance-types.js';
import type { FieldValue, NotifyTemplate } from '../types.js';
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

const PLACEHOLDER = /\{([\w.]+)\}/g;

/** Fills `{field}` placeholders of a template from the record. Pure. */
export function fillTemplate(text: string, record: Readonly<Record<string, unknown>>): string {
  return text.replace(PLACEHOLDER, (whole, path: string) => {
    const v = readJsonPath(record, path);
    return v === undefined || v === null ? whole : String(v);
  });
}

/** Returns a notification template filled from `scope`: the title, then the body on the next line; English falls back to Chinese. Pure. */
export function fillNotice(template: NotifyTemplate, scope: Readonly<Record<string, unknown>>): Message {
  const fill = (m: Message): Message => ({ zh: fillTemplate(m.zh, scope), en: fillTemplate(m.en || m.zh, scope) });
  const title = fill(template.title);
  if (!template.body) return title;
  const body = fill(template.body);
  return { zh: `${title.zh}\n${body.zh}`, en: `${title.en}\n${body.en}` };
}

/**
 * Returns the notice of a template over `scope`: the template and the values its placeholders
 * read, so `fillNotice(notice, notice.values)` gives the same text later (and the server can mask
 * the values first). A placeholder keeps its top-level value, or one level of it for a plain
 * object (`{risk.index}` keeps `risk.index`, `{record.name}` keeps `record.name`). Pure.
 */
export function noticeOf(template: NotifyTemplate, scope: Readonly<Record<string, unknown>>): Notice {
  const values: Record<string, unknown> = {};
  const texts = [template.title, template.body].flatMap((m) => (m ? [m.zh, m.en] : []));
  for (const text of texts) {
    for (const [, path] of text.matchAll(PLACEHOLDER)) {
      const [top = '', next] = (path ?? '').split('.');
      if (!Object.hasOwn(scope, top)) continue;
      const value = scope[top];
      if (next === undefined || !isPlainObject(value) || !Object.hasOwn(value, next)) { values[top] = value; continue; }
      const kept = isPlainObject(values[top]) ? values[top] : {};
      values[top] = { ...kept, [next]: value[next] };
    }
  }
  return { title: template.title, ...(template.body ? { body: template.body } : {}), values };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Applies a patch to the working record and emits a `recordPatch` effect. */
export function patchRecord(work: Work, data: Record<string, unknown>): void {
  if (Object.keys(data).length === 0) return;
  Object.assign(work.record, data);
  work.effects.push({ id: work.ctx.ids.next('fx'), kind: 'recordPatch', data });
}
