import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { login, sessionKeys } from '../api/index.js';
import { useErrorText } from '../components/index.js';
import { useT } from '../i18n/index.js';
import { LangSwitch } from './LangSwitch.js';
import { useSession } from './useSession.js';
import './login.css';

interface Credentials { username: string; password: string }

/** Only same-origin app paths may be a post-login target (no open redirect). Pure. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** Renders the sign-in page; on success returns the user to the page they came from. */
export function LoginPage() {
  const t = useT();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const next = safeNext(params.get('next'));
  const mutation = useMutation({
    mutationFn: (c: Credentials) => login(c.username.trim(), c.password),
    onSuccess: (s) => {
      client.setQueryData(sessionKeys.session, s);
      void client.invalidateQueries({ queryKey: sessionKeys.projects });
      void navigate(next, { replace: true });
    },
  });
  if (session.data?.user && !mutation.isPending && !mutation.isSuccess) return <Navigate to={next} replace />;
  return (
    <div className="sf-login">
      <div className="sf-login__brand">
        <div className="sf-login__logo" aria-hidden>SF</div>
        <Typography.Title level={2} style={{ color: '#fff', margin: 0 }}>{t('common.appName')}</Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16, marginTop: 12 }}>
          {t('login.subtitle')}
        </Typography.Paragraph>
      </div>
      <div className="sf-login__panel">
        <div className="sf-login__lang"><LangSwitch /></div>
        <Card className="sf-login__card" variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0 }}>{t('login.title')}</Typography.Title>
          {mutation.isError && (
            <Alert type="error" showIcon title={errorText(mutation.error)} style={{ marginBottom: 16 }} data-testid="login-error" />
          )}
          <Form<Credentials> layout="vertical" size="large" requiredMark={false} onFinish={(v) => mutation.mutate(v)}>
            <Form.Item name="username" label={t('login.username')} rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={mutation.isPending}>{t('login.submit')}</Button>
          </Form>
        </Card>
      </div>
    </div>
  );
}
