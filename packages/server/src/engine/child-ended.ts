import type { ChildEndStatus, InstanceState } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { recordEvent } from '../services/audit.js';
import { publishedFlow } from './flow-versions.js';
import { decideFlow } from './runtime-engine.js';
import { decideContext } from './decide-context.js';
import { persistDecision } from './persist.js';

/** The outbox row persistDecision writes when a child its parent waits for ends. */
interface ChildEndedRow {
  readonly id: string;
  readonly payload: Record<string, unknown>;
}

/**
 * Tells the parent that its child ended (outbox kind `childEnded`): sends the runtime's
 * `childEnded` (status, outcome, the child's record data for the sub-flow's resultMapping) to the
 * parent as the user whose action ended the child, then audits `flow.parentNotified` on the child.
 * One transaction with the row's completion, so a crash never tells the parent twice; a repeated
 * delivery, or a parent cancelled meanwhile, leaves the parent as it is (`resumed: false`).
 * Returns whether the parent moved on. Writes the database.
 */
export function notifyParent(ctx: AppContext, row: ChildEndedRow): boolean {
  const p = row.payload;
  const childId = String(p.childInstanceId);
  return ctx.sqlite.transaction(() => {
    const child = instancesRepo.find(ctx.db, childId);
    const parent = instancesRepo.find(ctx.db, String(p.parentInstanceId));
    let resumed = false;
    if (child && parent?.status === 'running') {
      const flow = publishedFlow(ctx, parent.projectId, parent.flowKey, parent.flowVersion);
      const record = recordsRepo.findById(ctx.db, parent.recordId)!;
      const childData = recordsRepo.findById(ctx.db, child.recordId)?.data ?? {};
      const project = tenancyRepo.findProject(ctx.db, parent.projectId)!;
      const state = child.state as unknown as InstanceState;
      const decision = decideFlow(flow, parent.state as unknown as InstanceState, {
        type: 'childEnded', effectId: String(p.effectId), childInstanceId: child.id, status: state.status as ChildEndStatus,
        ...(state.outcome ? { outcome: state.outcome } : {}), data: childData,
      }, decideContext(ctx, project, record.data));
      resumed = decision.events.length > 0;
      if (resumed) persistDecision(ctx, flow, parent, decision, typeof p.actorId === 'string' ? { actorId: p.actorId } : {});
    }
    recordEvent(ctx, {
      projectId: child?.projectId ?? null, instanceId: childId, ...(child ? { recordId: child.recordId } : {}), type: 'flow.parentNotified',
      actorId: null, data: { parentInstanceId: p.parentInstanceId, status: p.status, outcome: p.outcome ?? null, resumed },
    });
    outboxRepo.markDone(ctx.db, row.id, ctx.clock.now());
    return resumed;
  })();
}
