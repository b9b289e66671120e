// Public API of the workspace: the route object to mount under /p/:projectId, the header bell,
// and the catalogue.
export { workspaceRoutes } from './routes.js';
export { NotificationBell } from './notifications/NotificationBell.js';
export { workspaceMessages, type WorkspaceMessageKey } from './messages.js';
export { slaState, SlaLevel, WARNING_FRACTION, compareByDue, type SlaState } from './shared/sla.js';
export { filterTasks, serverStatus, type InboxState } from './inbox/inbox-filter.js';
export { migratedFrom, returnTargets } from './task/action-dialog.js';
export { applyChange } from './shared/merge-change.js';
export { formatCountdown } from './shared/format.js';
