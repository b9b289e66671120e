import { DownloadOutlined, LockOutlined, SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, Empty, Input, Popover, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { definitionListQuery, definitionVersionQuery, definitionVersionsQuery } from '../../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { pickText, useLang, useLocalize } from '../../i18n/index.js';
import { formatValue, renderTree, type FormDefinition, type RenderNode } from '../../renderer/index.js';
import { recordsQuery, wsKeys, type RecordView } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { useWsT } from '../shared/hooks.js';
import { columnNodes, defaultColumns } from './columns.js';
import { FilterBar } from './FilterBar.js';
import { NewRecordButton } from './NewRecordButton.js';
import { useProjectPeople } from './people.js';
import { RECORD_STATUSES, recordStatusKey } from './record-status.js';
import { RecordStatusTag } from './RecordStatusTag.js';
import { createView, exportUrl, updateView, viewsQuery, type SavedView, type ViewFilter } from './views-api.js';

const PAGE_SIZE = 20;

/** Renders the tracking tables: pick a form, then its records (people by name, status) with saved views, column chooser, filters, status filter, sort, paging, pinyin search and export. */
export function TrackingPage() {
  const t = useWsT();
  const localize = useLocalize();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const forms = useQuery(definitionListQuery(projectId, 'forms'));
  const published = (forms.data ?? []).filter((f) => f.latestVersion !== null);
  const formKey = params.get('form') ?? published[0]?.key ?? '';
  const versions = useQuery({ ...definitionVersionsQuery(projectId, 'forms', formKey), enabled: Boolean(formKey) });
  const latest = versions.data?.[0]?.version ?? 0;
  const form = useQuery({ ...definitionVersionQuery<FormDefinition>(projectId, 'forms', formKey, latest), enabled: latest > 0 });
  if (forms.isPending) return <PageLoading />;
  if (forms.isError) return <ErrorState error={forms.error} onRetry={() => void forms.refetch()} />;
  if (!published.length) return <Empty description={t('ws.tracking.noForms')} />;
  return (
    <div className="sf-ws-tracking">
      <div className="sf-ws-tracking__head">
        <Typography.Title level={4} style={{ margin: 0 }}>{t('ws.tracking.title')}</Typography.Title>
        <Space wrap>
          <Select aria-label={t('ws.tracking.form')} value={formKey} style={{ minWidth: 180 }} data-testid="tracking-form"
            onChange={(v) => setParams({ form: v }, { replace: true })}
            options={published.map((f) => ({ value: f.key, label: localize(f.name) }))} />
          {formKey && <NewRecordButton formKey={formKey} />}
        </Space>
      </div>
      {form.data ? <RecordsTable key={`${formKey}:${latest}`} projectId={projectId} formKey={formKey} definition={form.data.definition} /> : <PageLoading />}
    </div>
  );
}

function RecordsTable({ projectId, formKey, definition }: { projectId: string; formKey: string; definition: FormDefinition }) {
  const t = useWsT();
  const { lang } = useLang();
  const errorText = useErrorText();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const navigate = useNavigate();
  const nodes = useMemo(() => columnNodes(renderTree(definition)), [definition]);
  const byKey = useMemo(() => new Map<string, RenderNode>(nodes.map((n) => [n.key, n])), [nodes]);
  const [columns, setColumns] = useState<string[]>(() => defaultColumns(nodes, definition.tableColumns));
  const [filters, setFilters] = useState<ViewFilter[]>([]);
  const [status, setStatus] = useState('');
  const people = useProjectPeople(projectId);
  const [sort, setSort] = useState('-createdAt');
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [viewId, setViewId] = useState<string | null>(null);
  const views = useQuery(viewsQuery(projectId, formKey));
  // The status filter is one more condition on the record's `status` column (saved with the view).
  const activeFilters = [...filters.filter((f) => f.value !== '' && f.value !== undefined && f.value !== null), ...(status ? [{ field: 'status', op: 'eq' as const, value: status }] : [])];
  const filter = activeFilters.length ? JSON.stringify(activeFilters) : undefined;
  const records = useQuery(recordsQuery(projectId, { form: formKey, page, pageSize: PAGE_SIZE, sort, ...(q ? { q } : {}), ...(filter ? { filter } : {}) }));
  useEffect(() => { setPage(1); }, [q, filter, sort]);

  const applyView = (view: SavedView | null) => {
    setViewId(view?.id ?? null);
    setColumns(view ? [...view.columns].filter((c) => byKey.has(c)) : defaultColumns(nodes, definition.tableColumns));
    setFilters(view ? view.filters.filter((f) => f.field !== 'status') : []);
    setStatus(String(view?.filters.find((f) => f.field === 'status')?.value ?? ''));
    setSort(view?.sort ?? '-createdAt');
  };
  const saveView = useMutation({
    mutationFn: async (name: string | null) => {
      const current = views.data?.find((v) => v.id === viewId);
      const spec = { columns, filters: activeFilters, sort };
      return current && name === null ? updateView(projectId, current, spec) : createView(projectId, { formKey, name: name ?? t('ws.tracking.defaultView'), shared: false, ...spec });
    },
    onSuccess: (view) => { setViewId(view.id); void message.success(t('ws.tracking.viewSaved')); void client.invalidateQueries({ queryKey: wsKeys.views(projectId, formKey) }); },
    onError: (error) => { void message.error(errorText(error)); },
  });
  const askName = () => {
    let name = '';
    modal.confirm({
      title: t('ws.tracking.saveView'),
      content: <Input autoFocus placeholder={t('ws.tracking.viewName')} onChange={(e) => { name = e.target.value; }} data-testid="view-name" />,
      onOk: () => saveView.mutateAsync(name.trim() || t('ws.tracking.defaultView')),
    });
  };

  const tableColumns: TableProps<RecordView>['columns'] = [
    ...columns.map((key) => {
      const node = byKey.get(key);
      const sortOrder = sort === key ? 'ascend' as const : sort === `-${key}` ? 'descend' as const : null;
      return {
        key, dataIndex: ['data', key], title: node ? pickText(node.ui.label, lang) : key, sorter: node?.type !== 'subtable', sortOrder, ellipsis: true,
        render: (_: unknown, row: RecordView) => {
          const value = row.data[key];
          const text = node?.type === 'person' || node?.type === 'role' ? people.text(node.type, value) : node ? formatValue(node, value, lang) : String(value ?? '');
          return row.masked.includes(key) ? <span data-masked="true"><LockOutlined style={{ color: '#999', marginInlineEnd: 4 }} aria-label={t('ws.tracking.masked')} />{text}</span> : text;
        },
      };
    }),
    {
      key: 'createdAt', dataIndex: 'createdAt', title: t('ws.tracking.createdAt'), sorter: true, width: 170,
      sortOrder: sort === 'createdAt' ? 'ascend' : sort === '-createdAt' ? 'descend' : null,
      render: (v: number) => formatDateTime(v, lang),
    },
    {
      key: 'status', dataIndex: 'status', title: t('ws.tracking.status'), sorter: true, width: 100,
      sortOrder: sort === 'status' ? 'ascend' : sort === '-status' ? 'descend' : null,
      render: (v: string) => <RecordStatusTag status={v} />,
    },
  ];
  const chooser = (
    <Checkbox.Group value={columns} onChange={(v) => setColumns(nodes.map((n) => n.key).filter((k) => (v as string[]).includes(k)))} className="sf-ws-colchooser" data-testid="column-chooser">
      {nodes.map((n) => <Checkbox key={n.key} value={n.key}>{pickText(n.ui.label, lang) || n.key}</Checkbox>)}
    </Checkbox.Group>
  );

  return (
    <>
      <div className="sf-ws-tracking__tools">
        <Input.Search allowClear enterButton value={search} onChange={(e) => setSearch(e.target.value)} onSearch={(v) => setQ(v.trim())}
          placeholder={t('ws.tracking.search')} className="sf-ws-tracking__search" data-testid="tracking-search" />
        <Space wrap>
          <Select value={status} style={{ minWidth: 110 }} aria-label={t('ws.tracking.status')} onChange={setStatus} data-testid="status-filter"
            options={[{ value: '', label: `${t('ws.tracking.status')}：${t('ws.state.all')}` }, ...RECORD_STATUSES.map((s) => ({ value: s, label: t(recordStatusKey(s)!) }))]} />
          <Select value={viewId ?? ''} style={{ minWidth: 140 }} aria-label={t('ws.tracking.views')}
            onChange={(id) => applyView(views.data?.find((v) => v.id === id) ?? null)}
            options={[{ value: '', label: t('ws.tracking.defaultView') }, ...(views.data ?? []).map((v) => ({ value: v.id, label: v.name }))]} />
          <Button icon={<SaveOutlined />} onClick={() => (viewId ? saveView.mutate(null) : askName())} loading={saveView.isPending}>{t('ws.tracking.saveView')}</Button>
          <Popover trigger="click" content={chooser} title={t('ws.tracking.columns')} placement="bottomRight">
            <Button icon={<SettingOutlined />} data-testid="columns-button">{t('ws.tracking.columns')}</Button>
          </Popover>
          <Button icon={<DownloadOutlined />} href={exportUrl(projectId, { form: formKey, ...(q ? { q } : {}), filters: activeFilters, sort, columns, lang })} data-testid="export-xlsx">{t('ws.tracking.export')}</Button>
        </Space>
      </div>
      <FilterBar nodes={nodes} filters={filters} onChange={setFilters} />
      {records.isError ? <ErrorState error={records.error} onRetry={() => void records.refetch()} /> : (
        <Table<RecordView> rowKey="id" size="middle" columns={tableColumns} dataSource={records.data?.items ?? []} loading={records.isFetching}
          scroll={{ x: 'max-content' }} data-testid="tracking-table"
          onRow={(row) => ({ onClick: () => void navigate(`../records/${encodeURIComponent(row.id)}`, { relative: 'path' }), style: { cursor: 'pointer' } })}
          onChange={(_p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = String(s?.columnKey ?? '');
            setSort(!s?.order || !field ? '-createdAt' : s.order === 'ascend' ? field : `-${field}`);
          }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: records.data?.total ?? 0, onChange: setPage, showSizeChanger: false, showTotal: (total) => t('ws.tracking.total', { total }) }} />
      )}
    </>
  );
}
