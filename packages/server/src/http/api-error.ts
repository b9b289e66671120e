import type { ErrorKind, Message } from '@siteflow/runtime';
import { serverMessage, serverMessages, thingNames, type ServerCode, type ThingName } from '../i18n/messages.js';

/** A field-level problem in a response body: code, zh+en message and the field path. */
export interface ApiIssue {
  readonly code: string;
  readonly message: Message;
  readonly path?: string;
  readonly nodeId?: string;
}

/** The error thrown by services and handlers; rendered as `{ code, message, issues }`. */
export class ApiError extends Error {
  readonly code: ServerCode;
  readonly kind: ErrorKind;
  readonly text: Message;
  readonly issues: readonly ApiIssue[] | Record<string, readonly ApiIssue[]> | undefined;

  constructor(code: ServerCode, params: Record<string, unknown> = {}, issues?: ApiError['issues']) {
    const text = serverMessage(code, params);
    super(`[${code}] ${text.en}`);
    this.name = 'ApiError';
    this.code = code;
    this.kind = serverMessages[code].kind;
    this.text = text;
    this.issues = issues;
  }
}

/** Returns the 404 error for a kind of thing (same answer whether it is missing or not yours). Pure. */
export function notFound(what: ThingName): ApiError {
  return new ApiError('API_NOT_FOUND', { what: thingNames[what].zh, whatEn: thingNames[what].en });
}

/** Returns the 409 error for a stale version. Pure. */
export function versionConflict(current: number): ApiError {
  return new ApiError('API_VERSION_CONFLICT', { current });
}

/** Builds one issue from a server code. Pure. */
export function apiIssue(code: ServerCode, params: Record<string, unknown>, path?: string): ApiIssue {
  return { code, message: serverMessage(code, params), ...(path ? { path } : {}) };
}
