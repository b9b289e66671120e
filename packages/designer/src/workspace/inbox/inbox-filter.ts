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

/** Returns the tasks matching the flow and SLA filters at `now`. Pure. */
export function filterTasks(items: readonly TaskSummary[], flowKey: string | undefined, state: InboxState, now: number): TaskSummary[] {
  return items.filter((task) => {
    if (flowKey && task.flowKey !== flowKey) return false;
    if (state === 'overdue') return slaState(task, now).level === SlaLevel.breached;
    if (state === 'dueSoon') return slaState(task, now).level === SlaLevel.warning;
    return true;
  });
}
