import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { rolesOn } from '../auth/access.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { draftsRepo, type DraftRow } from '../repos/drafts-repo.js';

/** Largest draft accepted, as UTF-8 JSON. */
export const MAX_DRAFT_BYTES = 256 * 1024;

/** A draft as its owner sees it. */
export interface DraftView {
  readonly flowKey: string;
  readonly data: Record<string, unknown>;
  readonly version: number;
  readonly updatedAt: number;
}

const view = (row: DraftRow): DraftView => ({ flowKey: row.flowKey, data: row.data, version: row.version, updatedAt: row.updatedAt });

function requirePublishedFlow(ctx: AppContext, projectId: string, flowKey: string): void {
  if (definitionsRepo.latestVersionNumber(ctx.db, projectId, 'flow', flowKey) === undefined) throw notFound('flow');
}

/**
 * Start-form drafts 草稿 kept on the server for their owner only (they may hold personal data:
 * never logged, never shown to anyone else). Every method answers 404 outside the user's projects.
 */
export const draftsService = {
  /** Returns the caller's own drafts in a project. */
  list(ctx: AppContext, user: AuthUser, projectId: string): { items: DraftView[] } {
    rolesOn(user.access, projectId);
    return { items: draftsRepo.listMine(ctx.db, user.id, projectId).map(view) };
  },

  /** Saves the caller's draft of a published flow at row `version` (0 = new); 409 when stale, 400 when over 256 KB. */
  put(ctx: AppContext, user: AuthUser, projectId: string, flowKey: string, data: Record<string, unknown>, version: number): DraftView {
    rolesOn(user.access, projectId);
    requirePublishedFlow(ctx, projectId, flowKey);
    const bytes = Buffer.byteLength(JSON.stringify(data), 'utf8');
    if (bytes > MAX_DRAFT_BYTES) {
      throw new ApiError('API_VALIDATION', {}, [apiIssue('DRAFT_TOO_LARGE', { field: 'data', size: Math.ceil(bytes / 1024), limit: MAX_DRAFT_BYTES / 1024 }, 'data')]);
    }
    const now = ctx.clock.now();
    const written = version === 0
      ? draftsRepo.insert(ctx.db, { userId: user.id, projectId, flowKey, data, updatedAt: now })
      : draftsRepo.update(ctx.db, user.id, projectId, flowKey, version, data, now);
    if (!written) throw versionConflict(draftsRepo.find(ctx.db, user.id, projectId, flowKey)?.version ?? 0);
    return { flowKey, data, version: version + 1, updatedAt: now };
  },

  /** Deletes the caller's draft of a flow; nothing to delete is fine (idempotent). */
  remove(ctx: AppContext, user: AuthUser, projectId: string, flowKey: string): void {
    rolesOn(user.access, projectId);
    draftsRepo.remove(ctx.db, user.id, projectId, flowKey);
  },
};

/** Deletes the user's draft of a flow they just started, in the start's transaction. Writes the database. */
export function dropDraftOnStart(ctx: AppContext, userId: string, projectId: string, flowKey: string): void {
  draftsRepo.remove(ctx.db, userId, projectId, flowKey);
}
