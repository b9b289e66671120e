import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Empty, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { definitionListQuery, definitionVersionQuery, definitionVersionsQuery } from '../../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { pickText, useLang, useLocalize } from '../../i18n/index.js';
import { renderTree, type FormDefinition, type RenderNode } from '../../renderer/index.js';
import { recordsQuery, wsKeys } from '../shared/api.js';
import { usePhone, useWsT } from '../shared/hooks.js';
import { columnNodes, defaultColumns, newFilter } from './columns.js';
import { createdInMonth, parseMonth } from './created-month.js';
import { FilterBar } from './FilterBar.js';
import { NewRecordButton } from './NewRecordButton.js';
import { useProjectPeople } from './people.js';
import { RecordCards, type RecordsPage } from './RecordCards.js';
import { RecordTable } from './RecordTable.js';
import { SaveViewDialog } from './SaveViewDialog.js';
import { DEFAULT_SORT } from './sort.js';
import { SortControl } from './SortControl.js';
import { TrackingTools } from './TrackingTools.js';
import { createView, exportUrl, updateView, viewsQuery, type SavedView, type ViewFilter } from './views-api.js';

const PAGE_SIZE = 20;

/**
 * Renders the tracking tables: pick a form, then its records (people by name, status) with saved
 * views, column chooser, filters, status filter, sort, paging, pinyin search and export; a table
 * on laptops, cards on phones.
 */
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
      {form.data ? <Records key={`${formKey}:${latest}`} projectId={projectId} formKey={formKey} definition={form.data.definition} /> : <PageLoading />}
    </div>
  );
}

/** Renders one form's records with the view state (columns, filters, status, sort, search, page) shared by the table and the cards. */
function Records({ projectId, formKey, definition }: { projectId: string; formKey: string; definition: FormDefinition }) {
  const t = useWsT();
  const { lang } = useLang();
  const phone = usePhone();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const nodes = useMemo(() => columnNodes(renderTree(definition)), [definition]);
  const byKey = useMemo(() => new Map<string, RenderNode>(nodes.map((n) => [n.key, n])), [nodes]);
  const [columns, setColumns] = useState<string[]>(() => defaultColumns(nodes, definition.tableColumns));
  const [filters, setFilters] = useState<ViewFilter[]>([]);
  const [status, setStatus] = useState('');
  const people = useProjectPeople(projectId);
  const [sort, setSort] = useState(DEFAULT_SORT);
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [viewId, setViewId] = useState<string | null>(null);
  const [naming, setNaming] = useState(false);
  const views = useQuery(viewsQuery(projectId, formKey));
  // ?created=2025-12 (from the regional overview's new cancellations): the month's records, until its tag is closed; not saved with a view.
  const [params, setParams] = useSearchParams();
  const createdMonth = parseMonth(params.get('created'));
  const clearCreated = () => setParams((p) => { p.delete('created'); return p; }, { replace: true });
  // The status filter is one more condition on the record's `status` column (saved with the view).
  const viewFilters = [...filters.filter((f) => f.value !== '' && f.value !== undefined && f.value !== null), ...(status ? [{ field: 'status', op: 'eq' as const, value: status }] : [])];
  const activeFilters = [...viewFilters, ...(createdMonth ? createdInMonth(createdMonth) : [])];
  const filter = activeFilters.length ? JSON.stringify(activeFilters) : undefined;
  const records = useQuery(recordsQuery(projectId, { form: formKey, page, pageSize: PAGE_SIZE, sort, ...(q ? { q } : {}), ...(filter ? { filter } : {}) }));
  useEffect(() => { setPage(1); }, [q, filter, sort]);

  const applyView = (view: SavedView | null) => {
    setViewId(view?.id ?? null);
    setColumns(view ? [...view.columns].filter((c) => byKey.has(c)) : defaultColumns(nodes, definition.tableColumns));
    setFilters(view ? view.filters.filter((f) => f.field !== 'status') : []);
    setStatus(String(view?.filters.find((f) => f.field === 'status')?.value ?? ''));
    setSort(view?.sort ?? DEFAULT_SORT);
  };
  // Saving with a saved view selected updates that view; with the built-in view selected it creates a new, named one.
  const saveView = useMutation({
    mutationFn: async (target: { view: SavedView } | { name: string }) => {
      const spec = { columns, filters: viewFilters, sort };
      return 'view' in target ? updateView(projectId, target.view, spec) : createView(projectId, { formKey, name: target.name, shared: false, ...spec });
    },
    onSuccess: (view) => {
      setViewId(view.id);
      setNaming(false);
      void message.success(t('ws.tracking.viewSaved'));
      void client.invalidateQueries({ queryKey: wsKeys.views(projectId, formKey) });
    },
    onError: (error) => { void message.error(errorText(error)); },
  });
  const selectedView = views.data?.find((v) => v.id === viewId);
  const chooser = (
    <Checkbox.Group value={columns} onChange={(v) => setColumns(nodes.map((n) => n.key).filter((k) => (v as string[]).includes(k)))} className="sf-ws-colchooser" data-testid="column-chooser">
      {nodes.map((n) => <Checkbox key={n.key} value={n.key}>{pickText(n.ui.label, lang) || n.key}</Checkbox>)}
    </Checkbox.Group>
  );
  const paging: RecordsPage = {
    items: records.data?.items ?? [], total: records.data?.total ?? 0, page, pageSize: PAGE_SIZE, loading: records.isFetching, onPage: setPage,
  };

  return (
    <>
      <TrackingTools search={search} onSearchText={setSearch} onSearch={setQ} status={status} onStatus={setStatus}
        views={views.data ?? []} viewId={viewId} onView={applyView} onSaveView={() => (selectedView ? saveView.mutate({ view: selectedView }) : setNaming(true))} saving={saveView.isPending}
        chooser={chooser} exportHref={exportUrl(projectId, { form: formKey, ...(q ? { q } : {}), filters: activeFilters, sort, columns, lang })}
        onAddFilter={() => { const next = newFilter(nodes); if (next) setFilters([...filters, next]); }}
        sortControl={<SortControl columns={columns} byKey={byKey} sort={sort} onSort={setSort} />} />
      {naming && <SaveViewDialog existingNames={(views.data ?? []).map((v) => v.name)} saving={saveView.isPending}
        onCancel={() => setNaming(false)} onSave={(name) => saveView.mutateAsync({ name })} />}
      {createdMonth && (
        <Tag closable onClose={clearCreated} data-testid="tracking-created" style={{ marginBottom: 8 }}>
          {t('ws.tracking.createdIn', { year: createdMonth.slice(0, 4), month: createdMonth.slice(5) })}
        </Tag>
      )}
      <FilterBar nodes={nodes} filters={filters} onChange={setFilters} compact={phone} />
      {records.isError ? <ErrorState error={records.error} onRetry={() => void records.refetch()} />
        : phone ? <RecordCards columns={columns} byKey={byKey} people={people} paging={paging} />
          : <RecordTable columns={columns} byKey={byKey} people={people} sort={sort} onSort={setSort} paging={paging} />}
    </>
  );
}
