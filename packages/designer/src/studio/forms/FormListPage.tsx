import { CopyOutlined, FormOutlined, PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { definitionListQuery, type DefinitionSummary } from '../../api/index.js';
import { ErrorState } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { CreateFormModal } from './CreateFormModal.js';
import { DeleteDraftButton } from '../DeleteDraftButton.js';
import { useCanDesign } from '../../app/DesignReadOnlyTag.js';

/** Renders the forms of the project with their publish state, a search box, "new form" and Copy per form. */
export function FormListPage() {
  const t = useT();
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const mayDesign = useCanDesign(projectId);
  const [creating, setCreating] = useState(false);
  // Copy: the form the dialog copies (null: a new, empty form).
  const [copyOf, setCopyOf] = useState<DefinitionSummary | null>(null);
  const [q, setQ] = useState('');
  const list = useQuery(definitionListQuery(projectId, 'forms'));
  const link = (key: string) => `/p/${encodeURIComponent(projectId)}/studio/forms/${encodeURIComponent(key)}`;
  const needle = q.trim().toLowerCase();
  const rows = (list.data ?? []).filter((f) => !needle || f.key.toLowerCase().includes(needle)
    || f.name.zh.toLowerCase().includes(needle) || f.name.en.toLowerCase().includes(needle));
  return (
    <div className="sf-page" data-testid="form-list">
      <div className="sf-page__head">
        <Typography.Title level={3}>{t('forms.title')}</Typography.Title>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Input allowClear prefix={<SearchOutlined />} placeholder={t('forms.search')} value={q} onChange={(e) => setQ(e.target.value)} style={{ width: 220 }} />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => { setCopyOf(null); setCreating(true); }} data-testid="new-form">{t('forms.new')}</Button>
        </div>
      </div>
      <Card styles={{ body: { padding: 0 } }}>
        {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : (
          <Table<DefinitionSummary>
            rowKey="key"
            loading={list.isPending}
            dataSource={rows}
            pagination={rows.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty description={t('forms.empty')} /> }}
            columns={[
              { title: t('forms.col.name'), key: 'name', render: (_, f) => <Link to={link(f.key)}><FormOutlined style={{ marginRight: 6 }} />{localize(f.name)}</Link> },
              { title: t('forms.col.key'), dataIndex: 'key', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
              { title: t('forms.col.status'), key: 'status', render: (_, f) => (f.latestVersion
                ? <Tag color="green">{t('forms.publishedV', { version: f.latestVersion })}</Tag> : <Tag>{t('forms.draftOnly')}</Tag>) },
              { title: t('forms.col.updated'), dataIndex: 'updatedAt', render: (v: number) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '') },
              { title: t('common.actions'), key: 'ops', width: 210, render: (_, f) => (
                <Space size="middle">
                  <Link to={link(f.key)}>{t('forms.design')}</Link>
                  {mayDesign && (
                    <Button type="link" size="small" icon={<CopyOutlined />} style={{ padding: 0 }} onClick={() => { setCopyOf(f); setCreating(true); }}
                      aria-label={t('forms.copy.aria', { name: localize(f.name) })} data-testid={`form-copy-${f.key}`}>{t('forms.copy')}</Button>
                  )}
                  <DeleteDraftButton projectId={projectId} kind="forms" definition={f} />
                </Space>
              ) },
            ]}
          />
        )}
      </Card>
      <CreateFormModal projectId={projectId} open={creating} onClose={() => setCreating(false)} copyOf={copyOf} takenKeys={(list.data ?? []).map((f) => f.key)} />
    </div>
  );
}
