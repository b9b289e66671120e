/** A write waiting in the browser until the server has it (offline submissions). */
export interface OutboxEntry {
  /** Local id (also the React key). */
  readonly id: string;
  /** The Idempotency-Key sent on EVERY attempt: the server answers a replay with the first response. */
  readonly idempotencyKey: string;
  readonly method: 'POST' | 'PUT' | 'PATCH';
  /** API path, e.g. `/projects/prj_yunqi/instances`. */
  readonly path: string;
  readonly body: unknown;
  /** What the user sees in the list, e.g. the flow name and the customer. */
  readonly label: string;
  /**
   * The user who submitted it (their session must send it; absent in entries saved by earlier
   * versions, which whoever signs in next sends, as before).
   */
  readonly owner?: string;
  /** Where to go after it is sent (the project, the flow); free-form for the UI. */
  readonly meta: Readonly<Record<string, string>>;
  readonly createdAt: number;
  readonly attempts: number;
  /** Earliest time of the next automatic attempt (EpochMs). */
  readonly nextAttemptAt: number;
  /** `pending` waits or retries; `failed` was refused by the server and needs the user. */
  readonly status: 'pending' | 'failed';
  /** The server's bilingual refusal, kept for the user. */
  readonly error?: { readonly code: string; readonly message: { readonly zh: string; readonly en: string } };
}

/** First retry delay and its cap. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_MAX_MS = 5 * 60_000;

/**
 * Returns the delay before retry number `attempts` (1-based): 2 s, 4 s, 8 s … capped at 5 min,
 * with ±20 % jitter from `random` (0..1) so many phones do not retry in lockstep. Pure.
 */
export function backoffMs(attempts: number, random = 0.5): number {
  const raw = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random));
}

/** What to do after an attempt failed with an HTTP status (0 = no network). */
export type FailureAction = 'retry' | 'fail';

/**
 * Returns whether a failed attempt is retried (no network, timeouts, rate limits, server errors,
 * expired session) or kept as failed for the user (the server refused the content: 4xx). Pure.
 */
export function classifyFailure(status: number): FailureAction {
  if (status === 0 || status === 401 || status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'fail';
}

/** Returns the entry after a failed attempt at `now`. Pure. */
export function afterFailure(entry: OutboxEntry, status: number, error: OutboxEntry['error'], now: number, random = 0.5): OutboxEntry {
  const attempts = entry.attempts + 1;
  if (classifyFailure(status) === 'fail') return { ...entry, attempts, status: 'failed', ...(error ? { error } : {}) };
  return { ...entry, attempts, status: 'pending', nextAttemptAt: now + backoffMs(attempts, random), ...(error ? { error } : {}) };
}

/** Returns the entries due for an attempt at `now`, oldest first (submission order is kept). Pure. */
export function dueEntries(entries: readonly OutboxEntry[], now: number, force = false): OutboxEntry[] {
  return entries
    .filter((e) => e.status === 'pending' && (force || e.nextAttemptAt <= now))
    .sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Returns the entries of `owner` (and those saved without an owner); none when nobody is signed in.
 * Another user's entries are neither shown nor sent: sent with this user's session they would be
 * stored as theirs. Pure.
 */
export function ownedBy(entries: readonly OutboxEntry[], owner: string | null): OutboxEntry[] {
  return owner === null ? [] : entries.filter((e) => e.owner === undefined || e.owner === owner);
}

/** Returns a new pending entry for a write (attempted at once). Pure: ids and time are arguments. */
export function newEntry(input: { id: string; idempotencyKey: string; method: OutboxEntry['method']; path: string; body: unknown; label: string; owner?: string; meta?: Record<string, string> }, now: number): OutboxEntry {
  return { ...input, meta: input.meta ?? {}, createdAt: now, attempts: 0, nextAttemptAt: now, status: 'pending' };
}
