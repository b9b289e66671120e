// Outbox effects carried out by the server's own services: `generateDocuments` (legal package
// attached to the record) and `startFlow` (another flow on the record or on a new record).
import { isSiteflowError } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { loadAccess } from '../auth/access.js';
import { usersRepo } from '../repos/users-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { idempotencyRepo } from '../repos/idempotency-repo.js';
import { ApiError } from '../http/api-error.js';
import { engineService } from '../engine/engine-service.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { recordEvent } from '../services/audit.js';
import { integrationsOf } from './integrations.js';
import { effectViewer } from './documents-wiring.js';

/** An error a retry cannot fix (the dispatcher marks the row failed at once). */
export class PermanentEffectError extends Error {}

type Row = { id: string; projectId: string | null; dedupeKey: string; payload: Record<string, unknown> };

function starterOf(ctx: AppContext, instanceId: string): { instance: NonNullable<ReturnType<typeof instancesRepo.find>>; user: AuthUser } {
  const instance = instancesRepo.find(ctx.db, instanceId);
  if (!instance) throw new PermanentEffectError(`instance ${instanceId} not found`);
  const row = usersRepo.findById(ctx.db, instance.startedBy);
  if (!row || row.disabled) throw new PermanentEffectError(`user ${instance.startedBy} not available`);
  const user: AuthUser = { id: row.id, username: row.username, displayName: row.displayName, organisationId: row.organisationId, access: loadAccess(ctx.db, row.id, row.organisationId), via: 'token' };
  return { instance, user };
}

/** Renders and attaches the case's document package; user/notFound errors are permanent, others retried. */
export async function deliverGenerateDocuments(ctx: AppContext, row: Row): Promise<void> {
  const integrations = integrationsOf(ctx);
  if (!integrations) throw new Error('document service not started');
  const { instance } = starterOf(ctx, String(row.payload.instanceId));
  try {
    await integrations.documents.generateForEffect({
      projectId: instance.projectId, recordId: instance.recordId, packageKey: String(row.payload.packageKey), dedupeKey: row.dedupeKey,
    }, effectViewer(ctx, instance.projectId, instance.startedBy));
  } catch (err) {
    if (isSiteflowError(err) && (err.kind === 'user' || err.kind === 'notFound')) throw new PermanentEffectError(err.message);
    throw err;
  }
}

/**
 * Starts the effect's flow as the parent instance's starter: on the same record when the flow uses
 * the record's form, else on a new record from the effect's data. One transaction with the outbox
 * row's completion and a dedupe key, so a retry after a crash never starts it twice.
 */
export function deliverStartFlow(ctx: AppContext, row: Row): void {
  const { instance, user } = starterOf(ctx, String(row.payload.instanceId));
  const flowKey = String(row.payload.startFlowKey ?? '');
  const dedupe = `startFlow:${row.dedupeKey}`;
  ctx.sqlite.transaction(() => {
    if (idempotencyRepo.find(ctx.db, user.id, dedupe)) return;
    let flow;
    try {
      flow = publishedFlow(ctx, instance.projectId, flowKey);
    } catch (err) {
      throw new PermanentEffectError(err instanceof Error ? err.message : String(err));
    }
    const record = recordsRepo.findById(ctx.db, instance.recordId);
    const onSameRecord = record?.formKey === flow.formKey;
    let started: { instanceId: string; recordId: string };
    try {
      // The child remembers its parent, which it tells when it ends if the parent waits (awaitResult).
      const parent = { instanceId: instance.id, effectId: String(row.payload.id), ...(typeof row.payload.nodeId === 'string' ? { nodeId: row.payload.nodeId } : {}), awaited: row.payload.awaitResult === true };
      started = engineService.start(ctx, user, instance.projectId, onSameRecord
        ? { flowKey, recordId: instance.recordId, parent }
        : { flowKey, data: (row.payload.data ?? {}) as Record<string, unknown>, parent });
    } catch (err) {
      if (err instanceof ApiError || (isSiteflowError(err) && err.kind !== 'unexpected')) throw new PermanentEffectError(err.message);
      throw err;
    }
    idempotencyRepo.insert(ctx.db, { userId: user.id, key: dedupe, requestHash: 'startFlow', status: 201, response: started, createdAt: ctx.wallClock.now() });
    recordEvent(ctx, { projectId: instance.projectId, instanceId: instance.id, recordId: instance.recordId, type: 'flow.subflowStarted', actorId: user.id, data: { flowKey, childInstanceId: started.instanceId, childRecordId: started.recordId, effect: row.dedupeKey } });
    outboxRepo.markDone(ctx.db, row.id, ctx.clock.now());
  })();
}
