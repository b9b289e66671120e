import { isEmptyValue } from '../../expr/index.js';
import { issue, SiteflowError, type Issue } from '../../errors/siteflow-error.js';
import type { FlowCommand, TaskState } from '../instance-types.js';
import type { TaskNode } from '../types.js';
import { follow, followNext } from './advance.js';
import { actionNotAllowed, personName, requireActor, requireAllowed, requirePending, requireTask, requireUser } from './guards.js';
import { closeTask, updateTask } from './tasks.js';
import { isTaskDone, pendingUsers, swapPeople, taskParticipants } from './task-logic.js';
import { patchRecord } from './values.js';
import { emit, finish, nodeMessage, notify, type Work } from './work.js';

type TaskCommand = Extract<FlowCommand, { taskId: string }> & { type: 'submit' | 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner' };

/** Applies a person's action on a task (submit, approve, reject, return, transfer, add-signer). */
export function actOnTask(work: Work, command: TaskCommand): void {
  const actor = requireActor(work, command);
  const { task, node } = requireTask(work, command.taskId);
  requireAllowed(node, command.type);
  const comment = 'comment' in command ? command.comment : undefined;
  if (actor.userId !== work.state.initiator) work.state.touched = true;
  switch (command.type) {
    case 'submit':
    case 'approve': {
      requirePending(work, task, actor);
      if ((command.type === 'submit') !== (node.taskType === 'fill')) {
        throw actionNotAllowed(node, command.type);
      }
      applyData(work, node, command.data ?? {});
      const acted: TaskState = { ...task, acted: [...task.acted, actor.userId] };
      emit(work, { type: 'taskActed', taskId: task.id, nodeId: node.id, by: actor.userId, action: command.type, comment });
      if (isTaskDone(acted)) {
        const token = closeTask(work, acted);
        emit(work, { type: 'taskCompleted', taskId: task.id, nodeId: node.id });
        followNext(work, token);
      } else {
        updateTask(work, acted);
        const before = new Set(pendingUsers(task));
        notify(work, pendingUsers(acted).filter((u) => !before.has(u)), 'assigned', nodeMessage('FLOW_NOTIFY_ASSIGNED', node), task.id);
      }
      return;
    }
    case 'reject': {
      requirePending(work, task, actor);
      const token = closeTask(work, task);
      emit(work, { type: 'taskRejected', taskId: task.id, nodeId: node.id, by: actor.userId, comment });
      const edge = (work.graph.outgoing.get(node.id) ?? []).find((e) => e.on === 'rejected');
      if (edge) {
        follow(work, token, edge);
      } else {
        finish(work, 'rejected', 'rejected');
        emit(work, { type: 'rejected', nodeId: node.id, by: actor.userId });
        notify(work, [work.state.initiator], 'finished', nodeMessage('FLOW_NOTIFY_FINISHED', node, { outcome: node.name.zh }));
      }
      return;
    }
    case 'return': {
      requirePending(work, task, actor);
      const token = work.tokens.find((t) => t.id === task.tokenId);
      const trail = (token?.trail ?? []).slice(0, -1);
      const floor = token?.floor ?? 0;
      const previous = trail.length > floor ? trail[trail.length - 1] : undefined;
      const target = command.target ?? previous;
      const found = target === undefined ? -1 : trail.lastIndexOf(target);
      const index = found >= floor ? found : -1;
      const allowedHere = node.returnTo === 'any' ? index >= 0 : index >= 0 && target === previous;
      if (!allowedHere || target === undefined) {
        const code = node.returnTo !== 'any' && found >= floor ? 'FLOW_RETURN_PREVIOUS_ONLY' : 'FLOW_RETURN_TARGET_INVALID';
        throw new SiteflowError(code, { target: target ?? '-' });
      }
      const closed = closeTask(work, task);
      emit(work, { type: 'taskReturned', taskId: task.id, nodeId: target, by: actor.userId, comment });
      work.queue.push({ ...closed, nodeId: target, trail: trail.slice(0, index) });
      return;
    }
    case 'transfer': {
      const asAssignee = requirePending(work, task, actor, true);
      requireUser(command.to, 'to');
      if (taskParticipants(task).includes(command.to)) {
        throw new SiteflowError('FLOW_ALREADY_ON_TASK', { user: personName(work, command.to) });
      }
      const from = asAssignee ? [actor.userId] : pendingUsers(task);
      const next: TaskState = task.assignees.length === 0 ? { ...task, assignees: [command.to] } : swapPeople(task, from, command.to);
      updateTask(work, next);
      emit(work, { type: 'taskTransferred', taskId: task.id, nodeId: node.id, by: actor.userId, users: [command.to], comment, ...(command.reason ? { reason: command.reason } : {}) });
      notify(work, [command.to], 'assigned', nodeMessage('FLOW_NOTIFY_ASSIGNED', node), task.id);
      return;
    }
    case 'addSigner': {
      requirePending(work, task, actor);
      const existing = new Set(taskParticipants(task));
      const users = [...new Set(command.users)].filter((u) => !existing.has(u));
      users.forEach((u) => requireUser(u, 'users'));
      if (users.length === 0) throw new SiteflowError('FLOW_NO_NEW_SIGNER');
      const next: TaskState = { ...task, extra: [...task.extra, ...users.map((userId) => ({ userId, position: command.position, of: actor.userId }))] };
      updateTask(work, next);
      emit(work, { type: 'signerAdded', taskId: task.id, nodeId: node.id, by: actor.userId, users, action: command.position, comment });
      const before = new Set(pendingUsers(task));
      notify(work, pendingUsers(next).filter((u) => !before.has(u)), 'assigned', nodeMessage('FLOW_NOTIFY_ASSIGNED', node), task.id);
      return;
    }
    default: {
      const never: never = command;
      throw new Error(`unhandled task command ${JSON.stringify(never)}`);
    }
  }
}

/** Checks the node's field permissions against submitted data, then patches the record. */
function applyData(work: Work, node: TaskNode, data: Readonly<Record<string, unknown>>): void {
  const access = node.fields ?? {};
  const issues: Issue[] = [];
  for (const field of Object.keys(data)) {
    const a = access[field];
    if (a !== 'edit' && a !== 'required') issues.push(issue('FLOW_FIELD_NOT_EDITABLE', { field, node: node.name.zh }, { path: field, nodeId: node.id }));
  }
  const merged = { ...work.record, ...data };
  for (const [field, a] of Object.entries(access)) {
    if (a === 'required' && isEmptyValue(merged[field])) issues.push(issue('FLOW_FIELD_REQUIRED', { field, node: node.name.zh }, { path: field, nodeId: node.id }));
  }
  const first = issues[0];
  if (first) throw new SiteflowError(first.code, { field: first.path, node: node.name.zh }, issues);
  patchRecord(work, { ...data });
}
