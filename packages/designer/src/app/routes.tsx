import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import type { QueryClient } from '@tanstack/react-query';
import { PageLoading } from '../components/index.js';
import { AppShell } from './AppShell.js';
import { HomePage } from './HomePage.js';
import { lazyPage, pageModule, type PageModule } from './lazy-page.js';
import { LoginPage } from './LoginPage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { prefetchPageData } from './prefetch.js';
import { ProjectGate } from './ProjectGate.js';
import { RequireSession } from './RequireSession.js';
import { SessionExpiryWatcher } from './SessionExpiryWatcher.js';
import { StudioHome } from './StudioHome.js';
import { StudioLayout } from './StudioLayout.js';
import { workspaceRoutes } from '../workspace/index.js';
import { OverviewPage } from '../overview/index.js';

// Designers are large (dnd-kit, xyflow, elk): load them on demand so login and inbox stay light.
const forms = pageModule(() => import('../studio/forms/index.js'));
const flow = pageModule(() => import('../studio/flow/index.js'));
const rules = pageModule(() => import('../studio/rules/index.js'));
// Reports pull in echarts and admin pages are rare: both load on demand too.
const reports = pageModule(() => import('../reports/index.js'));
const settings = pageModule(() => import('../settings/index.js'));
const adminTemplates = pageModule(() => import('../admin/templates/index.js'));
const adminDirectory = pageModule(() => import('../admin/directory/index.js'));

const FormListPage = lazyPage(forms, (m) => m.FormListPage);
const FormDesignerPage = lazyPage(forms, (m) => m.FormDesignerPage);
const FlowListPage = lazyPage(flow, (m) => m.FlowListPage);
const FlowDesignerPage = lazyPage(flow, (m) => m.FlowDesignerPage);
const RulesPage = lazyPage(rules, (m) => m.RulesPage);
const ReportsPage = lazyPage(reports, (m) => m.ReportsPage);
const DocumentTemplatesPage = lazyPage(reports, (m) => m.DocumentTemplatesPage);
const ProjectSettingsPage = lazyPage(settings, (m) => m.ProjectSettingsPage);
const TemplatePublishPage = lazyPage(adminTemplates, (m) => m.TemplatePublishPage);
const AdminLayout = lazyPage(adminDirectory, (m) => m.AdminLayout);
const UsersPage = lazyPage(adminDirectory, (m) => m.UsersPage);
const MembersPage = lazyPage(adminDirectory, (m) => m.MembersPage);
const AdminProjectsPage = lazyPage(adminDirectory, (m) => m.ProjectsPage);
const PersonalDataAccessPage = lazyPage(adminDirectory, (m) => m.PersonalDataAccessPage);

/**
 * Starts loading the page module of the address the app opens on, in parallel with the session
 * and project checks instead of after them (a reload or shared link of a designer paints sooner).
 */
export function preloadPageOf(pathname: string): void {
  const modules: [RegExp, PageModule<unknown>][] = [
    [/\/studio\/flows(\/|$)/, flow], [/\/studio\/forms(\/|$)/, forms], [/\/studio\/rules(\/|$)/, rules],
    [/\/(reports|studio\/documents)(\/|$)/, reports], [/\/settings(\/|$)/, settings], [/\/admin\/templates(\/|$)/, adminTemplates], [/\/admin(\/|$)/, adminDirectory],
  ];
  const hit = modules.find(([pattern]) => pattern.test(pathname));
  if (hit) void hit[1].load().catch(() => undefined);
}

function page(Component: LazyExoticComponent<ComponentType>) {
  return <Suspense fallback={<PageLoading />}><Component /></Suspense>;
}

function Root() {
  return <><SessionExpiryWatcher /><Outlet /></>;
}

/**
 * Returns the app's router: every page lives under /p/:projectId/... so a reload lands on the same
 * page. The opening page's module and data start loading at once.
 */
export function createAppRouter(client: QueryClient) {
  preloadPageOf(window.location.pathname);
  void prefetchPageData(client, window.location.pathname);
  return createBrowserRouter([
    {
      element: <Root />,
      children: [
        { path: '/login', element: <LoginPage /> },
        {
          element: <RequireSession />,
          children: [
            { path: '/', element: <HomePage /> },
            // The regional overview of users with several projects: outside any one project, with its own header.
            { path: '/overview', element: <OverviewPage /> },
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
                  { path: 'admin', element: page(AdminLayout), children: [
                    { index: true, element: <Navigate to="users" replace /> },
                    { path: 'users', element: page(UsersPage) },
                    { path: 'memberships', element: page(MembersPage) },
                    { path: 'projects', element: page(AdminProjectsPage) },
                    { path: 'templates', element: page(TemplatePublishPage) },
                    { path: 'personal-data', element: page(PersonalDataAccessPage) },
                    { path: '*', element: <NotFoundPage /> },
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
