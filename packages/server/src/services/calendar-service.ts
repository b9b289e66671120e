import { validateCalendar, type BusinessCalendar } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { designerRoles } from '../auth/roles.js';
import { calendarsRepo } from '../repos/calendars-repo.js';
import { ApiError, versionConflict } from '../http/api-error.js';
import { projectCalendar } from '../engine/directory.js';
import { recordEvent } from './audit.js';

/** The business calendar of a project (working days, holidays, 调休). */
export const calendarService = {
  get(ctx: AppContext, user: AuthUser, projectId: string) {
    rolesOn(user.access, projectId);
    const row = calendarsRepo.find(ctx.db, projectId);
    return { calendar: projectCalendar(ctx, projectId), version: row?.version ?? 0, custom: !!row };
  },
  /** Replaces the calendar (validated by the runtime); version 0 creates the project's own copy. */
  put(ctx: AppContext, user: AuthUser, projectId: string, calendar: Record<string, unknown>, version: number) {
    rolesOn(user.access, projectId);
    if (!hasAnyRole(user.access, projectId, designerRoles)) throw new ApiError('AUTH_FORBIDDEN');
    const issues = validateCalendar(calendar as unknown as BusinessCalendar);
    if (issues.length) throw new ApiError('API_VALIDATION', {}, issues);
    const row = calendarsRepo.find(ctx.db, projectId);
    const now = ctx.clock.now();
    if (!row) {
      if (version !== 0) throw versionConflict(0);
      calendarsRepo.insert(ctx.db, { projectId, body: calendar, version: 1, updatedAt: now });
    } else if (row.version !== version || !calendarsRepo.update(ctx.db, projectId, version, calendar, now)) {
      throw versionConflict(row.version);
    }
    recordEvent(ctx, { projectId, type: 'calendar.updated', actorId: user.id });
    return calendarService.get(ctx, user, projectId);
  },
};
