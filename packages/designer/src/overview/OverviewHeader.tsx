import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Button, Dropdown, Grid, Layout } from 'antd';
import { Link, useNavigate } from 'react-router';
import { logout, sessionKeys, signedOut } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { LangSwitch } from '../app/LangSwitch.js';
import { ProjectSwitcher } from '../app/ProjectSwitcher.js';
import { useSession } from '../app/useSession.js';
import '../app/shell.css';

/**
 * Renders the app header outside a project (the regional overview): logo, the project switcher to open a
 * project, language and the user menu, styled as the project shell's header.
 */
export function OverviewHeader() {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const client = useQueryClient();
  const user = useSession().data?.user;
  const narrow = !Grid.useBreakpoint().md;
  const userName = localize(user?.displayName) || user?.username || '';
  const signOut = async () => {
    await logout().catch(() => undefined);
    client.clear();
    client.setQueryData(sessionKeys.session, signedOut);
    void navigate('/login', { replace: true });
  };
  return (
    <Layout.Header className="sf-header">
      <Link to="/overview" className="sf-header__brand">
        <span className="sf-header__logo" aria-hidden>SF</span>
        {/* On phones only the logo shows; the name stays for screen readers. */}
        <span className={narrow ? 'sf-sr-only' : 'sf-header__name'}>{t('common.appName')}</span>
      </Link>
      <ProjectSwitcher width={narrow ? 170 : 200} />
      <div className="sf-header__spacer" style={{ flex: '1 1 auto' }} />
      <LangSwitch dark />
      <Dropdown trigger={['click']} menu={{ items: [
        { key: 'who', disabled: true, label: userName },
        { type: 'divider' },
        { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => void signOut() },
      ] }}>
        <Button type="text" className="sf-header__user" aria-label={narrow ? t('shell.profile') : undefined} title={t('shell.profile')} data-testid="user-menu">
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#3b7be0' }} />
          {!narrow && <span className="sf-header__username">{userName}</span>}
        </Button>
      </Dropdown>
    </Layout.Header>
  );
}
