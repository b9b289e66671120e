import type { InstanceState } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { groupCommitOf } from '../db/group-commit.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { decideFlow } from '../engine/runtime-engine.js';
import { decideContext } from '../engine/decide-context.js';
import { persistDecision } from '../engine/persist.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { cachedRead } from '../db/read-cache.js';

const BATCH = 100;
const MAX_BATCHES = 50;

/**
 * Sends `tick` to every running instance whose next timer is due (indexed query on
 * instances(status, next_wake_at)). Each due timer is claimed in `wakeups` with the unique key
 * (instance, step, kind, due_at) in the same transaction as the tick, so after downtime, a crash
 * or a second process every escalation fires exactly once. Resolves (after COMMIT) to how many ticks ran.
 */
export async function runScheduler(ctx: AppContext): Promise<number> {
  let ticks = 0;
  const commits: Promise<void>[] = [];
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const due = instancesRepo.due(ctx.db, ctx.clock.now(), BATCH);
    let progressed = 0;
    for (const row of due) {
      try {
        // Each instance in its own savepoint: one broken instance never blocks the others.
        const { value, committed } = groupCommitOf(ctx).run(() => tickInstance(ctx, row.id));
        commits.push(committed);
        if (value) progressed++;
      } catch (err) {
        ctx.logger.error({ err, instanceId: row.id }, 'scheduler tick failed');
      }
    }
    ticks += progressed;
    if (progressed === 0 || due.length < BATCH) break;
  }
  await Promise.all(commits);
  return ticks;
}

/** Ticks one instance if it has unclaimed due timers. Returns true when a tick ran. */
export function tickInstance(ctx: AppContext, instanceId: string): boolean {
  const found = instancesRepo.findWithRecordData(ctx.db, instanceId);
  const now = ctx.clock.now();
  if (!found || found.instance.status !== 'running') return false;
  const instance = found.instance;
  const state = instance.state as unknown as InstanceState;
  const claims = state.timers.filter((t) => t.at <= now)
    .map((t) => ({ instanceId, step: t.taskId ?? t.tokenId ?? t.id, kind: `${t.kind}:${t.index ?? 0}`, dueAt: t.at, firedAt: now }));
  // Nothing new: every due timer here already fired once (e.g. a second process got there first).
  if (instancesRepo.claimWakeups(ctx.db, claims) === 0) return false;
  const flow = publishedFlow(ctx, instance.projectId, instance.flowKey, instance.flowVersion);
  const project = cachedRead(ctx.sqlite, `project:${instance.projectId}`, () => tenancyRepo.findProject(ctx.db, instance.projectId))!;
  const decision = decideFlow(flow, state, { type: 'tick' }, decideContext(ctx, project, found.recordData));
  persistDecision(ctx, flow, { ...instance, version: instance.version }, decision);
  return true;
}
