/** A user-facing text in both languages: zh-CN first, English second. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** How an error code is to be treated: bad input, an illegal state for the action, or a bug. */
export type ErrorKind = 'user' | 'state' | 'unexpected' | 'auth' | 'notFound';

/** One entry of a message catalogue; `{name}` placeholders are filled by `formatMessage`. */
export interface CatalogueEntry extends Message {
  readonly kind: ErrorKind;
}
