import type { CatalogueEntry, Message } from './types.js';
import { commonMessages } from './messages/common.js';
import { exprMessages } from './messages/expr.js';
import { formMessages } from './messages/form.js';
import { calendarMessages } from './messages/calendar.js';
import { flowMessages } from './messages/flow.js';
import { rulesMessages } from './messages/rules.js';
import { textMessages } from './messages/text.js';
import { reportMessages } from './messages/report.js';
import { integrationMessages } from './messages/integration.js';

/**
 * The one message catalogue of the runtime: every error and issue code with its kind and its
 * zh-CN and English text. Each domain keeps its entries in `messages/<domain>.ts`; add the file
 * to this spread so a code is defined once and `ErrorCode` stays exhaustive.
 */
export const catalogue = {
  ...commonMessages,
  ...exprMessages,
  ...formMessages,
  ...calendarMessages,
  ...flowMessages,
  ...rulesMessages,
  ...textMessages,
  ...reportMessages,
  ...integrationMessages,
} as const satisfies Record<string, CatalogueEntry>;

/** Every known error or issue code. */
export type ErrorCode = keyof typeof catalogue;

/** A parameter as text: a `{ zh, en }` value (a step's name) in the message's own language (zh when en is blank). Pure. */
function paramText(value: unknown, lang: 'zh' | 'en'): string {
  if (typeof value === 'object' && value !== null && typeof (value as { zh?: unknown }).zh === 'string') {
    const text = value as { zh: string; en?: unknown };
    return lang === 'en' && typeof text.en === 'string' && text.en !== '' ? text.en : text.zh;
  }
  return String(value);
}

/** Returns the message for `code` with `{name}` placeholders replaced from `params` (`{ zh, en }` values per language). Pure. */
export function formatMessage(code: ErrorCode, params: Record<string, unknown> = {}): Message {
  return fillEntry(catalogue[code], params);
}

/** Returns a catalogue entry's text with `{name}` placeholders replaced from `params` (`{ zh, en }` values per language); other catalogues (the server's) use it too. Pure. */
export function fillEntry(entry: Pick<CatalogueEntry, 'zh' | 'en'>, params: Record<string, unknown> = {}): Message {
  const fill = (text: string, lang: 'zh' | 'en') => text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? paramText(params[name], lang) : whole);
  return { zh: fill(entry.zh, 'zh'), en: fill(entry.en, 'en') };
}
