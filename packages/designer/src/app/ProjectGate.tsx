import { useQuery } from '@tanstack/react-query';
import { Button, Result } from 'antd';
import { Link, Outlet, useParams } from 'react-router';
import { isApiError, projectQuery } from '../api/index.js';
import { ErrorState, PageLoading } from '../components/index.js';
import { useT } from '../i18n/index.js';

/** Renders the project's pages once the project loads; a clear message when it is missing or forbidden. */
export function ProjectGate() {
  const t = useT();
  const { projectId = '' } = useParams();
  const project = useQuery(projectQuery(projectId));
  if (project.isPending) return <PageLoading />;
  if (project.isError) {
    if (isApiError(project.error) && (project.error.status === 404 || project.error.status === 403)) {
      return (
        <Result status="404" title={t('shell.projectNotFound')}
          extra={<Link to="/"><Button type="primary">{t('shell.chooseProject')}</Button></Link>} />
      );
    }
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }
  return <Outlet />;
}
