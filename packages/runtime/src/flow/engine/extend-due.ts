import { localDateTimeText } from '../../calendar/business-calendar.js';
import { SiteflowError } from '../../errors/siteflow-error.js';
import type { FlowCommand } from '../instance-types.js';
import { extensionBase, extensionProblem, MAX_EXTENSION_MS, MAX_EXTENSION_REASON } from '../extension-rules.js';
import { fieldError, requireActor, requireSupervisor, requireTask } from './guards.js';
import { addSlaTimers, updateTask } from './tasks.js';
import { pendingUsers } from './task-logic.js';
import { emit, nodeMessage, notify, type Work } from './work.js';

type ExtendDue = Extract<FlowCommand, { type: 'extendDue' }>;

/**
 * 延期: a supervisor gives one open step more time. The task's due time becomes `until` (later
 * than both its current due time and now, at most 30 days ahead), `breached` is cleared and its
 * SLA timers are scheduled again from the new due time: reminders still ahead, the breach, and
 * the escalation steps not taken yet (a level already reached, e.g. a reassignment, stays). The
 * case's own deadline does not move. Emits `dueExtended` and tells the step's pending people.
 */
export function extendDue(work: Work, command: ExtendDue): void {
  const actor = requireActor(work, command);
  const { task, node } = requireTask(work, command.taskId);
  requireSupervisor(work, actor, command);
  const from = task.dueAt;
  if (from === undefined) throw new SiteflowError('FLOW_EXTEND_NO_DUE', { node: node.name.zh, nodeEn: node.name.en || node.name.zh });
  const { now, calendar } = work.ctx;
  const until = command.until;
  if (typeof until !== 'number' || !Number.isSafeInteger(until)) fieldError('FLOW_BAD_COMMAND', 'until', { detail: 'until: epoch ms' });
  const problem = extensionProblem(until, from, now);
  if (problem === 'tooEarly') fieldError('FLOW_EXTEND_NOT_LATER', 'until', { after: localDateTimeText(calendar, extensionBase(from, now)) });
  if (problem === 'tooLate') fieldError('FLOW_EXTEND_TOO_FAR', 'until', { latest: localDateTimeText(calendar, now + MAX_EXTENSION_MS) });
  const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
  if (reason === '' || reason.length > MAX_EXTENSION_REASON) fieldError('FLOW_EXTEND_REASON', 'reason', { max: MAX_EXTENSION_REASON });

  const extended = { ...task, dueAt: until, breached: false };
  updateTask(work, extended);
  const replaced = new Set(['reminder', 'breach', 'escalation']);
  work.timers = work.timers.filter((t) => t.taskId !== task.id || !replaced.has(t.kind));
  addSlaTimers(work, node, extended, until, now);
  emit(work, { type: 'dueExtended', by: actor.userId, taskId: task.id, nodeId: node.id, from, to: until, comment: reason });
  const others = pendingUsers(extended).filter((u) => u !== actor.userId);
  notify(work, others, 'extended', nodeMessage('FLOW_NOTIFY_DUE_EXTENDED', node, { until: localDateTimeText(calendar, until) }), task.id);
}
