import type { BusinessCalendar, Directory } from '@siteflow/runtime';
import { chinaCalendar2025_2026 } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { calendarsRepo } from '../repos/calendars-repo.js';
import { cachedRead } from '../db/read-cache.js';

type Project = { id: string; regionId: string; organisationId: string };

/** Returns who is who in a project for the runtime: role → active user ids, and the regional director. Reads the database. */
export function projectDirectory(ctx: AppContext, project: Project): Directory {
  return cachedRead(ctx.sqlite, `directory:${project.id}`, () => buildDirectory(ctx, project));
}

function buildDirectory(ctx: AppContext, project: Project): Directory {
  const roles = tenancyRepo.usersByRole(ctx.db, project);
  const director = roles.regionalDirector?.[0] ?? null;
  const activeUsers = [...new Set(Object.values(roles).flat())];
  return { roles, regionalDirector: director, activeUsers };
}

/** Returns the project's business calendar (stored, else the official China 2025–2026 calendar). Reads the database. */
export function projectCalendar(ctx: AppContext, projectId: string): BusinessCalendar {
  const row = cachedRead(ctx.sqlite, `calendar:${projectId}`, () => calendarsRepo.find(ctx.db, projectId));
  return (row?.body as unknown as BusinessCalendar | undefined) ?? chinaCalendar2025_2026;
}
