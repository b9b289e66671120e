// Public API of the workspace: the route object to mount under /p/:projectId, the header bell,
// and the catalogue.
export { workspaceRoutes } from './routes.js';
export { NotificationBell } from './notifications/NotificationBell.js';
export { workspaceMessages, type WorkspaceMessageKey } from './messages.js';
export { slaState, SlaLevel, WARNING_FRACTION, compareByDue, type SlaState } from './shared/sla.js';
