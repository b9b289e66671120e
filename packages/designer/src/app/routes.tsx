import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { PageLoading } from '../components/index.js';
import { AppShell } from './AppShell.js';
import { HomePage } from './HomePage.js';
import { LoginPage } from './LoginPage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { PlaceholderPage } from './PlaceholderPage.js';
import { ProjectGate } from './ProjectGate.js';
import { RequireSession } from './RequireSession.js';
import { SessionExpiryWatcher } from './SessionExpiryWatcher.js';
import { StudioHome } from './StudioHome.js';
import { StudioLayout } from './StudioLayout.js';
import { workspaceRoutes } from '../workspace/index.js';

// Designers are large (dnd-kit, xyflow, elk): load them on demand so login and inbox stay light.
const FormListPage = lazy(() => import('../studio/forms/index.js').then((m) => ({ default: m.FormListPage })));
const FormDesignerPage = lazy(() => import('../studio/forms/index.js').then((m) => ({ default: m.FormDesignerPage })));
const FlowListPage = lazy(() => import('../studio/flow/index.js').then((m) => ({ default: m.FlowListPage })));
const FlowDesignerPage = lazy(() => import('../studio/flow/index.js').then((m) => ({ default: m.FlowDesignerPage })));
const RulesPage = lazy(() => import('../studio/rules/index.js').then((m) => ({ default: m.RulesPage })));
// Reports pull in echarts and admin pages are rare: both load on demand too.
const ReportsPage = lazy(() => import('../reports/index.js').then((m) => ({ default: m.ReportsPage })));
const DocumentTemplatesPage = lazy(() => import('../reports/index.js').then((m) => ({ default: m.DocumentTemplatesPage })));
const ProjectSettingsPage = lazy(() => import('../settings/index.js').then((m) => ({ default: m.ProjectSettingsPage })));
const TemplatePublishPage = lazy(() => import('../admin/templates/index.js').then((m) => ({ default: m.TemplatePublishPage })));

function page(Component: LazyExoticComponent<ComponentType>) {
  return <Suspense fallback={<PageLoading />}><Component /></Suspense>;
}

function Root() {
  return <><SessionExpiryWatcher /><Outlet /></>;
}

/** Returns the app's router: every page lives under /p/:projectId/... so a reload lands on the same page. */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          element: <RequireSession />,
          children: [
            { path: '/', element: <HomePage /> },
            {
              path: '/p/:projectId',
              element: <ProjectGate />,
              children: [{
                element: <AppShell />,
                children: [
                  { index: true, element: <Navigate to="workspace" replace /> },
                  // The workspace (issue 6) is the default area: loaded with the shell, not lazily.
                  workspaceRoutes,
                  {
                    path: 'studio',
                    element: <StudioLayout />,
                    children: [
                      { index: true, element: <StudioHome /> },
                      { path: 'forms', element: page(FormListPage) },
                      { path: 'forms/:formKey', element: page(FormDesignerPage) },
                      { path: 'flows', element: page(FlowListPage) },
                      { path: 'flows/:flowKey', element: page(FlowDesignerPage) },
                      { path: 'rules', element: page(RulesPage) },
                      { path: 'documents', element: page(DocumentTemplatesPage) },
                      { path: '*', element: <NotFoundPage /> },
                    ],
                  },
                  { path: 'reports', element: page(ReportsPage) },
                  { path: 'settings', element: page(ProjectSettingsPage) },
                  { path: 'admin', children: [
                    { index: true, element: <Navigate to="templates" replace /> },
                    { path: 'templates', element: page(TemplatePublishPage) },
                    { path: '*', element: <PlaceholderPage title="admin.title" /> },
                  ] },
                  { path: '*', element: <NotFoundPage /> },
                ],
              }],
            },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
