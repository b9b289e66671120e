import { conditionToExpression, type Condition } from '@siteflow/runtime';
import type { Lang } from '../../../i18n/types.js';
import { fillText } from '../../../i18n/format.js';
import { conditionMessages } from '../../../i18n/messages/condition.js';
import { flowMessages, type FlowMessageKey } from '../messages.js';
import { expressionToCondition } from './expr-to-condition.js';
import type { DesignerField } from './form-fields.js';

type Leaf = Extract<Condition, { field: string }>;

/** A condition in words ("「退订原因」包含「学区」"), or as code when words cannot say it. */
export interface ConditionText {
  readonly text: string;
  /** True when `text` is the expression itself (an `{ expr }` the builder's model cannot describe). */
  readonly code: boolean;
}

const tx = (key: FlowMessageKey, lang: Lang, params?: Record<string, unknown>) => fillText(flowMessages[key], lang, params);

/**
 * Returns a branch condition in the reader's language, naming fields and choices by the form's
 * labels: leaves as "「field」op「value」" with the condition builder's operator words, groups
 * joined by 且/或 (nested groups in brackets), `not` and `atLeast` spelled out. An `{ expr }` is
 * read through the builder's model when it has one of the shapes people write by hand; otherwise
 * the whole condition is given as its expression text, flagged `code`. Pure.
 */
export function describeCondition(condition: Condition, fields: readonly DesignerField[], lang: Lang): ConditionText {
  const byKey = new Map(fields.map((f) => [f.key, f] as const));
  const text = words(condition, byKey, lang, true);
  if (text !== null) return { text, code: false };
  try {
    return { text: conditionToExpression(condition), code: true };
  } catch {
    return { text: tx('flow.branch.condition', lang), code: true };
  }
}

function words(c: Condition, byKey: ReadonlyMap<string, DesignerField>, lang: Lang, top: boolean): string | null {
  if ('all' in c || 'any' in c) {
    const items = 'all' in c ? c.all : c.any;
    if (items.length === 0) return 'all' in c ? tx('flow.cond.always', lang) : null;
    const parts = items.map((x) => words(x, byKey, lang, items.length === 1 && top));
    if (parts.some((p) => p === null)) return null;
    const joined = parts.join(` ${tx('all' in c ? 'flow.cond.and' : 'flow.cond.or', lang)} `);
    return top || items.length === 1 ? joined : `(${joined})`;
  }
  if ('not' in c) {
    const inner = words(c.not, byKey, lang, true);
    return inner === null ? null : tx('flow.cond.not', lang, { text: inner });
  }
  if ('atLeast' in c) {
    const parts = c.of.map((x) => words(x, byKey, lang, false));
    if (parts.some((p) => p === null)) return null;
    return tx('flow.cond.atLeast', lang, { k: c.atLeast, text: parts.join(tx('flow.cond.listSep', lang)) });
  }
  if ('field' in c) return leafWords(c, byKey.get(c.field), lang);
  const read = expressionToCondition(c.expr);
  return read ? words(read, byKey, lang, top) : null;
}

function leafWords(c: Leaf, field: DesignerField | undefined, lang: Lang): string {
  const name = quote(field ? field.label[lang] || field.label.zh : c.field, lang);
  const op = field?.kind === 'date' && (c.op === 'gt' || c.op === 'lt')
    ? fillText(conditionMessages[c.op === 'gt' ? 'cond.date.gt' : 'cond.date.lt'], lang)
    : fillText(conditionMessages[`cond.op.${c.op}`], lang);
  if (c.op === 'isEmpty' || c.op === 'isNotEmpty') return tx('flow.cond.leafNoValue', lang, { field: name, op });
  if (c.op === 'between') {
    const [low, high] = Array.isArray(c.value) ? c.value : [c.value, undefined];
    return tx('flow.cond.between', lang, { field: name, low: valueWords(low, field, lang), high: valueWords(high, field, lang) });
  }
  const value = Array.isArray(c.value)
    ? c.value.map((v) => valueWords(v, field, lang)).join(tx('flow.cond.listSep', lang))
    : valueWords(c.value, field, lang);
  return tx('flow.cond.leaf', lang, { field: name, op, value });
}

function valueWords(value: unknown, field: DesignerField | undefined, lang: Lang): string {
  const option = field?.options?.find((o) => o.value === value);
  if (option) return quote(option.label[lang] || option.label.zh, lang);
  if (typeof value === 'boolean') return quote(tx(value ? 'flow.cond.yes' : 'flow.cond.no', lang), lang);
  if (typeof value === 'number') return value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US');
  if (value === null || value === undefined || value === '') return quote('', lang);
  return quote(String(value), lang);
}

function quote(text: string, lang: Lang): string {
  return tx('flow.cond.quote', lang, { text });
}
