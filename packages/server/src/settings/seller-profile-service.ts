import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { ApiError, notFound, versionConflict } from '../http/api-error.js';
import { sellerProfilesRepo } from '../repos/seller-profiles-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { recordEvent } from '../services/audit.js';
import { normalizeSellerProfile, sellerProfileState, type SellerProfileInput, type SellerProfileState } from './seller-profile.js';

/** Project roles that may change the seller profile (organisation admins may too). */
export const sellerProfileEditorRoles: readonly string[] = ['siteManager'];

function projectName(ctx: AppContext, projectId: string): string {
  const project = tenancyRepo.findProject(ctx.db, projectId);
  if (!project) throw notFound('project');
  return project.name;
}

/** The seller profile 卖方信息 of a project, printed on its legal document packages. */
export const sellerProfileService = {
  /** Returns the profile for any member of the project (404 for others). Reads the database. */
  get(ctx: AppContext, user: AuthUser, projectId: string): SellerProfileState {
    rolesOn(user.access, projectId);
    return sellerProfileState(projectName(ctx, projectId), sellerProfilesRepo.find(ctx.db, projectId));
  },

  /**
   * Saves the profile at row `version` (0 the first time) for the project's site manager or an
   * organisation admin: 404 for non-members, 403 for other members, 400 naming bad fields, 409 when
   * stale. Appends a `project.sellerProfileChanged` audit event. Returns the stored state.
   */
  put(ctx: AppContext, user: AuthUser, projectId: string, input: SellerProfileInput & { readonly version: number }): SellerProfileState {
    rolesOn(user.access, projectId);
    if (!user.access.isAdmin && !hasAnyRole(user.access, projectId, sellerProfileEditorRoles)) throw new ApiError('AUTH_FORBIDDEN');
    const fields = normalizeSellerProfile(input);
    const row = sellerProfilesRepo.find(ctx.db, projectId);
    const stored = { ...fields, updatedBy: user.id, updatedAt: ctx.clock.now() };
    // 1. Write only over the version the caller read; anything else is someone else's newer save.
    const written = row
      ? row.version === input.version && sellerProfilesRepo.update(ctx.db, projectId, input.version, stored)
      : input.version === 0 && sellerProfilesRepo.insert(ctx.db, projectId, stored);
    if (!written) throw versionConflict(row?.version ?? 0);
    // 2. Audit which fields changed (names only: the representative is a person).
    const changed = (Object.keys(fields) as (keyof SellerProfileInput)[]).filter((k) => !row || row[k] !== fields[k]);
    recordEvent(ctx, { projectId, type: 'project.sellerProfileChanged', actorId: user.id, data: { version: (row?.version ?? 0) + 1, changed } });
    return sellerProfileService.get(ctx, user, projectId);
  },
};
