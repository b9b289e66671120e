import { addDuration, addWorkingMs, workingMsBetween } from '../../calendar/business-calendar.js';
import type { Duration } from '../../calendar/types.js';
import type { EpochMs } from '../../common/time.js';
import type { TaskState, TimerState, Token } from '../instance-types.js';
import type { TaskNode } from '../types.js';
import { resolveAssignees } from './assignees.js';
import { pendingUsers } from './task-logic.js';
import { effect, emit, nodeMessage, notify, type Work } from './work.js';

const isWorkingUnit = (d: Duration) => d.unit === 'workingDays' || d.unit === 'workingHours';

/** Adds a timer to the work (kept in insertion order; ties fire in that order). */
export function addTimer(work: Work, timer: Omit<TimerState, 'id'>): void {
  work.timers.push({ id: work.ctx.ids.next('tm'), ...timer });
}

/**
 * Opens a task for `token` at `node`: resolves assignees, computes `dueAt` with the business
 * calendar, schedules its SLA timers (`addSlaTimers`) and notifies the pending users.
 */
export function openTask(work: Work, node: TaskNode, token: Token): void {
  const { now, calendar } = work.ctx;
  const assignees = resolveAssignees(work, node.assignees);
  const id = work.ctx.ids.next('task');
  const sla = node.sla;
  const dueAt = sla ? addDuration(calendar, now, sla.duration) : undefined;
  const task: TaskState = {
    id, nodeId: node.id, tokenId: token.id, taskType: node.taskType, mode: node.mode,
    assignees, acted: [], extra: [], createdAt: now, level: 0, breached: false,
    ...(dueAt !== undefined ? { dueAt } : {}),
  };
  work.tasks.push(task);
  work.tokens.push({ ...token, wait: 'task', trail: [...token.trail, node.id] });
  emit(work, { type: 'taskCreated', nodeId: node.id, taskId: id, users: assignees });
  if (dueAt !== undefined) addSlaTimers(work, node, task, dueAt);
  if (assignees.length === 0) {
    effect(work, { kind: 'alert', level: 'critical', message: nodeMessage('FLOW_ALERT_NO_ASSIGNEE', node), nodeId: node.id });
  }
  notify(work, pendingUsers(task), 'assigned', nodeMessage('FLOW_NOTIFY_ASSIGNED', node), id);
}

/**
 * Schedules a task's SLA timers for `dueAt`: the reminders (at fractions of the time from the
 * task's creation to `dueAt`; only those after `remindAfter` when given), the breach, and the
 * escalation steps from index `task.level` on (steps already taken are not repeated).
 */
export function addSlaTimers(work: Work, node: TaskNode, task: TaskState, dueAt: EpochMs, remindAfter?: EpochMs): void {
  const sla = node.sla;
  if (!sla) return;
  const { calendar } = work.ctx;
  const from = task.createdAt;
  const working = isWorkingUnit(sla.duration) ? workingMsBetween(calendar, from, dueAt) : 0;
  (sla.reminders ?? []).forEach((fraction, index) => {
    const at = isWorkingUnit(sla.duration)
      ? addWorkingMs(calendar, from, Math.round(working * fraction))
      : from + Math.round((dueAt - from) * fraction);
    if (remindAfter === undefined || at > remindAfter) addTimer(work, { at, kind: 'reminder', taskId: task.id, index });
  });
  addTimer(work, { at: dueAt, kind: 'breach', taskId: task.id });
  (sla.escalation ?? []).forEach((step, index) => {
    if (index >= task.level) addTimer(work, { at: addDuration(calendar, dueAt, step.after), kind: 'escalation', taskId: task.id, index });
  });
}

/** Removes a task and its timers; returns the task's token (removed from the resting tokens). */
export function closeTask(work: Work, task: TaskState): Token {
  work.tasks = work.tasks.filter((t) => t.id !== task.id);
  work.timers = work.timers.filter((t) => t.taskId !== task.id);
  const token = work.tokens.find((t) => t.id === task.tokenId);
  if (!token) throw new Error(`task ${task.id} has no live token ${task.tokenId}`);
  work.tokens = work.tokens.filter((t) => t.id !== token.id);
  const { wait: _wait, ...rest } = token;
  return rest;
}

/** Replaces a task in the work by id. */
export function updateTask(work: Work, task: TaskState): void {
  work.tasks = work.tasks.map((t) => (t.id === task.id ? task : t));
}
