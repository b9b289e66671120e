import { SiteflowError } from '../errors/siteflow-error.js';
import { instanceStatusLabels } from '../i18n/messages/flow.js';
import type { DecideContext, Decision, FlowCommand, InstanceState } from './instance-types.js';
import type { FlowDefinition } from './types.js';
import { validateFlow } from './validate-flow.js';
import { resumeEffect } from './engine/actions.js';
import { drain } from './engine/advance.js';
import { extendDue } from './engine/extend-due.js';
import { actOnInstance, startInstance } from './engine/instance-commands.js';
import { reassign } from './engine/reassign.js';
import { actOnTask } from './engine/task-commands.js';
import { cancelForParent, cancelWaitedChildren, checkChildEnded, checkParentEnded, resumeAfterChild } from './engine/subflows.js';
import { fireDueTimers } from './engine/timers.js';
import { beginWork, endWork, type Work } from './engine/work.js';

const checked = new WeakMap<FlowDefinition, number>();

function assertRunnable(flow: FlowDefinition, ctx: DecideContext): void {
  if (checked.has(flow)) {
    const count = checked.get(flow) ?? 0;
    if (count > 0) throw new SiteflowError('FLOW_INVALID_DEFINITION', { count });
    return;
  }
  const issues = validateFlow(flow, { calendar: ctx.calendar });
  checked.set(flow, issues.length);
  if (issues.length > 0) throw new SiteflowError('FLOW_INVALID_DEFINITION', { count: issues.length }, issues);
}

/**
 * Returns the next state of a flow instance, the timeline events and the effects (notify,
 * recordPatch, generateDocuments, http, startFlow, cancelFlow, alert) for the server to carry
 * out. Pure and deterministic: time, ids, the record, the actor and the directory all come from `ctx`, so
 * replaying a command log gives identical results. `state` is null only for `start`. A
 * `childEnded` for a finished instance, or repeated, is a no-op (no events, no effects), and so
 * is a `parentEnded` for a finished one. An instance that ends while sub-flow steps wait for
 * their children emits a `cancelFlow` effect per child.
 * Illegal commands throw SiteflowError with a `state` kind (FLOW_TASK_CLOSED,
 * FLOW_NOT_ASSIGNEE, FLOW_INSTANCE_CLOSED …; HTTP 409) or `user` kind for bad input (400).
 */
export function decide(flow: FlowDefinition, state: InstanceState | null, command: FlowCommand, ctx: DecideContext): Decision {
  assertRunnable(flow, ctx);
  let work: Work;
  if (state === null) {
    if (command.type !== 'start') throw new SiteflowError('FLOW_NOT_STARTED');
    work = startInstance(flow, ctx, command.parent);
  } else {
    if (command.type === 'start') throw new SiteflowError('FLOW_ALREADY_STARTED');
    if (command.type === 'childEnded') checkChildEnded(command);
    if (command.type === 'parentEnded') checkParentEnded(command, state);
    if (state.flowVersion !== (flow.version ?? 0)) {
      throw new SiteflowError('FLOW_VERSION_MISMATCH', { state: state.flowVersion, flow: flow.version ?? 0 });
    }
    if (state.status !== 'running') {
      // A late tick on a finished case is a no-op, not an error: the scheduler may race a close.
      // So is a child's end reaching a parent that was cancelled (or ended) meanwhile, or a
      // parent's end reaching a child that ended on its own.
      if (command.type === 'tick' || command.type === 'childEnded' || command.type === 'parentEnded') return { state, events: [], effects: [] };
      const label = instanceStatusLabels[state.status];
      throw new SiteflowError('FLOW_INSTANCE_CLOSED', { status: label.zh, statusEn: label.en.toLowerCase(), command: command.type });
    }
    work = beginWork(flow, state, ctx);
    apply(work, command);
  }
  drain(work);
  // Timers due now (e.g. a zero-length wait, or everything a late tick finds) fire in the same step.
  if (command.type === 'tick' || command.type === 'start') {
    fireDueTimers(work);
    drain(work);
  }
  cancelWaitedChildren(work);
  return endWork(work);
}

function apply(work: Work, command: Exclude<FlowCommand, { type: 'start' }>): void {
  switch (command.type) {
    case 'submit':
    case 'approve':
    case 'reject':
    case 'return':
    case 'transfer':
    case 'addSigner':
      actOnTask(work, command);
      return;
    case 'cc':
    case 'comment':
    case 'withdraw':
    case 'urge':
    case 'cancel':
      actOnInstance(work, command);
      return;
    case 'extendDue':
      extendDue(work, command);
      return;
    case 'reassign':
      reassign(work, command);
      return;
    case 'tick':
      fireDueTimers(work);
      return;
    case 'actionResult':
      resumeEffect(work, command.effectId, command.ok, command.response, command.error);
      return;
    case 'childEnded':
      resumeAfterChild(work, command);
      return;
    case 'parentEnded':
      cancelForParent(work, command);
      return;
    default: {
      const never: never = command;
      throw new SiteflowError('FLOW_BAD_COMMAND', { detail: `type: ${JSON.stringify((never as { type?: unknown }).type)}` });
    }
  }
}
