import { catalogue, formatMessage, type ErrorCode } from '../i18n/catalogue.js';
import type { ErrorKind, Message } from '../i18n/types.js';

/** A problem attached to a field path or a node id, as returned (not thrown) for bad input. */
export interface Issue {
  readonly code: ErrorCode;
  readonly message: Message;
  /** Dotted field path (`customer.phone`, `items.0.amount`) when the issue is about data. */
  readonly path?: string;
  /** Flow node id when the issue is about a flow definition. */
  readonly nodeId?: string;
}

/** Builds an Issue with its catalogue message. Pure. */
export function issue(code: ErrorCode, params: Record<string, unknown> = {}, where: { path?: string; nodeId?: string } = {}): Issue {
  return { code, message: formatMessage(code, params), ...where };
}

/**
 * The one error class of SiteFlow. Thrown for illegal states and bugs; bad user input is
 * returned as `Issue`s instead. The message starts with the code: `[TASK_CLOSED] …`.
 */
export class SiteflowError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly text: Message;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, params: Record<string, unknown> = {}, issues: readonly Issue[] = []) {
    const text = formatMessage(code, params);
    super(`[${code}] ${text.en} / ${text.zh}`);
    this.name = 'SiteflowError';
    this.code = code;
    this.kind = catalogue[code].kind;
    this.text = text;
    this.issues = issues;
  }
}

/** Returns true when `value` is a SiteflowError (works across realms and bundles). Pure. */
export function isSiteflowError(value: unknown): value is SiteflowError {
  return value instanceof Error && (value as { name?: string }).name === 'SiteflowError';
}
