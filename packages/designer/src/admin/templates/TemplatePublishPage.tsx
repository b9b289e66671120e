import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLocalize, useT } from '../../i18n/index.js';
import { templateAdminMessages } from './messages.js';
import { templatePackagesQuery, type TemplatePackageSummary } from './api.js';
import { PublishDialog } from './PublishDialog.js';

/** Renders the admin page listing template packages, the version each project has, and a publish dialog. */
export function TemplatePublishPage() {
  const t = useT(templateAdminMessages);
  const localize = useLocalize();
  const packages = useQuery(templatePackagesQuery());
  const [publishing, setPublishing] = useState<string | null>(null);
  // The list holds every available version; the table shows the newest per key.
  const byKey = useMemo(() => {
    const map = new Map<string, TemplatePackageSummary[]>();
    for (const p of packages.data ?? []) map.set(p.key, [...(map.get(p.key) ?? []), p]);
    return map;
  }, [packages.data]);
  if (packages.isPending) return <PageLoading />;
  if (packages.isError) return <ErrorState error={packages.error} onRetry={() => void packages.refetch()} />;
  const rows = [...byKey.values()].map((versions) => versions[0]!);

  return (
    <Flex vertical gap={16} style={{ padding: 24 }}>
      <div>
        <Typography.Title level={3}>{t('tpl.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('tpl.subtitle')}</Typography.Paragraph>
      </div>
      <Table<TemplatePackageSummary>
        rowKey="key" dataSource={rows} pagination={false} locale={{ emptyText: t('tpl.empty') }} scroll={{ x: 900 }}
        columns={[
          {
            title: t('tpl.col.name'), key: 'name',
            render: (_: unknown, p) => (
              <Flex vertical>
                <Typography.Text strong>{localize(p.name)}</Typography.Text>
                <Typography.Text type="secondary" ellipsis={{ tooltip: localize(p.description) }} style={{ maxWidth: 420 }}>{localize(p.description)}</Typography.Text>
              </Flex>
            ),
          },
          { title: t('tpl.col.version'), dataIndex: 'version', width: 90 },
          {
            title: t('tpl.col.contents'), key: 'contents', width: 220,
            render: (_: unknown, p) => t('tpl.contents', { forms: p.parts.forms.length, flows: p.parts.flows.length, rules: p.parts.rules.length, reports: p.parts.reports.length }),
          },
          {
            title: t('tpl.col.status'), key: 'status', width: 110,
            render: (_: unknown, p) => (p.issues.length === 0
              ? <Tag color="green">{t('tpl.valid')}</Tag>
              : <Tooltip title={p.issues.slice(0, 5).map((i) => <div key={`${i.file}${i.path ?? ''}${i.code}`}>{localize(i.message)}</div>)}><Tag color="red">{t('tpl.issues', { count: p.issues.length })}</Tag></Tooltip>),
          },
          {
            title: t('tpl.col.installs'), key: 'installs',
            render: (_: unknown, p) => (p.installs.length === 0
              ? <Typography.Text type="secondary">{t('tpl.notInstalled')}</Typography.Text>
              : p.installs.map((i) => <Tag key={i.projectId} color={i.version === p.version ? 'blue' : 'orange'}>{i.projectName} · {i.version}</Tag>)),
          },
          {
            title: t('tpl.col.actions'), key: 'actions', width: 130, fixed: 'right',
            render: (_: unknown, p) => <Button type="primary" disabled={p.issues.length > 0} onClick={() => setPublishing(p.key)} data-testid={`tpl-publish-${p.key}`}>{t('tpl.publish')}</Button>,
          },
        ]}
      />
      {publishing && byKey.get(publishing) && <PublishDialog versions={byKey.get(publishing)!} onClose={() => setPublishing(null)} />}
    </Flex>
  );
}
