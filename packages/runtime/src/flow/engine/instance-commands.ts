import { addDuration } from '../../calendar/business-calendar.js';
import { formatMessage } from '../../i18n/catalogue.js';
import { SiteflowError } from '../../errors/siteflow-error.js';
import type { DecideContext, FlowCommand, InstanceState, ParentLink } from '../instance-types.js';
import type { FlowDefinition } from '../types.js';
import { actionNotAllowed, isSupervisor, personName, requireActor, requireTask, taskName } from './guards.js';
import { checkParentLink } from './subflows.js';
import { addTimer } from './tasks.js';
import { pendingUsers, taskParticipants } from './task-logic.js';
import { beginWork, emit, finish, nodeMessage, notify, type Work } from './work.js';

/**
 * Returns a Work holding a fresh instance started by the actor, with its deadline timers and a
 * token at the start node; `parent` (checked) links it to the flow that started it.
 */
export function startInstance(flow: FlowDefinition, ctx: DecideContext, parent?: ParentLink): Work {
  const initiator = ctx.actor?.userId;
  if (!initiator) throw new SiteflowError('FLOW_NO_ACTOR', { command: 'start' });
  const link = parent === undefined ? undefined : checkParentLink(parent);
  const empty: InstanceState = {
    flowKey: flow.key, flowVersion: flow.version ?? 0, status: 'running', initiator, startedAt: ctx.now,
    tokens: [], tasks: [], timers: [], touched: false, cc: [], history: [], ...(link ? { parent: link } : {}),
  };
  const work = beginWork(flow, empty, ctx);
  emit(work, { type: 'started', by: initiator, ...(link ? { linkedInstanceId: link.instanceId } : {}) });
  if (flow.deadline) {
    const deadlineAt = addDuration(ctx.calendar, ctx.now, flow.deadline.duration);
    work.state.deadlineAt = deadlineAt;
    addTimer(work, { at: deadlineAt, kind: 'deadline' });
    flow.deadline.escalation.forEach((step, index) => {
      addTimer(work, { at: addDuration(ctx.calendar, deadlineAt, step.after), kind: 'deadlineEscalation', index });
    });
  }
  const start = work.graph.start;
  if (!start) throw new SiteflowError('FLOW_INVALID_DEFINITION', { count: 1 });
  work.queue.push({ id: ctx.ids.next('tok'), nodeId: start.id, forks: [], trail: [] });
  return work;
}

type InstanceCommand = Extract<FlowCommand, { type: 'cc' | 'comment' | 'withdraw' | 'urge' | 'cancel' }>;

/** Applies an instance-level command: cc, comment, withdraw, urge or cancel. */
export function actOnInstance(work: Work, command: InstanceCommand): void {
  const actor = requireActor(work, command);
  const isInitiator = actor.userId === work.state.initiator;
  const mayManage = isInitiator || isSupervisor(work, actor);
  switch (command.type) {
    case 'cc': {
      const users = [...new Set(command.users)].filter((u) => typeof u === 'string' && u !== '');
      if (users.length === 0) throw new SiteflowError('FLOW_USER_REQUIRED', { field: 'users' });
      if (command.taskId) {
        const { task, node } = requireTask(work, command.taskId);
        if (!node.actions.includes('cc') && !mayManage) throw actionNotAllowed(node, 'cc');
        if (!taskParticipants(task).includes(actor.userId) && !mayManage) throw new SiteflowError('FLOW_NOT_ASSIGNEE', { user: personName(work, actor.userId), task: taskName(work, task) });
      } else if (!mayManage) {
        throw new SiteflowError('FLOW_NOT_INITIATOR', { command: 'cc' });
      }
      for (const u of users) if (!work.cc.includes(u)) work.cc.push(u);
      emit(work, { type: 'cc', by: actor.userId, users, taskId: command.taskId, comment: command.comment });
      const name = work.flow.name;
      notify(work, users, 'cc', {
        zh: formatMessage('FLOW_NOTIFY_CC', { flow: name.zh }).zh, en: formatMessage('FLOW_NOTIFY_CC', { flow: name.en || name.zh }).en,
      });
      return;
    }
    case 'comment': {
      const text = typeof command.text === 'string' ? command.text.trim() : '';
      if (text === '') throw new SiteflowError('FLOW_EMPTY_COMMENT');
      if (command.taskId) requireTask(work, command.taskId);
      emit(work, { type: 'comment', by: actor.userId, taskId: command.taskId, comment: text.slice(0, 2000) });
      return;
    }
    case 'withdraw': {
      if (!isInitiator) throw new SiteflowError('FLOW_NOT_INITIATOR', { command: 'withdraw' });
      if (work.state.touched) throw new SiteflowError('FLOW_WITHDRAW_NOT_ALLOWED');
      finish(work, 'withdrawn');
      emit(work, { type: 'withdrawn', by: actor.userId, comment: command.reason });
      return;
    }
    case 'urge': {
      if (!mayManage) throw new SiteflowError('FLOW_NOT_INITIATOR', { command: 'urge' });
      const tasks = command.taskId ? [requireTask(work, command.taskId).task] : work.tasks;
      for (const task of tasks) {
        emit(work, { type: 'urged', by: actor.userId, taskId: task.id, nodeId: task.nodeId, comment: command.comment });
        notify(work, pendingUsers(task), 'urged', nodeMessage('FLOW_NOTIFY_URGED', work.graph.nodes.get(task.nodeId)), task.id);
      }
      return;
    }
    case 'cancel': {
      if (!mayManage) throw new SiteflowError('FLOW_NOT_INITIATOR', { command: 'cancel' });
      const affected = work.tasks.flatMap(pendingUsers);
      finish(work, 'cancelled');
      emit(work, { type: 'cancelled', by: actor.userId, comment: command.reason });
      notify(work, affected.filter((u) => u !== actor.userId), 'finished', formatMessage('FLOW_NOTIFY_CANCELLED'));
      return;
    }
    default: {
      const never: never = command;
      throw new Error(`unhandled command ${JSON.stringify(never)}`);
    }
  }
}
