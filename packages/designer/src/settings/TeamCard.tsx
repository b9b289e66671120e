import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button, Card, Empty, Flex, Grid, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { rolesQuery } from '../api/index.js';
import { HandoverDialog } from '../admin/directory/HandoverDialog.js';
import { handoverMessages } from '../admin/directory/handover-messages.js';
import { ErrorState, PageLoading } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { settingsMessages } from './messages.js';
import { hasOpenWork, memberStatus, type MemberStatus } from './team.js';
import { teamQuery, type TeamMember } from './team-api.js';

const statusColor: Record<MemberStatus, string> = { active: 'green', disabled: 'red', left: 'orange' };

/**
 * Renders the members card of the project settings: the project's people with their roles, status and open work (a table on a
 * desktop, one block per person on a phone), and "hand over work" for anyone with open work, which opens the
 * hand-over dialog limited to this project; the counts refresh after a hand-over.
 */
export function TeamCard({ projectId, projectName }: { projectId: string; projectName: string }) {
  const t = useT(settingsMessages);
  const th = useT(handoverMessages);
  const localize = useLocalize();
  const phone = !Grid.useBreakpoint().md;
  const team = useQuery(teamQuery(projectId));
  const roles = useQuery(rolesQuery());
  const [giver, setGiver] = useState<TeamMember | null>(null);
  const roleName = useMemo(() => new Map((roles.data ?? []).map((r) => [r.key, localize(r.name)])), [roles.data, localize]);

  const roleTags = (m: TeamMember) => m.roles.map((r) => <Tag key={r}>{roleName.get(r) ?? r}</Tag>);
  const status = (m: TeamMember) => {
    const s = memberStatus(m);
    return <Tag color={statusColor[s]} data-testid="team-status">{t(`settings.team.${s}`)}</Tag>;
  };
  // The steps a person holds, in the project-wide task view filtered to them.
  const tasksPath = (m: TeamMember) => `/p/${encodeURIComponent(projectId)}/workspace?scope=project&holder=${encodeURIComponent(m.id)}`;
  const action = (m: TeamMember) => hasOpenWork(m) && (
    <Button size="small" onClick={() => setGiver(m)} data-testid={`team-handover-${m.id}`}>{th('hdo.action')}</Button>
  );

  let body;
  if (team.isPending) body = <PageLoading />;
  else if (team.isError) body = <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  else if (team.data.length === 0) body = <Empty description={t('settings.team.empty')} />;
  else if (phone) {
    body = (
      <Flex vertical data-testid="team-list">
        {team.data.map((m) => (
          <div key={m.id} className="sf-settings__member" data-testid={`team-row-${m.id}`}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text strong>{m.displayName}</Typography.Text>
              {status(m)}
            </Flex>
            {m.roles.length > 0 && <div>{roleTags(m)}</div>}
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type="secondary" data-testid="team-counts" data-tasks={m.openTasks} data-records={m.openRecords}>
                {t('settings.team.counts', { tasks: m.openTasks, records: m.openRecords })}
              </Typography.Text>
              <Flex gap={8} align="center">
                {m.openTasks > 0 && <Link to={tasksPath(m)} className="sf-settings__tasks-link" data-testid={`team-tasks-link-${m.id}`}>{t('settings.team.viewTasks')}</Link>}
                {action(m)}
              </Flex>
            </Flex>
          </div>
        ))}
      </Flex>
    );
  } else {
    const count = (n: number) => (n > 0 ? n : <Typography.Text type="secondary">0</Typography.Text>);
    const columns: TableColumnsType<TeamMember> = [
      { key: 'name', title: t('settings.team.name'), dataIndex: 'displayName', width: 180 },
      { key: 'roles', title: t('settings.team.roles'), render: (_, m) => roleTags(m) },
      { key: 'status', title: t('settings.team.status'), width: 130, render: (_, m) => status(m) },
      { key: 'tasks', title: t('settings.team.tasks'), width: 90, align: 'right', render: (_, m) => (m.openTasks > 0
        ? <Link to={tasksPath(m)} data-testid="team-tasks" title={t('settings.team.viewTasksOf', { name: m.displayName })}>{m.openTasks}</Link>
        : <span data-testid="team-tasks">{count(m.openTasks)}</span>) },
      { key: 'records', title: t('settings.team.records'), width: 90, align: 'right', render: (_, m) => <span data-testid="team-records">{count(m.openRecords)}</span> },
      { key: 'actions', title: t('settings.team.actions'), width: 120, render: (_, m) => action(m) },
    ];
    body = (
      <Table<TeamMember> rowKey="id" columns={columns} dataSource={team.data} size="middle" pagination={false} data-testid="team-table"
        onRow={(m) => ({ 'data-testid': `team-row-${m.id}` } as object)} />
    );
  }

  return (
    <Card title={t('settings.team.title')} className="sf-settings__team" data-testid="project-team">
      <Typography.Paragraph type="secondary">{t('settings.team.intro')}</Typography.Paragraph>
      {body}
      {giver && <HandoverDialog user={giver} project={{ id: projectId, name: projectName }} onClose={() => setGiver(null)} />}
    </Card>
  );
}
