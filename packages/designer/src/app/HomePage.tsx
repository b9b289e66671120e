import { EnvironmentOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, List, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { projectsQuery } from '../api/index.js';
import { ErrorState, PageLoading } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { LangSwitch } from './LangSwitch.js';
import { rememberedProject, rememberProject } from './project-memory.js';

/** Renders the landing page: opens the last project, the only project, or lets the user choose one. */
export function HomePage() {
  const t = useT();
  const localize = useLocalize();
  const navigate = useNavigate();
  const projects = useQuery(projectsQuery());
  if (projects.isPending) return <PageLoading />;
  if (projects.isError) return <ErrorState error={projects.error} onRetry={() => void projects.refetch()} />;
  const list = projects.data;
  const last = rememberedProject();
  const target = list.find((p) => p.id === last) ?? (list.length === 1 ? list[0] : undefined);
  if (target) return <Navigate to={`/p/${encodeURIComponent(target.id)}/workspace`} replace />;
  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f3f5f9', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 560, alignSelf: 'flex-start', marginTop: '8vh' }} extra={<LangSwitch />}
        title={t('shell.chooseProject')}>
        <Typography.Paragraph type="secondary">{t('shell.chooseProjectHint')}</Typography.Paragraph>
        {list.length === 0 ? <Empty description={t('shell.noProjects')} /> : (
          <List
            dataSource={[...list]}
            renderItem={(p) => (
              <List.Item
                style={{ cursor: 'pointer', minHeight: 52 }}
                onClick={() => { rememberProject(p.id); void navigate(`/p/${encodeURIComponent(p.id)}/workspace`); }}
                extra={<RightOutlined />}
                data-testid={`project-${p.id}`}
              >
                <List.Item.Meta avatar={<EnvironmentOutlined style={{ fontSize: 20, color: '#1f5fbf' }} />}
                  title={localize(p.name) || p.id} description={localize(p.regionName) || p.code} />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
