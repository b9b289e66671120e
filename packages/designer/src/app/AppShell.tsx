import { AppstoreOutlined, BarChartOutlined, BuildOutlined, LogoutOutlined, MenuOutlined, ProfileOutlined, SettingOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { logout, sessionKeys, signedOut } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { NotificationBell } from '../workspace/index.js';
import { LangSwitch } from './LangSwitch.js';
import { areaOf, topAreas, type TopArea } from './nav-items.js';
import { canAdminister, canManageSettings, canOpenStudio } from './permissions.js';
import { ProjectSwitcher } from './ProjectSwitcher.js';
import { rememberProject } from './project-memory.js';
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
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const screens = Grid.useBreakpoint();
  const narrow = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const area = areaOf(location.pathname);
  useEffect(() => { if (projectId) rememberProject(projectId); }, [projectId]);
  useEffect(() => { setDrawerOpen(false); }, [location.pathname]);

  const user = session.data?.user;
  const userName = localize(user?.displayName) || user?.username || '';
  const roles = rolesIn(session.data, projectId);
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
  const signOut = async () => {
    await logout().catch(() => undefined);
    client.clear();
    client.setQueryData(sessionKeys.session, signedOut);
    void navigate('/login', { replace: true });
  };
  const userMenu = (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: <span>{userName}{roles.length ? ` · ${roles.join(', ')}` : ''}</span> },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => void signOut() },
        ],
      }}
    >
      <Button type="text" className="sf-header__user" aria-label={narrow ? t('shell.profile') : undefined} title={t('shell.profile')} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#3b7be0' }} />
        {!narrow && <span className="sf-header__username">{userName}</span>}
      </Button>
    </Dropdown>
  );

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
        {userMenu}
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
