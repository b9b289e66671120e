import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Flex, Grid, Input, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { rolesQuery } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { adminKeys, adminUsersQuery, updateUser, type AdminUser } from './api.js';
import { directoryMessages } from './messages.js';
import { UserDialogModal, type UserDialog } from './UserDialogs.js';
import { DisableUserDialog } from './DisableUserDialog.js';
import { HandoverDialog } from './HandoverDialog.js';
import { handoverMessages } from './handover-messages.js';
import { useAdminErrors } from './useAdminErrors.js';

/** Returns the users whose username or display name contains `q` (case-insensitive). Pure. */
export function filterUsers(users: readonly AdminUser[], q: string): AdminUser[] {
  const needle = q.trim().toLowerCase();
  if (!needle) return [...users];
  return users.filter((u) => u.username.toLowerCase().includes(needle) || u.displayName.toLowerCase().includes(needle));
}

/**
 * Renders /admin/users: the organisation's users with search, create, rename, reset password, hand
 * over work, disable (warning about open work)/enable. The admin's own row cannot be disabled (the
 * server refuses it too: the organisation would risk losing its last administrator).
 */
export function UsersPage() {
  const t = useT(directoryMessages);
  const th = useT(handoverMessages);
  const localize = useLocalize();
  const client = useQueryClient();
  const report = useAdminErrors();
  const myId = useSession().data?.user?.id;
  // On a phone a pinned actions column would cover the accounts: the whole row scrolls instead.
  const narrow = !Grid.useBreakpoint().md;
  const users = useQuery(adminUsersQuery());
  const roles = useQuery(rolesQuery());
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<UserDialog | null>(null);
  const [disabling, setDisabling] = useState<AdminUser | null>(null);
  const [handover, setHandover] = useState<{ user: AdminUser; projectId?: string } | null>(null);
  const roleName = useMemo(() => new Map((roles.data ?? []).map((r) => [r.key, localize(r.name)])), [roles.data, localize]);
  const toggle = useMutation({
    mutationFn: (u: AdminUser) => updateUser(u.id, { disabled: !u.disabled, version: u.version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: adminKeys.users }),
    onError: (error) => report(error),
  });
  if (users.isPending) return <PageLoading />;
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />;
  const rows = filterUsers(users.data, q);
  return (
    <Flex vertical gap={16} data-testid="admin-users">
      <div>
        <Typography.Title level={3}>{t('adm.users.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('adm.users.intro')}</Typography.Paragraph>
      </div>
      <Flex gap={8} wrap>
        <Input.Search allowClear placeholder={t('adm.users.search')} value={q} onChange={(e) => setQ(e.target.value)} style={{ maxWidth: 320 }} data-testid="user-search" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })} data-testid="user-create">{t('adm.users.create')}</Button>
      </Flex>
      <Table<AdminUser>
        rowKey="id" dataSource={rows} size="middle" scroll={{ x: 800 }} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('adm.users.empty') }}
        onRow={(u) => ({ 'data-testid': `user-row-${u.username}` } as object)}
        columns={[
          { title: t('adm.users.username'), dataIndex: 'username', width: 160 },
          { title: t('adm.users.displayName'), dataIndex: 'displayName', width: 140 },
          {
            title: t('adm.users.roles'), key: 'roles',
            render: (_: unknown, u) => [...new Set(u.memberships.map((m) => m.role))].map((r) => <Tag key={r}>{roleName.get(r) ?? r}</Tag>),
          },
          {
            title: t('adm.users.status'), key: 'status', width: 90,
            render: (_: unknown, u) => (u.disabled ? <Tag color="red">{t('adm.users.disabled')}</Tag> : <Tag color="green">{t('adm.users.active')}</Tag>),
          },
          {
            title: t('adm.actions'), key: 'actions', width: 300, fixed: narrow ? undefined : 'right',
            render: (_: unknown, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', user: u })}>{t('adm.users.edit')}</Button>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'password', user: u })}>{t('adm.users.resetPassword')}</Button>
                <Button type="link" size="small" onClick={() => setHandover({ user: u })} data-testid={`user-handover-${u.username}`}>{th('hdo.action')}</Button>
                {u.disabled
                  ? <Button type="link" size="small" onClick={() => toggle.mutate(u)}>{t('adm.users.enable')}</Button>
                  : u.id === myId
                    ? <Tooltip title={t('adm.users.cannotDisableSelf')}><Button type="link" size="small" disabled data-testid={`user-disable-${u.username}`}>{t('adm.users.disable')}</Button></Tooltip>
                    : <Button type="link" size="small" danger onClick={() => setDisabling(u)} data-testid={`user-disable-${u.username}`}>{t('adm.users.disable')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      {dialog && <UserDialogModal dialog={dialog} onClose={() => setDialog(null)} />}
      {disabling && <DisableUserDialog user={disabling} onDisable={() => toggle.mutate(disabling)} onClose={() => setDisabling(null)}
        onHandover={(projectId) => { setHandover({ user: disabling, projectId }); setDisabling(null); }} />}
      {handover && <HandoverDialog user={handover.user} projectId={handover.projectId} onClose={() => setHandover(null)} />}
    </Flex>
  );
}
