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
const loadForms = () => import('../studio/forms/index.js');
const loadFlow = () => import('../studio/flow/index.js');
const loadRules = () => import('../studio/rules/index.js');
// Reports pull in echarts and admin pages are rare: both load on demand too.
const loadReports = () => import('../reports/index.js');
const loadSettings = () => import('../settings/index.js');
const loadAdminTemplates = () => import('../admin/templates/index.js');

const FormListPage = lazy(() => loadForms().then((m) => ({ default: m.FormListPage })));
const FormDesignerPage = lazy(() => loadForms().then((m) => ({ default: m.FormDesignerPage })));
const FlowListPage = lazy(() => loadFlow().then((m) => ({ default: m.FlowListPage })));
const FlowDesignerPage = lazy(() => loadFlow().then((m) => ({ default: m.FlowDesignerPage })));
const RulesPage = lazy(() => loadRules().then((m) => ({ default: m.RulesPage })));
const ReportsPage = lazy(() => loadReports().then((m) => ({ default: m.ReportsPage })));
const DocumentTemplatesPage = lazy(() => loadReports().then((m) => ({ default: m.DocumentTemplatesPage })));
const ProjectSettingsPage = lazy(() => loadSettings().then((m) => ({ default: m.ProjectSettingsPage })));
const TemplatePublishPage = lazy(() => loadAdminTemplates().then((m) => ({ default: m.TemplatePublishPage })));

/**
 * Starts loading the page module of the address the app opens on, in parallel with the session
 * and project checks instead of after them (a reload or shared link of a designer paints sooner).
 */
export function preloadPageOf(pathname: string): void {
  const loaders: [RegExp, () => Promise<unknown>][] = [
    [/\/studio\/flows(\/|$)/, loadFlow], [/\/studio\/forms(\/|$)/, loadForms], [/\/studio\/rules(\/|$)/, loadRules],
    [/\/(reports|studio\/documents)(\/|$)/, loadReports], [/\/settings(\/|$)/, loadSettings], [/\/admin\/templates(\/|$)/, loadAdminTemplates],
  ];
  const hit = loaders.find(([pattern]) => pattern.test(pathname));
  if (hit) void hit[1]().catch(() => undefined);
}

function page(Component: LazyExoticComponent<ComponentType>) {
  return <Suspense fallback={<PageLoading />}><Component /></Suspense>;
}

function Root() {
  return <><SessionExpiryWatcher /><Outlet /></>;
}

/** Returns the app's router: every page lives under /p/:projectId/... so a reload lands on the same page. */
export function createAppRouter() {
  preloadPageOf(window.location.pathname);
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
