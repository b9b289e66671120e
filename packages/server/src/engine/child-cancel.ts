import type { InstanceState, Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { eventsRepo } from '../repos/events-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { recordEvent } from '../services/audit.js';
import { publishedFlow } from './flow-versions.js';
import { decideFlow } from './runtime-engine.js';
import { decideContext } from './decide-context.js';
import { persistDecision } from './persist.js';

/** The outbox row persistDecision writes for a parent's `cancelFlow` effect. */
interface CancelFlowRow {
  readonly id: string;
  readonly payload: Record<string, unknown>;
}

/** Returns the child the parent's `startFlow` effect started (from the parent's `flow.subflowStarted` audit), if any. Reads the database. */
function childStartedBy(ctx: AppContext, parentId: string, effectId: string): string | undefined {
  const key = `fx:${parentId}:${effectId}`;
  const started = eventsRepo.ofInstance(ctx.db, parentId).find((e) => e.type === 'flow.subflowStarted' && e.data.effect === key);
  const childId = started?.data.childInstanceId;
  return typeof childId === 'string' ? childId : undefined;
}

/**
 * Cancels the child a parent waited for when the parent ended (outbox kind `cancelFlow`): sends
 * the runtime's `parentEnded` with the parent's reason to the child, which closes its tasks,
 * tells their assignees and shows the reason on its timeline, then audits `flow.childCancelled`
 * on the parent. One transaction with the row's completion, so a crash never cancels twice; a
 * repeated delivery, a child that ended on its own, or one never started changes nothing.
 * Returns whether a child was cancelled. Writes the database.
 */
export function cancelChild(ctx: AppContext, row: CancelFlowRow): boolean {
  const p = row.payload;
  const parentId = String(p.instanceId);
  return ctx.sqlite.transaction(() => {
    const childId = childStartedBy(ctx, parentId, String(p.effectId));
    const child = childId ? instancesRepo.find(ctx.db, childId) : undefined;
    let cancelled = false;
    if (child?.status === 'running') {
      const flow = publishedFlow(ctx, child.projectId, child.flowKey, child.flowVersion);
      const record = recordsRepo.findById(ctx.db, child.recordId)!;
      const project = tenancyRepo.findProject(ctx.db, child.projectId)!;
      const decision = decideFlow(flow, child.state as unknown as InstanceState, {
        type: 'parentEnded', parentInstanceId: parentId, reason: p.reason as Message,
      }, decideContext(ctx, project, record.data));
      cancelled = decision.events.length > 0;
      if (cancelled) {
        persistDecision(ctx, flow, child, decision);
        recordEvent(ctx, {
          projectId: child.projectId, instanceId: parentId, ...(typeof p.recordId === 'string' ? { recordId: p.recordId } : {}),
          type: 'flow.childCancelled', actorId: null, data: { childInstanceId: child.id, nodeId: p.nodeId ?? null },
        });
      }
    }
    outboxRepo.markDone(ctx.db, row.id, ctx.clock.now());
    return cancelled;
  })();
}
