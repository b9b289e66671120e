// In-process loader of the demo history for the server's first run (`npm start` / `--demo`): the same
// generated cases as `loadHistory`, written through the server's own services (template publishing,
// record validation and insert) with each record's creation time set to its case's time, so the
// monthly report sees three real months. Over HTTP that back-dating is only possible in test mode.
import type { AppContext } from '@siteflow/server';
// Server internals (services, not SQL): this file is meant to be called by the server's demo seed.
import { loadAccess } from '../../packages/server/src/auth/access.js';
import { usersRepo } from '../../packages/server/src/repos/users-repo.js';
import { insertRecord } from '../../packages/server/src/services/record-service.js';
import { directoryTemplateSource, installedPackage, listTemplatePackages, publishTemplatePackage } from '../../packages/server/src/templates/index.js';
import { generateHistory } from './history.js';

const TRACKING = 'cancellation-tracking';

/**
 * Seeds three months (ending now) of 退筹事件追踪表 records into the demo project once: installs the
 * cancellation-tracking template when missing, then inserts the generated cases in one
 * transaction. Returns how many were created (0 when history is already there). Writes the database.
 */
export function seedDemoHistory(ctx: AppContext, opts: { projectId?: string; adminUsername?: string; seed?: number } = {}): { created: number } {
  const projectId = opts.projectId ?? 'prj_yunqi';
  const adminRow = usersRepo.findByUsername(ctx.db, opts.adminUsername ?? 'admin');
  if (!adminRow) throw new Error('demo admin not found: run seedDemo first');
  const admin = { id: adminRow.id, username: adminRow.username, displayName: adminRow.displayName, organisationId: adminRow.organisationId, access: loadAccess(ctx.db, adminRow.id, adminRow.organisationId), via: 'token' as const };
  const seeded = ctx.sqlite.prepare('select 1 from records where project_id = ? and form_key = ? and data like ? limit 1').get(projectId, TRACKING, '%"caseNo":"TC-%');
  if (seeded) return { created: 0 };
  if (!installedPackage(ctx, projectId, TRACKING)) {
    const source = directoryTemplateSource();
    const version = listTemplatePackages(ctx, source, admin.organisationId).find((p) => p.key === TRACKING)?.version;
    if (!version) throw new Error('template package cancellation-tracking not found');
    const result = publishTemplatePackage(ctx, source, { key: TRACKING, version, projectIds: [projectId] }, { id: admin.id, organisationId: admin.organisationId });
    const failed = result.results.find((r) => r.status === 'failed');
    if (failed) throw new Error(`installing cancellation-tracking failed: ${JSON.stringify(failed.issues)}`);
  }
  const now = ctx.clock.now();
  const cases = generateHistory({ start: now - 91 * 24 * 3_600_000, ...(opts.seed ? { seed: opts.seed } : {}) }).filter((c) => c.createdAt <= now);
  ctx.sqlite.transaction(() => {
    for (const c of cases) insertRecord({ ...ctx, clock: { now: () => c.createdAt } }, admin, projectId, TRACKING, c.data);
  })();
  return { created: cases.length };
}
