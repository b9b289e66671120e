import { pickDraft, type LocalDraft, type RemoteDraft } from './draft-merge.js';

/** Where a draft (a start form's or a record form's) is kept: the device (IndexedDB) and the server. Injected, so the sync logic runs without either. */
export interface DraftSyncIo {
  loadLocal(): Promise<LocalDraft | undefined>;
  saveLocal(draft: LocalDraft): Promise<void>;
  deleteLocal(): Promise<void>;
  /** Resolves to the server's draft of this form (undefined: none); rejects when the server cannot be asked. */
  fetchServer(): Promise<RemoteDraft | undefined>;
  /** Stores the draft at `version` (0 = new); rejects with an error `isConflict` accepts when stale. */
  putServer(data: Record<string, unknown>, version: number): Promise<RemoteDraft>;
  /** Deletes the server's draft; resolves when it is gone (also when there was none). */
  deleteServer(): Promise<void>;
  isConflict(error: unknown): boolean;
  /** "Now" on the server's clock, so device and server times compare. */
  now(): number;
  offline(): boolean;
}

/** Why the form's values were replaced. */
export type DraftValueReason = 'opened' | 'restored' | 'replaced' | 'discarded';
/** Where the latest draft is: nowhere yet, on this device only, or on the server too. */
export type DraftSyncState = 'none' | 'deviceOnly' | 'synced';

/** What the draft sync tells the form. */
export interface DraftSyncEvents {
  /** The form must show `data` (saved at `savedAt`, null when empty). */
  value(data: Record<string, unknown>, savedAt: number | null, reason: DraftValueReason): void;
  saved(savedAt: number): void;
  sync(state: DraftSyncState): void;
  /** The drafts list is out of date. */
  listChanged(): void;
}

/** The draft of one form, kept on the device first and pushed to the server (see createDraftSync). */
export interface DraftSync {
  /** Loads whichever of the device and server draft is newer and shows it. */
  open(): Promise<void>;
  /** Saves the form on the device now, and pushes it to the server after a pause. */
  save(data: Record<string, unknown>): Promise<void>;
  /** Pushes an unsent draft at once (the network came back). */
  flush(): Promise<void>;
  /** Stops pushing and waits for a push in flight (before a submission, so none lands after it). */
  hold(): Promise<void>;
  /** Resumes pushing after hold (the submission was refused). */
  release(): void;
  /** Forgets the device copy after a submission; the server deletes its copy when the flow starts or the record is created. */
  submitted(): Promise<void>;
  /** Deletes both copies; resolves false when the server's could not be deleted. */
  discard(): Promise<boolean>;
  /** The form closed: pushes an unsent draft at once instead of after the pause. */
  close(): void;
}

/**
 * Returns the sync of one form's draft: every save goes to the device first (offline first),
 * then, debounced and when online, to the server against the version it is based on. A 409 means
 * another device saved: the newer draft by time wins (pickDraft), and `value(…, 'replaced')` tells
 * the form when a newer draft from another device replaced what the user typed.
 */
