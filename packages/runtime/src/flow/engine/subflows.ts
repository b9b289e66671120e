import { SiteflowError } from '../../errors/siteflow-error.js';
import { formatMessage } from '../../i18n/catalogue.js';
import type { ChildEndStatus, FlowCommand, InstanceState, ParentLink } from '../instance-types.js';
import { followNext } from './advance.js';
import { pendingUsers } from './task-logic.js';
import { patchRecord, readJsonPath } from './values.js';
import { effect, emit, finish, notify, type Work } from './work.js';

type ChildEnded = Extract<FlowCommand, { type: 'childEnded' }>;
type ParentEnded = Extract<FlowCommand, { type: 'parentEnded' }>;

const END_STATUSES: readonly ChildEndStatus[] = ['completed', 'rejected', 'cancelled', 'withdrawn', 'failed'];

function bad(field: string, detail: string): never {
  throw new SiteflowError('FLOW_BAD_COMMAND', { detail: `${field}: ${detail}` });
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isPlainObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Throws FLOW_BAD_COMMAND (naming the field) unless `command` is a well-formed `childEnded`. Pure. */
export function checkChildEnded(command: ChildEnded): void {
  if (!isText(command.effectId)) bad('effectId', 'required text');
  if (!isText(command.childInstanceId)) bad('childInstanceId', 'required text');
  if (!END_STATUSES.includes(command.status)) bad('status', `one of ${END_STATUSES.join(', ')}`);
  if (command.outcome !== undefined && typeof command.outcome !== 'string') bad('outcome', 'text');
  if (command.data !== undefined && !isPlainObject(command.data)) bad('data', 'object');
}

/** Throws FLOW_BAD_COMMAND (naming the field) unless `command` is well formed and comes from the parent waiting for `state`. Pure. */
export function checkParentEnded(command: ParentEnded, state: InstanceState): void {
  if (!isText(command.parentInstanceId)) bad('parentInstanceId', 'required text');
  const reason = command.reason as unknown;
  if (!isPlainObject(reason) || !isText((reason as { zh?: unknown }).zh) || typeof (reason as { en?: unknown }).en !== 'string') bad('reason', '{ zh, en } text');
  if (state.parent?.instanceId !== command.parentInstanceId || !state.parent.awaited) bad('parentInstanceId', 'not the parent waiting for this instance');
}

/** Returns the parent link of a `start` command after checking it, or throws FLOW_BAD_COMMAND. Pure. */
export function checkParentLink(parent: ParentLink): ParentLink {
  if (!isPlainObject(parent)) bad('parent', 'object');
  if (!isText(parent.instanceId)) bad('parent.instanceId', 'required text');
  if (!isText(parent.effectId)) bad('parent.effectId', 'required text');
  if (parent.nodeId !== undefined && typeof parent.nodeId !== 'string') bad('parent.nodeId', 'text');
  if (typeof parent.awaited !== 'boolean') bad('parent.awaited', 'true or false');
  return { instanceId: parent.instanceId, effectId: parent.effectId, ...(parent.nodeId ? { nodeId: parent.nodeId } : {}), awaited: parent.awaited };
}

/**
 * Continues the sub-flow step waiting for the child of `command.effectId`: records the child's
 * status and outcome under `subflows.<nodeId>` (readable by later conditions), copies the node's
 * `resultMapping` from the child's data when it completed, and follows the outgoing edge whatever
 * the status, so a condition after the step can branch on it. Does nothing when no step waits
 * for that effect any more (a repeated notification).
 */
export function resumeAfterChild(work: Work, command: ChildEnded): void {
  const token = work.tokens.find((t) => t.wait === 'effect' && t.effectId === command.effectId);
  const node = token ? work.graph.nodes.get(token.nodeId) : undefined;
  if (!token || node?.kind !== 'subflow') return;
  work.tokens = work.tokens.filter((t) => t.id !== token.id);
  const outcome = typeof command.outcome === 'string' && command.outcome !== '' ? command.outcome : undefined;
  work.state.subflows = {
    ...(work.state.subflows ?? {}),
    [node.id]: { instanceId: command.childInstanceId, status: command.status, ...(outcome ? { outcome } : {}) },
  };
  emit(work, { type: 'childEnded', nodeId: node.id, linkedInstanceId: command.childInstanceId, action: command.status, outcome });
  if (command.status === 'completed') {
    const patch: Record<string, unknown> = {};
    for (const [field, path] of Object.entries(node.resultMapping ?? {})) {
      const value = readJsonPath(command.data ?? {}, path);
      if (value !== undefined) patch[field] = value;
    }
    patchRecord(work, patch);
  }
  followNext(work, token);
}

/**
 * Cancels the instance because the parent waiting for it ended: every task closes, the timeline
 * names the parent and the reason, and whoever could still act is told why.
 */
export function cancelForParent(work: Work, command: ParentEnded): void {
  const affected = work.tasks.flatMap(pendingUsers);
  finish(work, 'cancelled');
  emit(work, { type: 'cancelled', action: 'parentEnded', linkedInstanceId: command.parentInstanceId, reason: command.reason });
  notify(work, affected, 'finished', command.reason);
}

/**
 * Asks the server to cancel every child this instance was still waiting for when it ended
 * (cancelled, withdrawn, rejected, failed or completed on another branch): one `cancelFlow`
 * effect per abandoned sub-flow step, with a reason naming this flow. Children started without
 * waiting are independent work and left alone.
 */
export function cancelWaitedChildren(work: Work): void {
  if (work.abandoned.length === 0) return;
  const status = work.state.status;
  const code = status === 'cancelled' ? 'FLOW_PARENT_CANCELLED' : status === 'withdrawn' ? 'FLOW_PARENT_WITHDRAWN' : 'FLOW_PARENT_ENDED';
  const name = work.flow.name;
  const reason = { zh: formatMessage(code, { flow: name.zh }).zh, en: formatMessage(code, { flow: name.en || name.zh }).en };
  for (const token of work.abandoned) {
    if (token.effectId) effect(work, { kind: 'cancelFlow', effectId: token.effectId, nodeId: token.nodeId, reason });
  }
}
