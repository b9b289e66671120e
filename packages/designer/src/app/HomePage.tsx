import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex } from 'antd';
import { Navigate } from 'react-router';
import { projectsQuery } from '../api/index.js';
import { ErrorState, PageLoading } from '../components/index.js';
import { useT } from '../i18n/index.js';
import { LangSwitch } from './LangSwitch.js';
import { rememberedProject } from './project-memory.js';

/**
 * Renders the landing page: opens the last project or the only one; users with several projects
 * (directors, admins) get the regional overview of all of them; a user without a project is told so.
 */
export function HomePage() {
  const t = useT();
  const projects = useQuery(projectsQuery());
  if (projects.isPending) return <PageLoading />;
  if (projects.isError) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />;
  const list = projects.data;
  const last = rememberedProject();
  const target = list.find((p) => p.id === last) ?? (list.length === 1 ? list[0] : undefined);
  if (target) return <Navigate to={`/p/${encodeURIComponent(target.id)}/workspace`} replace />;
  if (list.length >= 2) return <Navigate to="/overview" replace />;
  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f3f5f9', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 560, alignSelf: 'flex-start', marginTop: '8vh' }} extra={<LangSwitch />} title={t('shell.chooseProject')}>
        <Empty description={t('shell.noProjects')} />
      </Card>
    </Flex>
  );
}
