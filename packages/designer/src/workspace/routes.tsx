import type { RouteObject } from 'react-router';
import { CommLogsPage } from './comm-logs/index.js';
import { InboxPage } from './inbox/InboxPage.js';
import { NotificationsPage } from './notifications/NotificationsPage.js';
import { RecordCreatePage } from './start/RecordCreatePage.js';
import { StartFormPage } from './start/StartFormPage.js';
import { StartPage } from './start/StartPage.js';
import { RecordPage } from './tracking/RecordPage.js';
import { TrackingPage } from './tracking/TrackingPage.js';
import { TaskPage } from './task/TaskPage.js';
import { WorkspaceLayout } from './WorkspaceLayout.js';

/**
 * Returns nothing at runtime: the workspace route object, to put in the children of the project
 * shell (`/p/:projectId` → AppShell) in place of the `workspace/*` placeholder:
 * inbox (index), tasks/:taskId, start, start/:flowKey, start/forms/:formKey (log a record), tracking, records/:recordId, comm-logs, notifications.
 */
export const workspaceRoutes: RouteObject = {
  path: 'workspace',
  element: <WorkspaceLayout />,
  children: [
    { index: true, element: <InboxPage /> },
    { path: 'tasks/:taskId', element: <TaskPage /> },
    { path: 'start', element: <StartPage /> },
    { path: 'start/:flowKey', element: <StartFormPage /> },
    { path: 'start/forms/:formKey', element: <RecordCreatePage /> },
    { path: 'tracking', element: <TrackingPage /> },
    { path: 'records/:recordId', element: <RecordPage /> },
    { path: 'comm-logs', element: <CommLogsPage /> },
    { path: 'notifications', element: <NotificationsPage /> },
  ],
};
