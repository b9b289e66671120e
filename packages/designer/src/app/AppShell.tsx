import { AppstoreOutlined, BarChartOutlined, BuildOutlined, MenuOutlined, ProfileOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useT } from '../i18n/index.js';
import { NotificationBell } from '../workspace/index.js';
import { LangSwitch } from './LangSwitch.js';
import { areaOf, topAreas, type TopArea } from './nav-items.js';
import { canAdminister, canManageSettings, canOpenStudio } from './permissions.js';
import { ProjectSwitcher } from './ProjectSwitcher.js';
import { rememberProject } from './project-memory.js';
import { UserMenu } from './UserMenu.js';
import { rolesIn, useSession } from './useSession.js';
import './shell.css';

const areaIcons: Record<TopArea, ReactNode> = {
  workspace: <AppstoreOutlined />,
  studio: <BuildOutlined />,
  reports: <BarChartOutlined />,
  settings: <ProfileOutlined />,
  admin: <SettingOutlined />,
};

/** Renders the signed-in frame of a project: header with logo, project switcher, areas, language and user menu. */
export function AppShell() {
  const t = useT();
  const { projectId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const area = areaOf(location.pathname);
  useEffect(() => { if (projectId) rememberProject(projectId); }, [projectId]);
  useEffect(() => { setDrawerOpen(false); }, [location.pathname]);

  // Areas the user cannot use are not offered (the server would answer 403 there).
  const allowed: Record<TopArea, boolean> = {
    workspace: true,
    studio: canOpenStudio(session.data, projectId),
    reports: true,
    settings: canManageSettings(session.data, projectId),
    admin: canAdminister(session.data),
  };
  const items = topAreas.filter((a) => allowed[a.key]).map((a) => ({
    key: a.key,
    icon: areaIcons[a.key],
    label: <Link to={`/p/${encodeURIComponent(projectId)}/${a.key}`} data-testid={`nav-${a.key}`}>{t(a.label)}</Link>,
  }));

  return (
    <Layout className="sf-shell">
      <Layout.Header className="sf-header">
        {narrow && (
          <Button type="text" icon={<MenuOutlined />} className="sf-header__burger" aria-label={t('nav.menu')} onClick={() => setDrawerOpen(true)} />
        )}
        <Link to={`/p/${encodeURIComponent(projectId)}/workspace`} className="sf-header__brand">
          <span className="sf-header__logo" aria-hidden>SF</span>
          <span className="sf-header__name">{t('common.appName')}</span>
        </Link>
        {!narrow && <ProjectSwitcher projectId={projectId} />}
        {!narrow && (
          <Menu theme="dark" mode="horizontal" selectedKeys={area ? [area] : []} items={items} className="sf-header__menu" />
        )}
        <div className="sf-header__spacer" />
        <NotificationBell dark />
        <LangSwitch dark />
        <UserMenu narrow={narrow} roles={rolesIn(session.data, projectId)} />
      </Layout.Header>
      <Drawer
        placement="left"
        open={drawerOpen}
        onClose={() => setDrawerOpen(false)}
        size={280}
        title={t('common.appName')}
        styles={{ body: { padding: 0 } }}
      >
        <div style={{ padding: 16 }}>
          <Typography.Text type="secondary">{t('shell.project')}</Typography.Text>
          <ProjectSwitcher projectId={projectId} width="100%" />
        </div>
        <Menu mode="inline" selectedKeys={area ? [area] : []} items={items} />
      </Drawer>
      <Layout.Content className="sf-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
