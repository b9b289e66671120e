import { toInstant, chinaCalendar2025_2026 } from '@siteflow/runtime';
import { startTestServer, demoIds, demoUserId, type TestServer } from '../../testing/index.js';
import type { AppContext } from '../../context.js';
import { directoryTemplateSource, findPackage, publishTemplatePackage } from '../../templates/index.js';
import { recordService } from '../../services/record-service.js';
import { recordsRepo } from '../../repos/records-repo.js';
import { instancesRepo } from '../../repos/instances-repo.js';
import { runOutbox } from '../../outbox/dispatcher.js';
import { outboxRepo } from '../../repos/outbox-repo.js';
import { actorFor, createRuleRunner, firingsRepo, type RuleRunner } from '../index.js';

/** 杭州·云栖府, the demo project with every role. */
export const P = demoIds.projectYunqi;

/** Returns the epoch of a local China time (`2025-12-22 09:00`). */
export const at = (local: string): number => toInstant(chinaCalendar2025_2026, local) ?? Number.NaN;

/** A demo server at a local start time, with template packages installed through the publishing service, and a rule runner. */
export async function ruleWorld(startLocal: string, packages: readonly string[]) {
  const ts: TestServer = await startTestServer({ demo: true, startAt: at(startLocal) });
  const ctx: AppContext = ts.server.ctx;
  const source = directoryTemplateSource();
  for (const key of packages) {
    const version = findPackage(source, key)!.pkg.manifest.version; // the package's current version
    const out = publishTemplatePackage(ctx, source, { key, version, projectIds: [P] }, { id: demoUserId('admin'), organisationId: 'org_demo' });
    const failed = out.results.filter((r) => r.status === 'failed');
    if (failed.length) throw new Error(`publish ${key}: ${JSON.stringify(failed[0]!.issues.slice(0, 3))}`);
  }
  const runner: RuleRunner = createRuleRunner({ ctx });
  const clock = ctx.clock as unknown as { set(t: number): void };
  const user = (username: string) => actorFor(ctx, P, [demoUserId(username)])!;

  /** Firings stored for a record (what record-service's hooks did), oldest first. */
  const firingsOf = (id: string) => firingsRepo.ofSubject(ctx.db, P, id).map((f) => ({ id: f.id, ruleKey: f.ruleKey, status: 'fired' as const, actions: f.actions }));

  /** Creates a record as `username` through the records service (its created hook runs the rules in the same transaction). */
  const create = (username: string, formKey: string, data: Record<string, unknown>) => ctx.sqlite.transaction(() => {
    const row = recordService.create(ctx, user(username), P, formKey, data);
    return { id: row.id, firings: firingsOf(row.id) };
  })();

  /** Patches a record as `username` through the records service; returns the firings this write added. */
  const patch = (username: string, id: string, data: Record<string, unknown>) => ctx.sqlite.transaction(() => {
    const known = new Set(firingsOf(id).map((f) => f.id));
    recordService.patch(ctx, user(username), P, id, data, recordsRepo.findById(ctx.db, id)!.version);
    return firingsOf(id).filter((f) => !known.has(f.id));
  })();

  /** Open tasks a demo user can act on now, with the flow they belong to. */
  const openTasks = (username: string) => instancesRepo.tasksOfUser(ctx.db, demoUserId(username), 'pending', [P], 'open', 200)
    .map((r) => ({ ...r.task, flowKey: r.instance.flowKey, recordId: r.instance.recordId }));

  /** Delivers the outbox and returns the user's in-app notification titles (zh). */
  const notifications = async (username: string) => {
    await runOutbox(ctx);
    return outboxRepo.notificationsOf(ctx.db, demoUserId(username), false, 200).map((n) => n.title.zh);
  };

  const count = (sql: string, ...params: unknown[]) => (ctx.sqlite.prepare(`select count(*) as n from ${sql}`).get(...params) as { n: number }).n;
  const record = (id: string) => recordsRepo.findById(ctx.db, id)!;
  return { ts, ctx, runner, clock, user, create, patch, openTasks, notifications, count, record, close: () => ts.close() };
}

/** Valid data of a customer follow-up record (no risk signal). */
export const followUp = (extra: Record<string, unknown> = {}) => ({ customerName: '张先生', customerPhone: '13812341234', ...extra });
