import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { definitionListQuery, projectsQuery } from '../../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { useLocalize } from '../../i18n/index.js';
import { inboxQuery, urgeTask, wsKeys, type InboxScope, type TaskSummary } from '../shared/api.js';
import { compareByDue } from '../shared/sla.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { filterTasks, serverStatus, type InboxState } from './inbox-filter.js';
import { TaskCard } from './TaskCard.js';

const scopes: readonly InboxScope[] = ['mine', 'cc', 'started'];
const states: readonly InboxState[] = ['open', 'overdue', 'dueSoon', 'closed', 'all'];
const ALL = '*';
/** Each tab has its own empty text: "well done" fits only the to-do list. */
const EMPTY_TEXT = { mine: 'ws.inbox.empty', cc: 'ws.inbox.emptyCc', started: 'ws.inbox.emptyStarted' } as const satisfies Record<InboxScope, string>;

/** Renders the inbox: tabs to-do / CC'd to me / started by me, filters, and tasks ordered by due time with live SLA countdowns. */
export function InboxPage() {
  const t = useWsT();
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const scope = (scopes as readonly string[]).includes(params.get('scope') ?? '') ? params.get('scope') as InboxScope : 'mine';
  const state = (states as readonly string[]).includes(params.get('state') ?? '') ? params.get('state') as InboxState : 'open';
  const projectFilter = params.get('project') ?? projectId;
  const flowFilter = params.get('flow') ?? undefined;
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key); else next.set(key, value);
    setParams(next, { replace: true });
  };
  const now = useServerNow();
  const projects = useQuery(projectsQuery());
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const inbox = useQuery(inboxQuery(scope, projectFilter === ALL ? undefined : projectFilter, serverStatus(state)));
  const [urging, setUrging] = useState<string | null>(null);
  const urge = useMutation({
    mutationFn: (task: TaskSummary) => { setUrging(task.id); return urgeTask(task); },
    onSuccess: () => { void message.success(t('ws.urged')); void client.invalidateQueries({ queryKey: wsKeys.inbox }); },
    onError: (error) => { void message.error(errorText(error)); },
    onSettled: () => setUrging(null),
  });

  const flowName = (key: string) => localize(flows.data?.find((f) => f.key === key)?.name) || key;
  const items = useMemo(() => filterTasks(inbox.data ?? [], flowFilter, state, now).sort(compareByDue), [inbox.data, flowFilter, state, now]);
  const flowKeys = useMemo(() => [...new Set([...(flows.data ?? []).map((f) => f.key), ...(inbox.data ?? []).map((i) => i.flowKey)])], [flows.data, inbox.data]);

  const filters = (
    <Space wrap className="sf-ws-filters">
      <Select aria-label={t('ws.filter.project')} value={projectFilter} onChange={(v) => set('project', v)} popupMatchSelectWidth={false} style={{ minWidth: 150 }}
        options={[{ value: ALL, label: t('ws.filter.allProjects') }, ...(projects.data ?? []).map((p) => ({ value: p.id, label: localize(p.name) }))]} />
      <Select aria-label={t('ws.filter.flow')} value={flowFilter ?? ALL} onChange={(v) => set('flow', v === ALL ? undefined : v)} popupMatchSelectWidth={false} style={{ minWidth: 130 }}
        options={[{ value: ALL, label: t('ws.filter.allFlows') }, ...flowKeys.map((k) => ({ value: k, label: flowName(k) }))]} />
      <Select aria-label={t('ws.filter.state')} value={state} onChange={(v) => set('state', v)} style={{ minWidth: 110 }} data-testid="inbox-state"
        options={states.map((s) => ({ value: s, label: t(`ws.state.${s}`) }))} />
    </Space>
  );

  let body;
  if (inbox.isPending) body = <PageLoading />;
  else if (inbox.isError) body = <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  else if (!items.length) body = <Empty description={t(EMPTY_TEXT[scope])} data-testid={`inbox-empty-${scope}`} />;
  else body = (
    <div className="sf-ws-list" data-testid="inbox-list">
      {items.map((task) => (
        <TaskCard key={task.id} task={task} now={now} flowName={flowName(task.flowKey)}
          {...(scope === 'started' ? { onUrge: () => urge.mutate(task), urging: urging === task.id } : {})} />
      ))}
    </div>
  );

  return (
    <div className="sf-ws-inbox">
      <Tabs activeKey={scope} onChange={(k) => set('scope', k)} className="sf-ws-tabs"
        items={scopes.map((s) => ({ key: s, label: <span data-testid={`inbox-tab-${s}`}>{t(`ws.tab.${s}`)}</span> }))} />
      {filters}
      <Typography.Text type="secondary" className="sf-ws-count">{t('ws.inbox.count', { count: items.length })}</Typography.Text>
      {body}
    </div>
  );
}
