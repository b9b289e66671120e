import type { TaskState } from '../instance-types.js';

/**
 * Returns who can act on a task now, in order: 或签 every assignee until one acted, 会签 every
 * assignee who has not, 依次 the first who has not; a 前加签 signer stands in for the person
 * they were added before until they act; a 后加签 signer becomes pending once that person acted. Pure.
 */
export function pendingUsers(task: TaskState): string[] {
  const acted = new Set(task.acted);
  const out: string[] = [];
  const visiting = new Set<string>();
  const resolve = (user: string): void => {
    // Signers never form a cycle (transfer and addSigner refuse people already on the task); the guard keeps it so.
    if (visiting.has(user)) return;
    visiting.add(user);
    const before = task.extra.filter((x) => x.position === 'before' && x.of === user && !acted.has(x.userId));
    if (before.length > 0) before.forEach((x) => resolve(x.userId));
    else if (!out.includes(user)) out.push(user);
    visiting.delete(user);
  };
  let candidates: readonly string[];
  switch (task.mode) {
    case 'any': candidates = task.assignees.some((u) => acted.has(u)) ? [] : task.assignees; break;
    case 'all': candidates = task.assignees.filter((u) => !acted.has(u)); break;
    case 'sequential': { const next = task.assignees.find((u) => !acted.has(u)); candidates = next ? [next] : []; break; }
    default: { const never: never = task.mode; throw new Error(`unhandled mode ${String(never)}`); }
  }
  candidates.forEach(resolve);
  for (const x of task.extra) {
    if (x.position === 'after' && acted.has(x.of) && !acted.has(x.userId)) resolve(x.userId);
  }
  return out;
}

/** Returns whether a task has every approval it needs (its mode is satisfied and no signer is pending). Pure. */
export function isTaskDone(task: TaskState): boolean {
  const acted = new Set(task.acted);
  const base = task.mode === 'any'
    ? task.assignees.some((u) => acted.has(u))
    : task.assignees.length > 0 && task.assignees.every((u) => acted.has(u));
  return base && pendingUsers(task).length === 0;
}

/** Returns every user attached to a task (assignees and extra signers). Pure. */
export function taskParticipants(task: TaskState): string[] {
  return [...new Set([...task.assignees, ...task.extra.map((x) => x.userId)])];
}

/**
 * Returns the task with every person in `from` replaced by `to`, as an assignee and as an
 * add-signer (`extra`, both the signer and whom they were added to); who already acted stays
 * recorded. Pure.
 */
export function swapPeople(task: TaskState, from: readonly string[], to: string): TaskState {
  const swap = (u: string) => (from.includes(u) ? to : u);
  return {
    ...task,
    assignees: [...new Set(task.assignees.map(swap))],
    extra: task.extra.map((x) => ({ ...x, userId: swap(x.userId), of: swap(x.of) })),
  };
}
