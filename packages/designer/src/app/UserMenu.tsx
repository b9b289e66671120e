import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Avatar, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { logout, sessionKeys, signedOut } from '../api/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { readOwnOutbox, setOutboxOwner } from '../offline/index.js';
import { useSession } from './useSession.js';

/**
 * Renders the header's user menu: the user's name (on phones only the avatar, named for screen
 * readers), with `roles` beside it in the menu, and sign-out (clears the cached data, back to /login;
 * first says so when the user's submissions still wait on the device).
 */
export function UserMenu({ narrow, roles = [] }: { narrow: boolean; roles?: readonly string[] }) {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { modal } = App.useApp();
  const user = useSession().data?.user;
  const userName = localize(user?.displayName) || user?.username || '';
  const signOut = async () => {
    // From now on nothing on this device is sent in this user's name (the sign-in page has no session
    // to set it): on a shared phone the next person's cookie must never carry her submissions.
    setOutboxOwner(null);
    await logout().catch(() => undefined);
    client.clear();
    client.setQueryData(sessionKeys.session, signedOut);
    void navigate('/login', { replace: true });
  };
  // Submissions still waiting on the device stay for this user; say so before signing out.
  const confirmSignOut = async () => {
    const waiting = (await readOwnOutbox().catch(() => [])).length;
    if (!waiting) return signOut();
    modal.confirm({
      title: t('shell.logoutPending', { count: waiting }), content: t('shell.logoutPendingBody'),
      okText: t('shell.logoutAnyway'), onOk: signOut,
    });
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: <span>{userName}{roles.length ? ` · ${roles.join(', ')}` : ''}</span> },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => void confirmSignOut() },
        ],
      }}
    >
      <Button type="text" className="sf-header__user" aria-label={narrow ? t('shell.profile') : undefined} title={t('shell.profile')} data-testid="user-menu">
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#3b7be0' }} />
        {!narrow && <span className="sf-header__username">{userName}</span>}
      </Button>
    </Dropdown>
  );
}
