import { AppstoreAddOutlined, AuditOutlined, HomeOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Menu, Result } from 'antd';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { canAdminister } from '../../app/permissions.js';
import { useSession } from '../../app/useSession.js';
import { useT } from '../../i18n/index.js';
import { directoryMessages } from './messages.js';

const sections = [
  { key: 'users', icon: <UserOutlined />, label: 'adm.nav.users' },
  { key: 'memberships', icon: <TeamOutlined />, label: 'adm.nav.memberships' },
  { key: 'projects', icon: <HomeOutlined />, label: 'adm.nav.projects' },
  { key: 'templates', icon: <AppstoreAddOutlined />, label: 'adm.nav.templates' },
  { key: 'personal-data', icon: <AuditOutlined />, label: 'adm.nav.personalData' },
] as const;

/** Renders the admin area's sub-navigation (users / project members / projects / templates / personal-data access) above the page; org admins only. */
export function AdminLayout() {
  const t = useT(directoryMessages);
  const tApp = useT();
  const session = useSession();
  const { projectId = '' } = useParams();
  const { pathname } = useLocation();
  const section = /\/admin\/([^/]+)/.exec(pathname)?.[1];
  const base = `/p/${encodeURIComponent(projectId)}/admin`;
  if (!canAdminister(session.data)) return <Result status="403" title={tApp('common.noPermission')} data-testid="admin-forbidden" />;
  return (
    <div className="sf-admin">
      <Menu mode="horizontal" selectedKeys={section ? [section] : []}
        items={sections.map((s) => ({
          key: s.key, icon: s.icon,
          label: <Link to={`${base}/${s.key}`} data-testid={`admin-nav-${s.key}`}>{t(s.label)}</Link>,
        }))} />
      <div style={{ padding: section === 'templates' ? 0 : 24 }}><Outlet /></div>
    </div>
  );
}
