import { Alert, Typography } from 'antd';
import { useParams } from 'react-router';
import { useSession } from '../../app/useSession.js';
import { CommLogList } from './CommLogList.js';
import { ImportPanel } from './ImportPanel.js';
import { useCommLogsT } from './useCommLogsT.js';
import { canImportCommLogs } from './writer-roles.js';
import './comm-logs.css';

/** Renders the communication logs page of a project: the import for roles that may write, and the list. */
export function CommLogsPage() {
  const t = useCommLogsT();
  const { projectId = '' } = useParams();
  const session = useSession();
  const canImport = canImportCommLogs(session.data, projectId);
  return (
    <div className="sf-cl" data-testid="comm-logs-page">
      <div className="sf-cl__head">
        <Typography.Title level={4} style={{ margin: 0 }}>{t('cl.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('cl.intro')}</Typography.Text>
      </div>
      {canImport ? <ImportPanel projectId={projectId} /> : session.data && <Alert type="info" showIcon title={t('cl.readOnly')} />}
      <CommLogList projectId={projectId} />
    </div>
  );
}
