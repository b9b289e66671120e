// Public API of the offline layer: an IndexedDB outbox that never loses and never doubles a
// submission (same Idempotency-Key on every attempt), and on-device drafts.
export {
  backoffMs, classifyFailure, afterFailure, dueEntries, newEntry, ownedBy, BACKOFF_BASE_MS, BACKOFF_MAX_MS,
  type OutboxEntry, type FailureAction,
} from './outbox-logic.js';
export { submitThroughOutbox, flushOutbox, startOutbox, onOutbox, discardOutboxEntry, retryOutboxEntry, isOffline, readOwnOutbox, setOutboxOwner, type OutboxEvent, type SubmitResult } from './outbox.js';
export { loadDraft, saveDraft, deleteDraft, listDrafts, type DraftEntry, type DraftSync } from './store.js';
export { useOutbox } from './useOutbox.js';
// The app without network: the last known session (routing only) and the queries kept on the device.
export { offlineSession, type SessionQueryState } from './query-cache-logic.js';
export { lastKnownSession } from './session-memory.js';
export { useKeptQueries } from './useKeptQueries.js';
