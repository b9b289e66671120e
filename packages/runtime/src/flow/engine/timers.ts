import type { TaskState, TimerState } from '../instance-types.js';
import type { EscalationStep, FlowNode, TaskNode } from '../types.js';
import { followNext } from './advance.js';
import { resolveAssignees } from './assignees.js';
import { updateTask } from './tasks.js';
import { pendingUsers } from './task-logic.js';
import { emit, nodeMessage, notify, type Work } from './work.js';

/**
 * Fires every timer due at `ctx.now`, earliest first (ties in scheduling order), each exactly
 * once: a timer is removed before it fires, so a late tick (after a restart or a long
 * downtime) replays every missed reminder, breach, escalation step, wait and deadline in order.
 */
export function fireDueTimers(work: Work): void {
  const now = work.ctx.now;
  while (work.state.status === 'running') {
    let next: TimerState | undefined;
    for (const t of work.timers) if (t.at <= now && (!next || t.at < next.at)) next = t;
    if (!next) return;
    const timer = next;
    work.timers = work.timers.filter((t) => t.id !== timer.id);
    fire(work, timer);
  }
}

function fire(work: Work, timer: TimerState): void {
  switch (timer.kind) {
    case 'reminder':
    case 'breach':
    case 'escalation': {
      const task = work.tasks.find((t) => t.id === timer.taskId);
      if (!task) return;
      const node = work.graph.nodes.get(task.nodeId) as TaskNode;
      if (timer.kind === 'reminder') {
        emit(work, { type: 'reminder', taskId: task.id, nodeId: task.nodeId, timerId: timer.id, scheduledAt: timer.at });
        notify(work, pendingUsers(task), 'reminder', nodeMessage('FLOW_NOTIFY_REMINDER', node), task.id);
      } else if (timer.kind === 'breach') {
        updateTask(work, { ...task, breached: true });
        emit(work, { type: 'breached', taskId: task.id, nodeId: task.nodeId, timerId: timer.id, scheduledAt: timer.at });
        notify(work, pendingUsers(task), 'breached', nodeMessage('FLOW_NOTIFY_BREACHED', node), task.id);
      } else {
        const step = node.sla?.escalation?.[timer.index ?? 0];
        if (step) escalate(work, task, node, step, (timer.index ?? 0) + 1, timer);
      }
      return;
    }
    case 'wait': {
      const token = work.tokens.find((t) => t.id === timer.tokenId);
      if (!token) return;
      work.tokens = work.tokens.filter((t) => t.id !== token.id);
      emit(work, { type: 'timerFired', nodeId: token.nodeId, timerId: timer.id, scheduledAt: timer.at });
      followNext(work, token);
      return;
    }
    case 'deadline': {
      work.state.deadlineLevel = 0;
      emit(work, { type: 'deadlineReached', timerId: timer.id, scheduledAt: timer.at, level: 0 });
      const users = [work.state.initiator, ...work.tasks.flatMap(pendingUsers)];
      notify(work, users, 'deadline', nodeMessage('FLOW_NOTIFY_DEADLINE_REACHED', undefined));
      return;
    }
    case 'deadlineEscalation': {
      const index = timer.index ?? 0;
      const step = work.flow.deadline?.escalation[index];
      if (!step) return;
      work.state.deadlineLevel = index + 1;
      const users = resolveAssignees(work, step.to);
      emit(work, { type: 'escalated', timerId: timer.id, scheduledAt: timer.at, level: index + 1, action: step.action, users });
      notify(work, users, 'deadline', nodeMessage('FLOW_NOTIFY_DEADLINE', undefined, { level: index + 1 }));
      if (step.action !== 'notify') for (const task of work.tasks) applyToTask(work, task, step, users);
      return;
    }
    default: {
      const never: never = timer.kind;
      throw new Error(`unhandled timer ${String(never)}`);
    }
  }
}

function escalate(work: Work, task: TaskState, node: FlowNode, step: EscalationStep, level: number, timer: TimerState): void {
  const users = resolveAssignees(work, step.to);
  const updated = applyToTask(work, { ...task, level }, step, users);
  emit(work, { type: 'escalated', taskId: task.id, nodeId: task.nodeId, timerId: timer.id, scheduledAt: timer.at, level, action: step.action, users });
  notify(work, step.action === 'notify' ? users : pendingUsers(updated), 'escalated', nodeMessage('FLOW_NOTIFY_ESCALATED', node, { level }), task.id);
}

/** Adds or hands the task to `users` per the step's action; returns the stored task. */
function applyToTask(work: Work, task: TaskState, step: EscalationStep, users: readonly string[]): TaskState {
  let next = task;
  if (step.action === 'addAssignees') {
    next = { ...task, assignees: [...task.assignees, ...users.filter((u) => !task.assignees.includes(u))] };
  } else if (step.action === 'reassign' && users.length > 0) {
    next = { ...task, assignees: [...users], extra: [] };
  }
  updateTask(work, next);
  return next;
}
