import type { WorkspaceMessageKey } from '../messages.js';

/** Statuses of a record (server: services/record-status.ts): open while a flow runs, then how the case ended. */
export const RECORD_STATUSES = ['open', 'closed', 'rejected', 'cancelled', 'withdrawn', 'failed'] as const;

const COLORS: Record<string, string> = { open: 'processing', closed: 'success', rejected: 'error', cancelled: 'default', withdrawn: 'warning', failed: 'error' };

/** Returns the catalogue key of a record status (进行中, 已完结…); null for a status this client does not know. Pure. */
export function recordStatusKey(status: string): WorkspaceMessageKey | null {
  return (RECORD_STATUSES as readonly string[]).includes(status) ? `ws.recordStatus.${status}` as WorkspaceMessageKey : null;
}

/** Returns the antd Tag colour of a record status. Pure. */
export function recordStatusColor(status: string): string {
  return COLORS[status] ?? 'default';
}
