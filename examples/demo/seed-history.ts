// In-process loader of the demo history for the server's first run (`npm start` / `--demo`): three
// months of generated cases played through the real 退订工单 and 退筹事件跟进与复盘 flows on the
// server's engine, with the business clock walking from the first case to now, so the monthly
// 《退筹动因分析报告》 counts real breaches and escalations and the demo inbox has live tasks; the CRM
// messages behind a few of the cases go through the real comm-log service, so 沟通记录 has scored
// messages and the 销售主管 has had their sentiment alerts.
import type { AppContext } from '@siteflow/server';
// Server internals (services, not SQL): this file is meant to be called by the server's demo seed.
import { usersRepo } from '../../packages/server/src/repos/users-repo.js';
import { directoryTemplateSource, installedPackage, listTemplatePackages, publishTemplatePackage } from '../../packages/server/src/templates/index.js';
import { demoCommLogs } from './conversations.js';
import { EngineDriver } from './engine-driver.js';
import { generateHistory } from './history.js';
import { simulateHistory, type SimulationSummary } from './simulate.js';

const PACKAGES = ['cancellation-work-order', 'cancellation-tracking'] as const;
const DAY = 24 * 3_600_000;
const NOTHING = { created: 0, instances: 0, actions: 0, ticks: 0, commLogs: 0, commLogAlerts: 0 } as const;

/** What seeding the history did: the cases (tracking records) created, and the engine work behind them. */
export interface HistorySeed extends SimulationSummary {
  readonly created: number;
}

/**
 * Seeds the last 91 days (ending now) of generated 退筹 cases into the demo project once, through
 * the real flows: installs the 退订工单 and 退筹事件追踪表 template packages when missing, then plays
 * every case on the engine (see `simulate.ts`) with the CRM messages of the latest case of each
 * cause (see `conversations.ts`). Returns what it created (`created` 0 when the
 * history is already there). Writes the database; deterministic for a seed and a `now`.
 */
export async function seedDemoHistory(ctx: AppContext, opts: { projectId?: string; adminUsername?: string; seed?: number } = {}): Promise<HistorySeed> {
  const projectId = opts.projectId ?? 'prj_yunqi';
  const seeded = ctx.sqlite.prepare('select 1 from records where project_id = ? and form_key = ? and data like ? limit 1').get(projectId, 'cancellation-tracking', '%"caseNo":"TC-%');
  if (seeded) return NOTHING;
  installPackages(ctx, projectId, opts.adminUsername ?? 'admin');
  const now = ctx.clock.now();
  const cases = generateHistory({ start: now - 91 * DAY, ...(opts.seed ? { seed: opts.seed } : {}) }).filter((c) => c.createdAt <= now);
  if (cases.length === 0) return NOTHING;
  const driver = new EngineDriver(ctx, projectId, cases[0]!.createdAt);
  await driver.begin();
  try {
    const summary = await simulateHistory(driver, cases, now, demoCommLogs(cases, now));
    await driver.end(true);
    return { created: cases.length, ...summary };
  } catch (err) {
    await driver.end(false);
    throw err;
  }
}

/** Publishes the packages the history runs on into the project when they are not installed yet. */
function installPackages(ctx: AppContext, projectId: string, adminUsername: string): void {
  const missing = PACKAGES.filter((key) => !installedPackage(ctx, projectId, key));
  if (missing.length === 0) return;
  const row = usersRepo.findByUsername(ctx.db, adminUsername);
  if (!row) throw new Error('demo admin not found: run seedDemo first');
  const source = directoryTemplateSource();
  for (const key of missing) {
    const version = listTemplatePackages(ctx, source, row.organisationId).find((p) => p.key === key)?.version;
    if (!version) throw new Error(`template package ${key} not found`);
    const result = publishTemplatePackage(ctx, source, { key, version, projectIds: [projectId] }, { id: row.id, organisationId: row.organisationId });
    const failed = result.results.find((r) => r.status === 'failed');
    if (failed) throw new Error(`installing ${key} failed: ${JSON.stringify(failed.issues)}`);
  }
}
