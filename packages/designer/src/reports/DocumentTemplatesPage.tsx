import { DownloadOutlined, RollbackOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { isApiError } from '../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../components/index.js';
import { useLocalize, useT } from '../i18n/index.js';
import { documentTemplatesQuery, resetTemplate, templateFileUrl, uploadTemplate, type TemplateField, type TemplateInfo } from './documents-api.js';
import { reportsMessages } from './messages.js';

/**
 * Renders the studio page where legal manages the legal document templates: download the current
 * .docx, upload a replacement edited in Word (validated by the server: DOCX, placeholder syntax,
 * known fields only; every issue is shown), restore the shipped template, and the field catalogue.
 */
export function DocumentTemplatesPage() {
  const t = useT(reportsMessages);
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const { projectId = '' } = useParams();
  const client = useQueryClient();
  const query = useQuery(documentTemplatesQuery(projectId));
  const refresh = () => client.invalidateQueries({ queryKey: documentTemplatesQuery(projectId).queryKey });
  const upload = useMutation({
    mutationFn: ({ key, file }: { key: string; file: File }) => uploadTemplate(projectId, key, file),
    onSuccess: () => { void message.success(t('docs.uploaded')); void refresh(); },
    onError: (error) => {
      const issues = isApiError(error) ? error.issues : [];
      modal.error({
        title: t('docs.rejected'),
        content: issues.length > 0
          ? <ul data-testid="template-issues">{issues.map((i, n) => <li key={n}>{localize(i.message)}</li>)}</ul>
          : errorText(error),
      });
    },
  });
  const reset = useMutation({ mutationFn: (key: string) => resetTemplate(projectId, key), onSuccess: () => void refresh() });

  const typeLabel = (type: string) => {
    const key = `docs.type.${type}`;
    return key in reportsMessages ? t(key as keyof typeof reportsMessages) : type;
  };

  if (query.isPending) return <PageLoading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { templates, fields, derived } = query.data;
  const catalogue: TemplateField[] = [...fields, ...derived];
  return (
    <div style={{ padding: 16 }} data-testid="document-templates-page">
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>{t('docs.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('docs.subtitle')}</Typography.Text>
        </div>
        <Card size="small">
          <Table<TemplateInfo>
            rowKey="key" pagination={false} dataSource={[...templates]}
            columns={[
              { title: t('docs.template'), dataIndex: 'name', render: (name: TemplateInfo['name']) => localize(name) },
              {
                title: t('docs.status'), key: 'status',
                render: (_: unknown, row) => (row.replaced
                  ? <Space orientation="vertical" size={0}><Tag color="blue">{t('docs.replaced')}</Tag>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('docs.uploadedBy', { user: row.uploadedBy, time: dayjs(row.uploadedAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text></Space>
                  : <Tag>{t('docs.shipped')}</Tag>),
              },
              {
                title: '', key: 'actions', align: 'right',
                render: (_: unknown, row) => (
                  <Space wrap>
                    <Button size="small" icon={<DownloadOutlined />} href={templateFileUrl(projectId, row.key)}>{t('docs.download')}</Button>
                    <Upload accept=".docx" showUploadList={false} beforeUpload={(file) => { upload.mutate({ key: row.key, file }); return false; }}>
                      <Button size="small" type="primary" icon={<UploadOutlined />} loading={upload.isPending && upload.variables?.key === row.key} data-testid={`upload-${row.key}`}>{t('docs.upload')}</Button>
                    </Upload>
                    {row.replaced && (
                      <Popconfirm title={t('docs.resetConfirm')} onConfirm={() => reset.mutate(row.key)}>
                        <Button size="small" icon={<RollbackOutlined />}>{t('docs.reset')}</Button>
                      </Popconfirm>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('docs.fields')} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('docs.loopHint')}</Typography.Text>}>
          <Table<TemplateField>
            rowKey="name" size="small" pagination={false} dataSource={catalogue}
            columns={[
              { title: t('docs.placeholder'), dataIndex: 'name', render: (name: string) => <Typography.Text code copyable>{`{${name}}`}</Typography.Text> },
              { title: t('docs.fieldLabel'), key: 'label', render: (_: unknown, f) => (f.label ? localize(f.label) : t('docs.derivedFrom', { field: f.from })) },
              { title: t('docs.fieldType'), key: 'type', render: (_: unknown, f) => (f.sensitivity ? <Tag color="orange">{t('docs.sensitive')}</Tag> : typeLabel(f.type)) },
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
