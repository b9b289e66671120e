import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, List, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { isApiError } from '../../api/index.js';
import { useErrorText } from '../../components/index.js';
import { useLang } from '../../i18n/index.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { generateDocuments, recordDocumentsQuery, documentFileUrl } from './documents-api.js';

/**
 * Renders the legal documents of a record: the generated documents (name, time, download when the
 * reader may take that copy) and, when the server says a package applies (a cancellation work order whose customer
 * was not retained), the button that generates it (masked per role by the server).
 */
export function RecordDocuments({ projectId, recordId }: { projectId: string; recordId: string }) {
  const t = useWsT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const client = useQueryClient();
  const docs = useQuery(recordDocumentsQuery(projectId, recordId));
  const generate = useMutation({
    mutationFn: () => generateDocuments(projectId, recordId),
    onSuccess: () => client.invalidateQueries({ queryKey: recordDocumentsQuery(projectId, recordId).queryKey }),
  });
  const items = docs.data?.items ?? [];
  const canGenerate = docs.data?.canGenerate ?? false;
  if (!canGenerate && items.length === 0) return null;
  const sellerMissing = isApiError(generate.error) && generate.error.code === 'SELLER_PROFILE_MISSING';
  return (
    <Card size="small" title={t('ws.record.docs.title')} style={{ marginTop: 12 }} data-testid="record-documents"
      extra={canGenerate && (
        <Button type="primary" size="small" icon={<FileWordOutlined />} loading={generate.isPending} onClick={() => generate.mutate()} data-testid="generate-documents">
          {t('ws.record.docs.generate')}
        </Button>
      )}>
      {generate.isError && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="generate-documents-error"
          title={sellerMissing ? t('ws.record.docs.sellerMissing') : errorText(generate.error)}
          description={sellerMissing ? <Link to={`/p/${encodeURIComponent(projectId)}/settings`}>{t('ws.record.docs.openSettings')}</Link> : undefined} />
      )}
      {generate.isSuccess && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('ws.record.docs.generated', { count: generate.data.documents.length })} />}
      <List size="small" loading={docs.isPending} dataSource={items} locale={{ emptyText: t('ws.record.docs.empty') }}
        renderItem={(doc) => (
          <List.Item data-testid="record-document"
            actions={[doc.downloadable
              ? <a key="download" href={documentFileUrl(projectId, recordId, doc.id)} download={doc.fileName}><DownloadOutlined /> {t('ws.record.docs.download')}</a>
              : <Tooltip key="download" title={t('ws.record.docs.clearCopy')}><Typography.Text type="secondary" data-testid="document-clear-copy"><DownloadOutlined /> {t('ws.record.docs.download')}</Typography.Text></Tooltip>]}>
            <List.Item.Meta avatar={<FileWordOutlined />} title={doc.fileName.replace(/\.docx$/i, '')}
              description={<Typography.Text type="secondary">{t('ws.record.docs.generatedAt', { at: formatDateTime(doc.generatedAt, lang) })}</Typography.Text>} />
          </List.Item>
        )} />
    </Card>
  );
}
