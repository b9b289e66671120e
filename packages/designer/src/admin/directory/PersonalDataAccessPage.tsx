import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Select, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { rolesQuery } from '../../api/index.js';
import { ErrorState, PageLoading } from '../../components/index.js';
import { useLang, useLocalize, useT } from '../../i18n/index.js';
import { formatDateTime } from '../../workspace/shared/format.js';
import { adminProjectsQuery, adminUsersQuery } from './api.js';
import { directoryMessages } from './messages.js';
import { accessTypes, personalDataAccessQuery, personalDataAccessXlsxHref, type AccessEntry, type AccessFilters, type AccessType } from './personal-data-access-api.js';

const PAGE_SIZE = 20;
const filterStyle = { width: '100%', maxWidth: 220 };

/**
 * Renders /admin/personal-data: the organisation's personal-data access log (who unmasked, exported or
 * downloaded personal data in clear, when, where, which fields), filterable, paged, downloadable
 * as an XLSX workbook with the same filters. Org admins only (the admin layout checks).
 */
export function PersonalDataAccessPage() {
  const t = useT(directoryMessages);
  const localize = useLocalize();
  const { lang } = useLang();
  const [filters, setFilters] = useState<AccessFilters>({});
  const [page, setPage] = useState(1);
  const log = useQuery(personalDataAccessQuery(filters, page, PAGE_SIZE));
  const projects = useQuery(adminProjectsQuery());
  const users = useQuery(adminUsersQuery());
  const roles = useQuery(rolesQuery());
  const roleName = useMemo(() => new Map((roles.data ?? []).map((r) => [r.key, localize(r.name)])), [roles.data, localize]);
  const change = (patch: Partial<AccessFilters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const onDates = (range: [Dayjs | null, Dayjs | null] | null) => change({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });
  const what = (e: AccessEntry) => [
    e.form?.name ? localize(e.form.name) : '',
    e.fields.map((f) => localize(f.label)).join(lang === 'zh' ? '、' : ', '),
    e.documents.length ? t('adm.pda.documents', { n: e.documents.length }) : '',
    e.rows !== null ? t('adm.pda.rows', { n: e.rows }) : '',
  ].filter(Boolean).join(lang === 'zh' ? '；' : '; ');
  return (
    <Flex vertical gap={16} data-testid="admin-personal-data">
      <div>
        <Typography.Title level={3}>{t('adm.pda.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('adm.pda.intro')}</Typography.Paragraph>
      </div>
      <Flex gap={8} wrap align="center">
        <Select allowClear placeholder={t('adm.pda.allProjects')} aria-label={t('adm.pda.allProjects')} style={filterStyle} data-testid="pda-project" value={filters.projectId}
          options={(projects.data ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(projectId?: string) => change({ projectId })} />
        <Select allowClear showSearch optionFilterProp="label" placeholder={t('adm.pda.allUsers')} aria-label={t('adm.pda.allUsers')} style={filterStyle} data-testid="pda-user" value={filters.userId}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName }))} onChange={(userId?: string) => change({ userId })} />
        <Select allowClear placeholder={t('adm.pda.allTypes')} aria-label={t('adm.pda.allTypes')} style={filterStyle} data-testid="pda-type" value={filters.type}
          options={accessTypes.map((type) => ({ value: type, label: t(`adm.pda.type.${type}`) }))} onChange={(type?: AccessType) => change({ type })} />
        <DatePicker.RangePicker style={{ width: '100%', maxWidth: 280 }} placeholder={[t('adm.pda.from'), t('adm.pda.to')]} onChange={onDates} data-testid="pda-dates" />
        <Button icon={<FileExcelOutlined />} href={personalDataAccessXlsxHref(filters, lang)} data-testid="pda-export">{t('adm.pda.export')}</Button>
      </Flex>
      {log.isPending ? <PageLoading /> : log.isError ? <ErrorState error={log.error} onRetry={() => void log.refetch()} /> : (
        <Table<AccessEntry>
          rowKey="id" dataSource={log.data.items} size="middle" scroll={{ x: 960 }} loading={log.isFetching}
          locale={{ emptyText: t('adm.pda.empty') }}
          onRow={(e) => ({ 'data-testid': `pda-row-${e.id}` } as object)}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: log.data.total, showSizeChanger: false, hideOnSinglePage: true, onChange: setPage, showTotal: (n) => t('adm.pda.total', { n }) }}
          columns={[
            { title: t('adm.pda.at'), key: 'at', width: 170, render: (_: unknown, e) => formatDateTime(e.at, lang) },
            {
              title: t('adm.pda.who'), key: 'who', width: 200,
              // A display name that already names the role ("Wang Fang (consultant)") gets no repeated tag.
              render: (_: unknown, e) => <>{e.actor.name} {e.actor.roles.map((r) => roleName.get(r) ?? r).filter((r) => !e.actor.name.includes(r)).map((r) => <Tag key={r}>{r}</Tag>)}</>,
            },
            { title: t('adm.pda.project'), key: 'project', width: 140, render: (_: unknown, e) => e.project.name },
            { title: t('adm.pda.type'), key: 'type', width: 190, render: (_: unknown, e) => <Tag color={e.type === 'records.exported' ? 'orange' : 'blue'}>{t(`adm.pda.type.${e.type}`)}</Tag> },
            { title: t('adm.pda.what'), key: 'what', render: (_: unknown, e) => what(e) },
            {
              title: t('adm.pda.record'), key: 'record', width: 190,
              render: (_: unknown, e) => (e.record ? <Link to={e.record.link}>{e.record.title || e.record.id}</Link> : e.commLogId ? `${t('adm.pda.commLog')} ${e.commLogId}` : ''),
            },
          ]}
        />
      )}
    </Flex>
  );
}
