import type { EpochMs } from '../common/time.js';
import type { InstanceState, OpenTask } from './instance-types.js';
import { pendingUsers } from './engine/task-logic.js';

/**
 * Returns the earliest time at which a `tick` has something to fire (reminder, breach,
 * escalation, wait, deadline), or null when nothing is scheduled. The server stores it in an
 * indexed column and sends `tick` then. Pure.
 */
export function nextWakeAt(state: InstanceState): EpochMs | null {
  let next: EpochMs | null = null;
  for (const t of state.timers) if (next === null || t.at < next) next = t.at;
  return next;
}

/** Returns the open tasks with who can act now and their due times, for the server's task index. Pure. */
export function openTasks(state: InstanceState): OpenTask[] {
  return state.tasks.map((t) => ({
    id: t.id, nodeId: t.nodeId, taskType: t.taskType, mode: t.mode, pending: pendingUsers(t), assignees: t.assignees,
    createdAt: t.createdAt, level: t.level, breached: t.breached, ...(t.dueAt !== undefined ? { dueAt: t.dueAt } : {}),
  }));
}
