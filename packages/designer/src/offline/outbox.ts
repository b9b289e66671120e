import { apiRequest, isApiError, newIdempotencyKey } from '../api/index.js';
import { afterFailure, dueEntries, newEntry, ownedBy, type OutboxEntry } from './outbox-logic.js';
import { deleteOutbox, putOutbox, readOutbox } from './store.js';

/** What the outbox tells its listeners. */
export type OutboxEvent =
  | { readonly type: 'changed'; readonly entries: readonly OutboxEntry[] }
  | { readonly type: 'sent'; readonly entry: OutboxEntry; readonly response: unknown };

/** The result of a submission through the outbox. */
export type SubmitResult<T> = { readonly status: 'sent'; readonly response: T } | { readonly status: 'queued'; readonly entry: OutboxEntry };

type Listener = (event: OutboxEvent) => void;
const listeners = new Set<Listener>();
let flushing: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let started = false;
/** The signed-in user whose entries are shown and sent (null: nobody, nothing is sent). */
let owner: string | null = null;

function emit(event: OutboxEvent): void {
  for (const l of listeners) l(event);
}

/** Returns the signed-in user's entries, oldest first (see ownedBy). */
export async function readOwnOutbox(): Promise<OutboxEntry[]> {
  return ownedBy(await readOutbox(), owner);
}

async function changed(): Promise<OutboxEntry[]> {
  const entries = await readOwnOutbox();
  emit({ type: 'changed', entries });
  return entries;
}

/**
 * Sets the signed-in user (null when signed out): only their entries are shown and sent, so what one
 * consultant saved offline is never sent as another's on a shared phone. A user who signs in again
 * gets theirs back and sent.
 */
export function setOutboxOwner(userId: string | null): void {
  if (owner === userId) return;
  owner = userId;
  if (owner === null) schedule([]);
  void (owner === null ? changed() : flushOutbox(true)).catch(() => undefined);
}

/** Registers an outbox listener; returns the unsubscribe. */
export function onOutbox(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Returns true when the browser says it has no network. */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

type Attempt = { ok: true; response: unknown } | { ok: false; status: number; error?: OutboxEntry['error']; raw: unknown };

async function attempt(entry: OutboxEntry): Promise<Attempt> {
  try {
    const response = await apiRequest<unknown>(entry.method, entry.path, { body: entry.body, idempotencyKey: entry.idempotencyKey });
    return { ok: true, response };
  } catch (error) {
    if (isApiError(error)) return { ok: false, status: error.status, error: { code: error.code, message: error.text }, raw: error };
    return { ok: false, status: 0, raw: error };
  }
}

/** Sends one entry; on success removes it (it is stored only until the server has it). */
async function sendOne(entry: OutboxEntry): Promise<Attempt> {
  const result = await attempt(entry);
  if (result.ok) {
    await deleteOutbox(entry.id);
    emit({ type: 'sent', entry, response: result.response });
  } else {
    await putOutbox(afterFailure(entry, result.status, result.error, Date.now(), Math.random()));
  }
  return result;
}

function schedule(entries: readonly OutboxEntry[]): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const next = entries.filter((e) => e.status === 'pending').map((e) => e.nextAttemptAt);
  if (!next.length) return;
  const delay = Math.max(250, Math.min(...next) - Date.now());
  timer = setTimeout(() => { void flushOutbox(); }, delay);
}

async function withLock(fn: () => Promise<void>): Promise<void> {
  // One sender across tabs: two tabs replaying the same key would still be safe (the server
  // replays), but the lock keeps the attempt counters honest.
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) await locks.request('siteflow-outbox', fn);
  else await fn();
}

/**
 * Sends every due entry, oldest first, with its original Idempotency-Key; `force` ignores the
 * backoff (the network just came back, or the user pressed retry). Resolves when this pass ends.
 */
export function flushOutbox(force = false): Promise<void> {
  flushing ??= withLock(async () => {
    const due = dueEntries(await readOwnOutbox(), Date.now(), force);
    for (const entry of due) {
      if (isOffline()) break;
      // The user signed out (or someone else signed in) while this pass ran: what is left waits for its owner.
      if (ownedBy([entry], owner).length === 0) break;
      const result = await sendOne(entry);
      if (!result.ok && result.status === 0) break; // still no network: the rest would fail too
    }
  }).finally(async () => {
    flushing = null;
    schedule(await changed());
  });
  return flushing;
}

/**
 * Submits a write so it is never lost and never doubled: it is stored in IndexedDB FIRST with a
 * fresh Idempotency-Key, then sent. Sent → removed, `{ status: 'sent' }`. No network (or a
 * server/network failure) → kept as "waiting to send" and retried with the SAME key,
 * `{ status: 'queued' }`. Refused by the server (4xx) → removed and the ApiError is thrown so the
 * form can show it while the user is still there.
 */
export async function submitThroughOutbox<T>(request: { method: OutboxEntry['method']; path: string; body: unknown }, label: string, meta: Record<string, string> = {}): Promise<SubmitResult<T>> {
  const entry = newEntry({ id: newIdempotencyKey(), idempotencyKey: newIdempotencyKey(), ...request, label, meta, ...(owner === null ? {} : { owner }) }, Date.now());
  await putOutbox(entry);
  if (isOffline()) {
    schedule(await changed());
    return { status: 'queued', entry };
  }
  const result = await attempt(entry);
  if (result.ok) {
    await deleteOutbox(entry.id);
    await changed();
    return { status: 'sent', response: result.response as T };
  }
  const next = afterFailure(entry, result.status, result.error, Date.now(), Math.random());
  if (next.status === 'failed') {
    await deleteOutbox(entry.id);
    await changed();
    throw result.raw;
  }
  await putOutbox(next);
  schedule(await changed());
  return { status: 'queued', entry: next };

}

/** Discards an entry the user gave up on. */
export async function discardOutboxEntry(id: string): Promise<void> {
  await deleteOutbox(id);
  await changed();
}

/** Puts a failed entry back in the queue and sends at once (user pressed retry). */
export async function retryOutboxEntry(entry: OutboxEntry): Promise<void> {
  await putOutbox({ ...entry, status: 'pending', nextAttemptAt: Date.now() });
  await flushOutbox(true);
}

/** Starts the background sender once: on the `online` event, at start, and on the backoff timer. */
export function startOutbox(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => { void flushOutbox(true); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') void flushOutbox(); });
  void flushOutbox(true);
}
