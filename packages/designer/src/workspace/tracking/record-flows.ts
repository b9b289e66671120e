import type { WorkspaceMessageKey } from '../messages.js';

const KEYS: Readonly<Record<string, WorkspaceMessageKey>> = {
  running: 'ws.status.running', completed: 'ws.status.completed', rejected: 'ws.status.rejected',
  cancelled: 'ws.status.cancelled', withdrawn: 'ws.status.withdrawn', failed: 'ws.status.failed',
};

/** Returns the catalogue key of a flow instance's status (an unknown one reads as running). Pure. */
export function flowStatusKey(status: string): WorkspaceMessageKey {
  return KEYS[status] ?? 'ws.status.running';
}

/** Returns the tag colour of a flow instance's status: blue while it runs, green when finished, red when it went wrong. Pure. */
export function flowStatusColor(status: string): string {
  if (status === 'completed') return 'green';
  if (status === 'rejected' || status === 'failed') return 'red';
  if (status === 'cancelled' || status === 'withdrawn') return 'default';
  return 'blue';
}
