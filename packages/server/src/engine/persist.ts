import type { Decision, FlowDefinition, FlowEffect, InstanceState, Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { outbox } from '../db/schema.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { eventsRepo } from '../repos/events-repo.js';
import { newId } from '../db/ids.js';
import { versionConflict } from '../http/api-error.js';
import { openTasksOf, wakeAt } from './runtime-engine.js';
import { publishedForm } from '../services/form-versions.js';
import { recordSearchText } from '../services/record-view.js';
import { createRuleRunner } from '../rule-runner/index.js';
import { changedKeys } from '../services/changed-keys.js';
import { syncRecordStatus } from '../services/record-status.js';

/** The instance a decision belongs to; `version` null for a new instance. */
export interface InstanceRef {
  readonly id: string;
  readonly projectId: string;
  readonly recordId: string;
  readonly flowKey: string;
  readonly flowVersion: number;
  readonly startedBy: string;
  readonly version: number | null;
}

/** Who caused a decision: the task acted on, and the user whose action it was (default: the instance's starter, e.g. for timers). */
export interface PersistOptions {
  readonly actedTaskId?: string;
  readonly actorId?: string;
}

type OutboxRow = typeof outbox.$inferInsert;

const END_EVENTS: ReadonlySet<string> = new Set(['completed', 'rejected', 'cancelled', 'withdrawn', 'failed']);

/**
 * Stores a decision inside the caller's transaction: 1. the instance state (version-checked),
 * 2. the task projection and who may act, 3. cc watchers, 4. audit events, 5. record patches
 * (each running the project's `recordChanged` rules as the actor), 6. outbox rows for every other
 * effect (dedupe key = effect id; `cancelFlow:<instance>:<startFlow effect>`, once per child to
 * cancel), 7. when a child a parent waits for has just ended, one `childEnded` outbox row (dedupe
 * key `childEnded:<child id>`), 8. the record's status when the instance started or ended. Throws 409 when stale.
 */
export function persistDecision(ctx: AppContext, flow: FlowDefinition, ref: InstanceRef, decision: Decision, opts: PersistOptions = {}): void {
  const now = ctx.clock.now();
  const state = decision.state;
  const patch = {
    state: state as unknown as Record<string, unknown>, status: state.status, nextWakeAt: wakeAt(state), updatedAt: now,
    // A case moved to another version of its flow (migrate) is read through that version from now on.
    ...(ref.version !== null && state.flowVersion !== ref.flowVersion ? { flowVersion: state.flowVersion } : {}),
  };
  if (ref.version === null) {
    instancesRepo.insert(ctx.db, { id: ref.id, projectId: ref.projectId, recordId: ref.recordId, flowKey: ref.flowKey, flowVersion: ref.flowVersion, startedBy: ref.startedBy, version: 1, createdAt: now, ...patch });
  } else if (!instancesRepo.update(ctx.db, ref.id, ref.version, patch)) {
    throw versionConflict(ref.version);
  }
  syncTasks(ctx, flow, ref, state, now, opts.actedTaskId);
  for (const userId of state.cc) outboxRepo.addInstanceUser(ctx.db, { instanceId: ref.id, userId, kind: 'cc', createdAt: now });
  eventsRepo.insertAll(ctx.db, decision.events.map((e) => {
    const { seq: _seq, at, type, by, taskId, ...data } = e;
    return { id: newId('evt'), projectId: ref.projectId, instanceId: ref.id, recordId: ref.recordId, taskId: taskId ?? null, type: `flow.${type}`, actorId: by ?? null, at, data: data as Record<string, unknown> };
  }));
  const actorId = opts.actorId ?? ref.startedBy;
  // Outbox rows are written in order, consecutive ones in one statement; a record patch (whose
  // rules may add rows of their own) first writes the rows before it.
  let rows: OutboxRow[] = [];
  for (const fx of decision.effects) {
    if (fx.kind !== 'recordPatch') {
      rows.push(outboxRow(ref, fx, now));
      continue;
    }
    outboxRepo.insertAll(ctx.db, rows);
    rows = [];
    patchRecord(ctx, ref, fx, now, actorId);
  }
  if (state.parent?.awaited && decision.events.some((e) => END_EVENTS.has(e.type))) {
    rows.push({
      id: newId('obx'), projectId: ref.projectId, kind: 'childEnded', dedupeKey: `childEnded:${ref.id}`,
      payload: { childInstanceId: ref.id, parentInstanceId: state.parent.instanceId, effectId: state.parent.effectId, status: state.status, outcome: state.outcome ?? null, actorId },
      status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
    });
  }
  outboxRepo.insertAll(ctx.db, rows);
  syncRecordStatus(ctx, ref.recordId, decision, ref.version === null, now);
}

function syncTasks(ctx: AppContext, flow: FlowDefinition, ref: InstanceRef, state: InstanceState, now: number, actedTaskId?: string): void {
  const existing = new Map(instancesRepo.tasksOfInstanceWithPeople(ctx.db, ref.id).map((t) => [t.id, t]));
  const open = openTasksOf(state);
  const names = nodeNames(flow);
  for (const t of open) {
    const row = existing.get(t.id);
    existing.delete(t.id);
    const people = [...t.pending.map((userId) => ({ userId, kind: 'pending' })), ...t.assignees.filter((u) => !t.pending.includes(u)).map((userId) => ({ userId, kind: 'assignee' }))];
    if (!row) {
      instancesRepo.insertTask(ctx.db, { id: t.id, instanceId: ref.id, projectId: ref.projectId, nodeId: t.nodeId, name: names.get(t.nodeId) ?? null, status: 'open', dueAt: t.dueAt ?? null, escalationLevel: t.level, version: 1, createdAt: t.createdAt, updatedAt: now });
      instancesRepo.addAssignees(ctx.db, t.id, people);
      continue;
    }
    // Any change visible to users (or an action on it) bumps the version, so stale clients get 409.
    const pendingNow = row.people.filter((a) => a.kind === 'pending').map((a) => a.userId).sort().join(',');
    // A step renamed by the version a case moved to (migrate) shows its new name in every list.
    const name = names.get(t.nodeId) ?? null;
    const renamed = name !== null && (row.name?.zh !== name.zh || row.name?.en !== name.en);
    const changed = t.id === actedTaskId || renamed || row.status !== 'open' || row.dueAt !== (t.dueAt ?? null) || row.escalationLevel !== t.level || pendingNow !== [...t.pending].sort().join(',');
    if (!changed) continue;
    // Only the columns that change are set, so the index on (status, due_at) is left alone when neither does.
    const dueAt = t.dueAt ?? null;
    instancesRepo.updateTask(ctx.db, t.id, {
      escalationLevel: t.level, version: row.version + 1, updatedAt: now, ...(renamed ? { name } : {}),
      ...(row.status !== 'open' ? { status: 'open' } : {}), ...(row.dueAt !== dueAt ? { dueAt } : {}), ...(row.closedAt !== null ? { closedAt: null } : {}),
    });
    // A reopened task's people were not read. Rewriting an open task's same people (e.g. an
    // escalation that only notifies) would leave the same rows.
    if (row.status !== 'open' || !samePeople(row.people, people)) instancesRepo.setAssignees(ctx.db, t.id, people);
  }
  for (const row of existing.values()) {
    if (row.status !== 'open') continue;
    instancesRepo.updateTask(ctx.db, row.id, { status: 'closed', version: row.version + 1, updatedAt: now, closedAt: now });
    instancesRepo.settleAssignees(ctx.db, row.id);
  }
}

/** True when the stored assignee rows are exactly `people` (as a set: the unique key drops repeats). Pure. */
function samePeople(rows: readonly { userId: string; kind: string }[], people: readonly { userId: string; kind: string }[]): boolean {
  const wanted = new Set(people.map((p) => `${p.kind}:${p.userId}`));
  return rows.length === wanted.size && rows.every((r) => wanted.has(`${r.kind}:${r.userId}`));
}

// Published flows are immutable objects, cached by version: their node names are built once.
const namesOfFlows = new WeakMap<FlowDefinition, ReadonlyMap<string, Message>>();
function nodeNames(flow: FlowDefinition): ReadonlyMap<string, Message> {
  let names = namesOfFlows.get(flow);
  if (!names) {
    names = new Map(flow.nodes.map((n) => [n.id, n.name as Message]));
    namesOfFlows.set(flow, names);
  }
  return names;
}

/** Applies a record patch in the caller's transaction (local data never goes through the outbox). Throws 409 when the record is stale. */
function patchRecord(ctx: AppContext, ref: InstanceRef, fx: Extract<FlowEffect, { kind: 'recordPatch' }>, now: number, actorId: string): void {
  const rec = recordsRepo.findById(ctx.db, ref.recordId);
  if (!rec) return;
  const data = { ...rec.data, ...fx.data };
  const form = publishedForm(ctx, ref.projectId, rec.formKey, rec.formVersion);
  if (!recordsRepo.update(ctx.db, rec.id, rec.version, { data, searchText: recordSearchText(form, data), updatedAt: now })) throw versionConflict(rec.version);
  // A flow's change is a change like a user's edit: the project's recordChanged rules run, in this transaction.
  const changed = changedKeys(rec.data, fx.data);
  if (changed.length > 0) createRuleRunner({ ctx }).onRecordChanged(ref.projectId, rec, { ...rec, data }, changed, { ctx, actorId });
}

/** The outbox row of an effect carried out after commit. Pure but for the new row id. */
function outboxRow(ref: InstanceRef, fx: Exclude<FlowEffect, { kind: 'recordPatch' }>, now: number): OutboxRow {
  switch (fx.kind) {
    case 'notify':
    case 'generateDocuments':
    case 'http':
    case 'startFlow':
    case 'cancelFlow':
    case 'alert':
      return {
        // A child is cancelled at most once, whichever decision asks for it.
        id: newId('obx'), projectId: ref.projectId, kind: fx.kind, dedupeKey: fx.kind === 'cancelFlow' ? `cancelFlow:${ref.id}:${fx.effectId}` : `fx:${ref.id}:${fx.id}`,
        // `flowKey` names the emitting flow; a startFlow's target flow travels as `startFlowKey`.
        payload: { ...fx, instanceId: ref.id, recordId: ref.recordId, flowKey: ref.flowKey, ...(fx.kind === 'startFlow' ? { startFlowKey: fx.flowKey } : {}) } as unknown as Record<string, unknown>,
        status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
      };
    default: {
      const never: never = fx;
      throw new Error(`unknown effect ${JSON.stringify(never)}`);
    }
  }
}
