import { useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Popconfirm, Select, Table, Tag, Tooltip, Typography } from 'antd';
import { rolesQuery } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { adminKeys, adminMembershipsQuery, adminProjectsQuery, adminRegionsQuery, adminUsersQuery, addMembership, removeMembership, type AdminMembership, type AdminProject } from './api.js';
import { directoryMessages } from './messages.js';
import { useAdminErrors } from './useAdminErrors.js';

type Scope = 'project' | 'region' | 'organisation';

/** Returns the scope of a membership. Pure. */
export function scopeOf(m: Pick<AdminMembership, 'projectId' | 'regionId'>): Scope {
  return m.projectId ? 'project' : m.regionId ? 'region' : 'organisation';
}

/** Returns the memberships that give a role on `project`: its own, its region's and organisation-wide ones. Pure. */
export function membershipsOn(all: readonly AdminMembership[], project: Pick<AdminProject, 'id' | 'regionId'>): AdminMembership[] {
  return all.filter((m) => (m.projectId ? m.projectId === project.id : m.regionId ? m.regionId === project.regionId : true));
}

/**
 * Renders /admin/memberships: per project, who holds which role (directly, via the region or the
 * organisation); add and remove. The admin cannot remove their own organisation admin role (nor
 * can the server: it would lock them out).
 */
export function MembersPage() {
  const t = useT(directoryMessages);
  const localize = useLocalize();
  const { message } = App.useApp();
  const client = useQueryClient();
  const report = useAdminErrors();
  const myId = useSession().data?.user?.id;
  const { projectId: current = '' } = useParams();
  const projects = useQuery(adminProjectsQuery());
  const memberships = useQuery(adminMembershipsQuery());
  const users = useQuery(adminUsersQuery());
  const regions = useQuery(adminRegionsQuery());
  const roles = useQuery(rolesQuery());
  const [picked, setPicked] = useState<string | null>(null);
  const [form] = Form.useForm<{ userId: string; role: string; scope: Scope }>();
  const roleName = useMemo(() => new Map((roles.data ?? []).map((r) => [r.key, localize(r.name)])), [roles.data, localize]);
  const userName = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, `${u.displayName} (${u.username})`])), [users.data]);
  const project = projects.data?.find((p) => p.id === (picked ?? current)) ?? projects.data?.[0];
  const regionName = regions.data?.find((r) => r.id === project?.regionId)?.name ?? '';
  const scopeText = (scope: Scope) => t(`adm.members.scope.${scope}`, { name: regionName });
  const refresh = () => Promise.all([adminKeys.memberships, adminKeys.users].map((queryKey) => client.invalidateQueries({ queryKey })));
  const add = useMutation({
    mutationFn: (v: { userId: string; role: string; scope: Scope }) => addMembership({
      userId: v.userId, role: v.role,
      ...(v.scope === 'project' ? { projectId: project!.id } : v.scope === 'region' ? { regionId: project!.regionId } : {}),
    }),
    onSuccess: (m) => {
      void refresh();
      void message.success(t('adm.members.added', { name: userName.get(m.userId) ?? m.userId, role: roleName.get(m.role) ?? m.role }));
      form.resetFields(['userId']);
    },
    onError: (error) => report(error, form, { userId: t('adm.members.user'), role: t('adm.members.role') }),
  });
  const remove = useMutation({
    mutationFn: (m: AdminMembership) => removeMembership(m.id),
    onSuccess: () => { void refresh(); void message.success(t('adm.members.removed')); },
    onError: (error) => report(error),
  });
  const failed = [projects, memberships, users, regions].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!projects.data || !memberships.data || !users.data) return <PageLoading />;
  const rows = project ? membershipsOn(memberships.data, project) : [];
  const required = (field: string) => [{ required: true, message: t('adm.required', { field }) }];

  return (
    <Flex vertical gap={16} data-testid="admin-members">
      <div>
        <Typography.Title level={3}>{t('adm.members.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('adm.members.intro')}</Typography.Paragraph>
      </div>
      <Flex gap={8} align="center">
        <Typography.Text>{t('adm.members.project')}</Typography.Text>
        <Select style={{ minWidth: 240 }} value={project?.id} onChange={setPicked} data-testid="members-project"
          options={projects.data.map((p) => ({ value: p.id, label: p.name }))} />
      </Flex>
      {project && (
        <Form form={form} layout="inline" initialValues={{ scope: 'project' }} onFinish={(v) => add.mutate(v)} data-testid="member-add-form">
          <Form.Item name="userId" rules={required(t('adm.members.user'))}>
            <Select showSearch optionFilterProp="label" placeholder={t('adm.members.pickUser')} style={{ width: 220 }} data-testid="member-user"
              options={users.data.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }))} />
          </Form.Item>
          <Form.Item name="role" rules={required(t('adm.members.role'))}>
            <Select showSearch optionFilterProp="label" placeholder={t('adm.members.pickRole')} style={{ width: 180 }} data-testid="member-role"
              options={(roles.data ?? []).map((r) => ({ value: r.key, label: localize(r.name) }))} />
          </Form.Item>
          <Form.Item name="scope">
            <Select style={{ width: 200 }} data-testid="member-scope"
              options={(['project', 'region', 'organisation'] as const).map((s) => ({ value: s, label: scopeText(s) }))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="member-add">{t('adm.members.add')}</Button>
        </Form>
      )}
      <Table<AdminMembership>
        rowKey="id" dataSource={rows} size="middle" pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('adm.members.empty') }}
        onRow={(m) => ({ 'data-testid': `member-row-${m.userId}-${m.role}` } as object)}
        columns={[
          { title: t('adm.members.user'), key: 'user', render: (_: unknown, m) => userName.get(m.userId) ?? m.userId },
          { title: t('adm.members.role'), key: 'role', render: (_: unknown, m) => <Tag>{roleName.get(m.role) ?? m.role}</Tag> },
          {
            title: t('adm.members.scope'), key: 'scope',
            render: (_: unknown, m) => { const s = scopeOf(m); return <Tag color={s === 'project' ? 'blue' : 'purple'}>{scopeText(s)}</Tag>; },
          },
          {
            title: t('adm.actions'), key: 'actions', width: 100,
            render: (_: unknown, m) => (m.userId === myId && m.role === 'admin' && scopeOf(m) === 'organisation' ? (
              <Tooltip title={t('adm.members.cannotRemoveSelfAdmin')}>
                <Button type="link" size="small" disabled data-testid="member-remove-self-admin">{t('adm.members.remove')}</Button>
              </Tooltip>
            ) : (
              <Popconfirm okText={t('adm.ok')} cancelText={t('adm.cancel')} onConfirm={() => remove.mutate(m)}
                title={t('adm.members.removeConfirm', { name: userName.get(m.userId) ?? m.userId, role: roleName.get(m.role) ?? m.role })}
                description={scopeOf(m) === 'project' ? undefined : t('adm.members.removeWide', { scope: scopeText(scopeOf(m)) })}>
                <Button type="link" size="small" danger>{t('adm.members.remove')}</Button>
              </Popconfirm>
            )),
          },
        ]}
      />
    </Flex>
  );
}
