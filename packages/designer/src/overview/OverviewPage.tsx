import { EnvironmentOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Grid, Layout, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { ErrorState, PageLoading } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { rememberProject } from '../app/project-memory.js';
import { overviewQuery, type ProjectOverview } from './api.js';
import { FigureLink } from './OverviewFigures.js';
import { OverviewHeader } from './OverviewHeader.js';
import { overviewMessages } from './messages.js';
import { FIGURES, riskOf, sortByRisk } from './overview-order.js';

type Translate = ReturnType<typeof useT<typeof overviewMessages>>;

function ProjectName({ project, t }: { project: ProjectOverview; t: Translate }) {
  const localize = useLocalize();
  return (
    <Flex vertical gap={2}>
      <Flex align="center" gap={8} wrap>
        <Link to={`/p/${encodeURIComponent(project.projectId)}/workspace`} onClick={() => rememberProject(project.projectId)}
          data-testid={`project-${project.projectId}`} style={{ fontSize: 15, fontWeight: 600 }}>
          {localize(project.name) || project.projectId}
        </Link>
        {riskOf(project) > 0 && <Tag color="error" style={{ marginInlineEnd: 0 }}>{t('ov.needsAttention')}</Tag>}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}><EnvironmentOutlined /> {localize(project.regionName)}</Typography.Text>
    </Flex>
  );
}

function OverviewTable({ rows, month, t }: { rows: ProjectOverview[]; month: string; t: Translate }) {
  const columns: TableColumnsType<ProjectOverview> = [
    { key: 'project', title: t('ov.project'), render: (_, p) => <ProjectName project={p} t={t} /> },
    ...FIGURES.map((figure) => ({
      key: figure, title: t(`ov.${figure}`), align: 'right' as const, width: figure === 'closureRate' ? 190 : 140,
      render: (_: unknown, p: ProjectOverview) => <FigureLink project={p} figure={figure} month={month} none={t('ov.noClosure')} />,
    })),
  ];
  return <Table rowKey="projectId" columns={columns} dataSource={rows} pagination={false} data-testid="overview-table" />;
}

function OverviewCards({ rows, month, t }: { rows: ProjectOverview[]; month: string; t: Translate }) {
  return (
    <Flex vertical gap={12} data-testid="overview-cards">
      {rows.map((p) => (
        <Card key={p.projectId} size="small" title={<ProjectName project={p} t={t} />} data-testid={`overview-card-${p.projectId}`}
          styles={{ header: { padding: '10px 12px' }, body: { padding: 0 } }}>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr' }}>
            {FIGURES.map((figure, i) => (
              <Flex key={figure} justify="space-between" align="center" gap={8}
                style={{ padding: '10px 12px', minHeight: 44, boxSizing: 'border-box', borderTop: i > 1 ? '1px solid #f0f0f0' : undefined, borderLeft: i % 2 ? '1px solid #f0f0f0' : undefined }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`ov.${figure}`)}</Typography.Text>
                <FigureLink project={p} figure={figure} month={month} none={t('ov.noClosure')} />
              </Flex>
            ))}
          </div>
        </Card>
      ))}
    </Flex>
  );
}

/**
 * Renders the regional overview at /overview: every project the user may see with its live figures
 * (running cases, overdue and escalated tasks, open level-1 alerts, this month's cancellations and
 * 72-hour closure rate), the riskiest first, each figure a link into the project; a table on a
 * desktop, cards on a phone. Refreshes every minute.
 */
export function OverviewPage() {
  const t = useT(overviewMessages);
  const narrow = !Grid.useBreakpoint().md;
  const overview = useQuery(overviewQuery());
  let body;
  if (overview.isPending) body = <PageLoading />;
  else if (overview.isError) body = <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />;
  else if (overview.data.projects.length === 0) body = <Empty description={t('ov.empty')} />;
  else {
    const rows = sortByRisk(overview.data.projects);
    body = narrow ? <OverviewCards rows={rows} month={overview.data.month} t={t} /> : <OverviewTable rows={rows} month={overview.data.month} t={t} />;
  }
  return (
    <Layout className="sf-shell">
      <OverviewHeader />
      <Layout.Content className="sf-content">
        <div className="sf-page" data-testid="overview-page">
          <div className="sf-page__head">
            <div>
              <Typography.Title level={3}>{t('ov.title')}</Typography.Title>
              <Typography.Text type="secondary">{t('ov.subtitle')}</Typography.Text>
            </div>
            {overview.data && <Typography.Text type="secondary" data-testid="overview-as-of">{t('ov.asOf', { time: dayjs(overview.data.asOf).format('YYYY-MM-DD HH:mm') })}</Typography.Text>}
          </div>
          {body}
        </div>
      </Layout.Content>
    </Layout>
  );
}
