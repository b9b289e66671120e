import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { rolesOn } from '../auth/access.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { draftsRepo, recordDraftsRepo, type DraftRow, type DraftsRepo } from '../repos/drafts-repo.js';

/** Largest draft accepted, as UTF-8 JSON. */
export const MAX_DRAFT_BYTES = 256 * 1024;

/** What a draft belongs to: a flow (its start form) or a form (a record logged directly, 登记记录). */
type DraftOf = 'flow' | 'form';
type KeyName<O extends DraftOf> = `${O}Key`;

/** A draft as its owner sees it: `flowKey` for a start form, `formKey` for a record form. */
export type DraftView<O extends DraftOf = 'flow'> = { readonly [K in KeyName<O>]: string } & {
  readonly data: Record<string, unknown>;
  readonly version: number;
  readonly updatedAt: number;
};

/**
 * Returns the service of one kind of drafts 草稿, kept on the server for their owner only (they may
 * hold personal data: never logged, never shown to anyone else). Every method answers 404 outside
 * the user's projects; a save answers 404 unless the flow or form has a published version.
 */
function draftsServiceOf<O extends DraftOf>(of: O, repo: DraftsRepo) {
  const keyName = `${of}Key` as KeyName<O>;
  const view = (row: Pick<DraftRow, 'key' | 'data' | 'version' | 'updatedAt'>) =>
    ({ [keyName]: row.key, data: row.data, version: row.version, updatedAt: row.updatedAt }) as DraftView<O>;
  return {
    /** Returns the caller's own drafts in a project. */
    list(ctx: AppContext, user: AuthUser, projectId: string): { items: DraftView<O>[] } {
      rolesOn(user.access, projectId);
      return { items: repo.listMine(ctx.db, user.id, projectId).map(view) };
    },

    /** Saves the caller's draft at row `version` (0 = new); 409 when stale, 400 when over 256 KB. */
    put(ctx: AppContext, user: AuthUser, projectId: string, key: string, data: Record<string, unknown>, version: number): DraftView<O> {
      rolesOn(user.access, projectId);
      if (definitionsRepo.latestVersionNumber(ctx.db, projectId, of, key) === undefined) throw notFound(of);
      const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
      if (bytes > MAX_DRAFT_BYTES) {
        throw new ApiError('API_VALIDATION', {}, [apiIssue('DRAFT_TOO_LARGE', { field: 'data', size: Math.ceil(bytes / 1024), limit: MAX_DRAFT_BYTES / 1024 }, 'data')]);
      }
      const now = ctx.clock.now();
      const written = version === 0
        ? repo.insert(ctx.db, { userId: user.id, projectId, key, data, updatedAt: now })
        : repo.update(ctx.db, user.id, projectId, key, version, data, now);
      if (!written) throw versionConflict(repo.find(ctx.db, user.id, projectId, key)?.version ?? 0);
      return view({ key, data, version: version + 1, updatedAt: now });
    },

    /** Deletes the caller's draft; nothing to delete is fine (idempotent). */
    remove(ctx: AppContext, user: AuthUser, projectId: string, key: string): void {
      rolesOn(user.access, projectId);
      repo.remove(ctx.db, user.id, projectId, key);
    },
  };
}

/** Start-form drafts of flows (keyed by `flowKey`). */
export const draftsService = draftsServiceOf('flow', draftsRepo);

/** Record-form drafts (登记记录; keyed by `formKey`). */
export const recordDraftsService = draftsServiceOf('form', recordDraftsRepo);

/** Deletes the user's draft of a flow they just started, in the start's transaction. Writes the database. */
export function dropDraftOnStart(ctx: AppContext, userId: string, projectId: string, flowKey: string): void {
  draftsRepo.remove(ctx.db, userId, projectId, flowKey);
}

/** Deletes the user's draft of a form they just logged a record of, in the creation's transaction. Writes the database. */
export function dropDraftOnRecordCreate(ctx: AppContext, userId: string, projectId: string, formKey: string): void {
  recordDraftsRepo.remove(ctx.db, userId, projectId, formKey);
}
