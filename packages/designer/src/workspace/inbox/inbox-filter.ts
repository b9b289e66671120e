import { slaState, SlaLevel } from '../shared/sla.js';
import type { TaskSummary } from '../shared/api.js';

/** Inbox state filter: the server's open/closed/all plus the SLA views overdue and due soon. */
export type InboxState = 'open' | 'closed' | 'all' | 'overdue' | 'dueSoon';

/** Returns the server status to ask for a state filter. Pure. */
export function serverStatus(state: InboxState): 'open' | 'closed' | 'all' {
  switch (state) {
    case 'open': case 'overdue': case 'dueSoon': return 'open';
    case 'closed': return 'closed';
    case 'all': return 'all';
    default: { const never: never = state; return never; }
  }
}

/**
 * Returns the tasks matching the flow and SLA filters at `now` and, in the project-wide view, held by
 * `holderId` (who may act now on an open step, who was assigned a closed one). Pure.
 */
export function filterTasks<T extends TaskSummary & { readonly holders?: readonly { readonly userId: string }[] }>(
  items: readonly T[], flowKey: string | undefined, state: InboxState, now: number, holderId?: string,
): T[] {
  return items.filter((task) => {
    if (flowKey && task.flowKey !== flowKey) return false;
    if (holderId && !task.holders?.some((h) => h.userId === holderId)) return false;
    if (state === 'overdue') return slaState(task, now).level === SlaLevel.breached;
    if (state === 'dueSoon') return slaState(task, now).level === SlaLevel.warning;
    return true;
  });
}

/**
 * Returns true when `query` (trimmed, any case) occurs in what a row shows: the record's title (as the
 * viewer sees it, masked or not), the step's name in either language, or the flow's name; an empty
 * query matches every row. Pure.
 */
export function matchesSearch(task: TaskSummary, query: string, flowName: (flowKey: string) => string): boolean {
  const needle = query.trim().toLowerCase();
  if (!needle) return true;
  return [task.title, task.name.zh, task.name.en, flowName(task.flowKey)].some((text) => (text ?? '').toLowerCase().includes(needle));
}
