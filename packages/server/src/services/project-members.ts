import type { AppContext } from '../context.js';
import { ApiError, apiIssue } from '../http/api-error.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';

/**
 * Throws 400 TASK_USER_NOT_MEMBER naming `field` unless every user of `userIds` is an active member
 * of the project (directly, through its region or organisation-wide), as the people pickers list
 * them: work and customers never go to another project's people nor to a disabled account. Blank
 * ids are left to the caller's own required-field check. Reads the database.
 */
export function requireProjectMembers(ctx: AppContext, project: { id: string; regionId: string; organisationId: string }, userIds: readonly string[], field: string): void {
  const wanted = userIds.filter((u) => typeof u === 'string' && u.trim() !== '');
  if (wanted.length === 0) return;
  const members = tenancyRepo.rolesByUser(ctx.db, project);
  if (wanted.some((u) => !members.has(u))) throw new ApiError('API_VALIDATION', {}, [apiIssue('TASK_USER_NOT_MEMBER', { field }, field)]);
}
