import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onSessionExpired, sessionKeys, signedOut } from '../api/index.js';
import { useT } from '../i18n/index.js';

/**
 * Renders nothing; when any API call answers 401 it tells the user their session expired and
 * sends them to the login page, which brings them back to the same page afterwards.
 */
export function SessionExpiryWatcher() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();
  useEffect(() => onSessionExpired(() => {
    if (location.pathname.startsWith('/login')) return;
    client.setQueryData(sessionKeys.session, signedOut);
    void message.warning({ content: t('session.expired'), key: 'session-expired' });
    const next = `${location.pathname}${location.search}`;
    void navigate(`/login?next=${encodeURIComponent(next)}`, { replace: true });
  }), [client, location, message, navigate, t]);
  return null;
}
