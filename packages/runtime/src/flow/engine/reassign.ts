import type { FlowCommand } from '../instance-types.js';
import { fieldError, personName, requireActor, requireSupervisor, requireTask, requireUser } from './guards.js';
import { updateTask } from './tasks.js';
import { pendingUsers, swapPeople, taskParticipants } from './task-logic.js';
import { emit, nodeMessage, notify, type Work } from './work.js';

type Reassign = Extract<FlowCommand, { type: 'reassign' }>;

/**
 * 改派: a supervisor of the flow replaces one pending person (`from`) on an open step by `to`.
 * Only `from` moves — as an assignee and as an add-signer — so a shared (会签/或签) step keeps its
 * other people, and who already acted stays recorded. An administrative action: allowed whatever
 * the node's own `transfer` permission. Emits `taskReassigned`, tells `to` of the new task and `from` that it left them.
 */
export function reassign(work: Work, command: Reassign): void {
  const actor = requireActor(work, command);
  const { task, node } = requireTask(work, command.taskId);
  requireSupervisor(work, actor, command);
  const { from, to } = command;
  requireUser(from, 'from');
  if (!pendingUsers(task).includes(from)) fieldError('FLOW_REASSIGN_NOT_PENDING', 'from', { user: personName(work, from) });
  requireUser(to, 'to');
  if (taskParticipants(task).includes(to)) fieldError('FLOW_ALREADY_ON_TASK', 'to', { user: personName(work, to) });
  const comment = typeof command.comment === 'string' && command.comment.trim() !== '' ? command.comment.trim() : undefined;

  updateTask(work, swapPeople(task, [from], to));
  emit(work, { type: 'taskReassigned', taskId: task.id, nodeId: node.id, by: actor.userId, from, to, ...(comment ? { comment } : {}), ...(command.reason ? { reason: command.reason } : {}) });
  notify(work, [to], 'assigned', nodeMessage('FLOW_NOTIFY_ASSIGNED', node), task.id);
  // The person replaced learns that the step left their 我的待办 (not when they moved it themselves).
  if (from !== actor.userId) notify(work, [from], 'reassigned', nodeMessage('FLOW_NOTIFY_REASSIGNED_AWAY', node), task.id);
}
