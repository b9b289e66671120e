// Which draft (a start form's or a record form's) wins when the device copy (IndexedDB) and the server copy disagree.
// Times are on the server's clock: the device stores its saves as `Date.now() + serverOffset`.

/** The device copy of a draft, as offline/store keeps it. */
export interface LocalDraft {
  readonly data: Record<string, unknown>;
  /** When it was last saved on the device (server clock, EpochMs). */
  readonly savedAt: number;
  /** The server draft version this copy was last pushed as or loaded from (absent: never). */
  readonly serverVersion?: number;
  /** True when the server holds exactly this copy (nothing typed since the last push or load). */
  readonly synced?: boolean;
}

/** The server copy of a draft. */
export interface RemoteDraft {
  readonly data: Record<string, unknown>;
  readonly version: number;
  /** When the server stored it (server clock, EpochMs). */
  readonly updatedAt: number;
}

/** What a form opens with, and what the device must do next. */
export type DraftChoice =
  /** An empty form; `dropLocal` when the device copy is stale (submitted or discarded on another device). */
  | { readonly kind: 'none'; readonly dropLocal: boolean }
  /** The device copy; push it (against `baseVersion`, 0 = new) when `needsPush`. */
  | { readonly kind: 'local'; readonly draft: LocalDraft; readonly baseVersion: number; readonly needsPush: boolean }
  /** The server copy; `replacedLocalEdits` when unsent edits on this device lost to a newer draft from another device. */
  | { readonly kind: 'server'; readonly draft: RemoteDraft; readonly replacedLocalEdits: boolean };

const none = (dropLocal: boolean): DraftChoice => ({ kind: 'none', dropLocal });
const keepLocal = (draft: LocalDraft, baseVersion: number, needsPush: boolean): DraftChoice => ({ kind: 'local', draft, baseVersion, needsPush });

/**
 * Returns which draft a form opens with (also used after a 409 on push). `server` is
 * undefined when the server has none, and `serverKnown` is false when it could not be asked
 * (offline): then the device copy is all there is. Pure.
 *
 * - Only one side has a draft → that one; except a device copy the server already had, which
 *   means it was submitted or discarded elsewhere → none (drop it).
 * - Both, and the device copy is based on the server's current version → the device copy
 *   (it equals the server's or has edits on top).
 * - Both, the server moved on, and the device has nothing unsent → the server's.
 * - Both edited since they last agreed → the newer by time; a tie goes to the server.
 */
export function pickDraft(local: LocalDraft | undefined, server: RemoteDraft | undefined, serverKnown: boolean): DraftChoice {
  if (!serverKnown) return local ? keepLocal(local, local.serverVersion ?? 0, !local.synced) : none(false);
  if (!server) {
    if (!local) return none(false);
    if (local.synced && local.serverVersion) return none(true);
    return keepLocal(local, 0, true);
  }
  if (!local) return { kind: 'server', draft: server, replacedLocalEdits: false };
  if (local.serverVersion === server.version) return keepLocal(local, server.version, !local.synced);
  if (local.synced) return { kind: 'server', draft: server, replacedLocalEdits: false };
  return local.savedAt > server.updatedAt
    ? keepLocal(local, server.version, true)
    : { kind: 'server', draft: server, replacedLocalEdits: true };
}

/** How the start page marks a flow or a record form with a draft: on this device, or only on another device. */
export type DraftMark = 'here' | 'otherDevice';

/**
 * Returns the draft mark of each flow or form key from the device copies and the server's list (null
 * when the server could not be asked). A stale device copy (see pickDraft) is no draft. Pure.
 */
export function draftMarks(locals: Readonly<Record<string, LocalDraft>>, server: readonly (RemoteDraft & { readonly key: string })[] | null): Record<string, DraftMark> {
  const remote = new Map((server ?? []).map((d) => [d.key, d]));
  const marks: Record<string, DraftMark> = {};
  for (const [key, local] of Object.entries(locals)) {
    if (pickDraft(local, remote.get(key), server !== null).kind !== 'none') marks[key] = 'here';
  }
  for (const key of remote.keys()) marks[key] ??= 'otherDevice';
  return marks;
}