export function createDraftSync(io: DraftSyncIo, events: DraftSyncEvents, pushDelayMs = 1_500): DraftSync {
  let base = 0; // the server version the next push is based on
  let last: LocalDraft | undefined; // the latest device copy
  let serverMayHaveOne = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<void> | null = null;
  let again = false;
  let held = false;
  let done = false; // submitted: nothing is saved any more

  const stopTimer = () => { if (timer !== undefined) clearTimeout(timer); timer = undefined; };
  const schedule = () => {
    stopTimer();
    if (!held) timer = setTimeout(() => { void push(); }, pushDelayMs);
  };

  async function adopt(server: RemoteDraft, reason: DraftValueReason): Promise<void> {
    base = server.version;
    last = { data: server.data, savedAt: server.updatedAt, serverVersion: server.version, synced: true };
    events.value(server.data, server.updatedAt, reason);
    events.sync('synced');
    await io.saveLocal(last);
    events.listChanged();
  }

  /** After a 409: fetch the server's draft and keep the newer one. */
  async function resolveConflict(sent: LocalDraft): Promise<void> {
    let server: RemoteDraft | undefined;
    try { server = await io.fetchServer(); } catch { return; } // unreachable: stays device-only until flush
    const choice = pickDraft({ ...(last ?? sent), synced: false }, server, true);
    if (choice.kind === 'server') await adopt(choice.draft, choice.replacedLocalEdits ? 'replaced' : 'restored');
    else if (choice.kind === 'local') { base = choice.baseVersion; again = true; }
  }

  async function pushOnce(sent: LocalDraft): Promise<void> {
    try {
      const stored = await io.putServer(sent.data, base);
      base = stored.version;
      serverMayHaveOne = true;
      // Edits typed while the push was in flight are pushed next; they are based on this version now.
      last = last === sent ? { ...sent, serverVersion: stored.version, synced: true } : last && { ...last, serverVersion: stored.version };
      if (last) await io.saveLocal(last);
      if (last?.synced) { events.sync('synced'); events.listChanged(); }
    } catch (error) {
      if (io.isConflict(error)) await resolveConflict(sent);
      // Other failures (no network, server down) keep the draft on the device; flush() retries.
    }
  }

  async function push(): Promise<void> {
    if (held || !last || last.synced || io.offline()) return;
    if (inflight) { again = true; return; }
    inflight = pushOnce(last);
    try { await inflight; } finally { inflight = null; }
    if (again) { again = false; await push(); }
  }

  return {
    async open() {
      const [local, remote] = await Promise.all([
        io.loadLocal().catch(() => undefined),
        io.offline()
          ? Promise.resolve({ known: false as const })
          : io.fetchServer().then((draft) => ({ known: true as const, draft }), () => ({ known: false as const })),
      ]);
      const server = remote.known ? remote.draft : undefined;
      serverMayHaveOne = !remote.known || server !== undefined;
      const choice = pickDraft(local, server, remote.known);
      if (choice.kind === 'server') { await adopt(choice.draft, choice.replacedLocalEdits ? 'replaced' : 'restored'); return; }
      if (choice.kind === 'none') {
        events.value({}, null, 'opened');
        events.sync('none');
        if (choice.dropLocal) { await io.deleteLocal(); events.listChanged(); }
        return;
      }
      base = choice.baseVersion;
      last = { ...choice.draft, serverVersion: base, synced: !choice.needsPush };
      events.value(last.data, last.savedAt, 'opened');
      events.sync(choice.needsPush ? 'deviceOnly' : 'synced');
      if (choice.needsPush) schedule();
    },
    async save(data) {
      if (done) return;
      const draft: LocalDraft = { data, savedAt: io.now(), serverVersion: base, synced: false };
      last = draft;
      await io.saveLocal(draft);
      events.saved(draft.savedAt);
      events.sync('deviceOnly');
      events.listChanged();
      schedule();
    },
    async flush() {
      stopTimer();
      await push();
    },
    async hold() {
      held = true;
      stopTimer();
      await inflight;
    },
    release() {
      held = false;
      if (last && !last.synced) schedule();
    },
    async submitted() {
      held = true;
      done = true;
      stopTimer();
      await inflight;
      last = undefined;
      await io.deleteLocal();
      events.listChanged();
    },
    async discard() {
      stopTimer();
      await inflight;
      const onServer = serverMayHaveOne || base > 0;
      last = undefined;
      base = 0;
      events.value({}, null, 'discarded');
      events.sync('none');
      await io.deleteLocal();
      let ok = true;
      if (onServer) {
        try { await io.deleteServer(); serverMayHaveOne = false; } catch { ok = false; }
      }
      events.listChanged();
      return ok;
    },
    close() {
      stopTimer();
      void push();
    },
  };
}
