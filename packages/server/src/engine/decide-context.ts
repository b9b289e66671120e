import type { DecideContext } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { randomIds } from '../db/ids.js';
import { usersRepo } from '../repos/users-repo.js';
import { projectCalendar, projectDirectory } from './directory.js';

type Project = { id: string; regionId: string; organisationId: string };

/** Returns the context `decide` needs: now, calendar, ids, record data, actor, directory and people's names. Reads the database. */
export function decideContext(ctx: AppContext, project: Project, record: Record<string, unknown>, actor?: { userId: string; roles: readonly string[] }): DecideContext {
  return {
    now: ctx.clock.now(),
    calendar: projectCalendar(ctx, project.id),
    ids: randomIds,
    record,
    directory: projectDirectory(ctx, project),
    // Read only when a refusal names someone.
    nameOf: (userId) => usersRepo.findById(ctx.db, userId)?.displayName ?? userId,
    ...(actor ? { actor } : {}),
  };
}
