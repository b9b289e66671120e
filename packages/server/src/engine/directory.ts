import type { BusinessCalendar, Directory } from '@siteflow/runtime';
import { chinaCalendar2025_2026 } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { tenancyGeneration, tenancyRepo } from '../repos/tenancy-repo.js';
import { calendarsRepo } from '../repos/calendars-repo.js';

type Project = { id: string; regionId: string; organisationId: string };

/** Returns who is who in a project for the runtime: role → active user ids, and the regional director. Reads the database. */
export function projectDirectory(ctx: AppContext, project: Project): Directory {
  // Cached per project until users/memberships change here, and at most a few seconds (other processes).
  const key = `${ctx.sqlite.name}|${project.id}`;
  const hit = directories.get(key);
  const now = Date.now();
  if (hit && hit.generation === tenancyGeneration() && now - hit.at < DIRECTORY_TTL_MS) return hit.directory;
  const directory = buildDirectory(ctx, project);
  directories.set(key, { directory, generation: tenancyGeneration(), at: now });
  return directory;
}

const DIRECTORY_TTL_MS = 5_000;
const directories = new Map<string, { directory: Directory; generation: number; at: number }>();

function buildDirectory(ctx: AppContext, project: Project): Directory {
  const roles = tenancyRepo.usersByRole(ctx.db, project);
  const director = roles.regionalDirector?.[0] ?? null;
  const activeUsers = [...new Set(Object.values(roles).flat())];
  return { roles, regionalDirector: director, activeUsers };
}

/** Returns the project's business calendar (stored, else the official China 2025–2026 calendar). Reads the database. */
export function projectCalendar(ctx: AppContext, projectId: string): BusinessCalendar {
  const row = calendarsRepo.find(ctx.db, projectId);
  return (row?.body as unknown as BusinessCalendar | undefined) ?? chinaCalendar2025_2026;
}
