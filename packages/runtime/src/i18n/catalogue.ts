import type { CatalogueEntry, Message } from './types.js';
import { commonMessages } from './messages/common.js';

/**
 * The one message catalogue of the runtime: every error and issue code with its kind and its
 * zh-CN and English text. Each domain keeps its entries in `messages/<domain>.ts`; add the file
 * to this spread so a code is defined once and `ErrorCode` stays exhaustive.
 */
export const catalogue = {
  ...commonMessages,
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
