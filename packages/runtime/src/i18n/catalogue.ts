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

/** Returns the message for `code` with `{name}` placeholders replaced from `params`. Pure. */
export function formatMessage(code: ErrorCode, params: Record<string, unknown> = {}): Message {
  const entry: CatalogueEntry = catalogue[code];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole);
  return { zh: fill(entry.zh), en: fill(entry.en) };
}
