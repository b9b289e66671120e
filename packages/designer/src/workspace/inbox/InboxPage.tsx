import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Input, Select, Space, Tabs, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useCallback, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { definitionListQuery, membersQuery, projectsQuery, rolesQuery } from '../../api/index.js';
import { useSession } from '../../app/useSession.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { pickText, useLang, useLocalize } from '../../i18n/index.js';
import { inboxQuery, urgeTask, wsKeys, type TaskSummary } from '../shared/api.js';
import { compareByDue } from '../shared/sla.js';
import { useServerNow, useWsT } from '../shared/hooks.js';
import { filterTasks, matchesSearch, serverStatus, type InboxState } from './inbox-filter.js';
import { TaskCard } from './TaskCard.js';
import { canSeeProjectTasks, holdersOf, holdersText, inboxTabs, pickTab, projectTasksQuery, type InboxTab, type ProjectTaskSummary } from './project-tasks.js';

const states: readonly InboxState[] = ['open', 'overdue', 'dueSoon', 'closed', 'all'];
const ALL = '*';
/** Each tab has its own empty text: "well done" fits only the to-do list. */
const EMPTY_TEXT = { mine: 'ws.inbox.empty', cc: 'ws.inbox.emptyCc', started: 'ws.inbox.emptyStarted', project: 'ws.inbox.emptyProject' } as const satisfies Record<InboxTab, string>;

/**
 * Renders the inbox: tabs to-do / CC'd to me / started by me (and every task of the project with its holders, for
 * its supervisors), filters, and tasks ordered by due time with live SLA countdowns.
 */
export function InboxPage() {
  const t = useWsT();
  const localize = useLocalize();
  const { lang } = useLang();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const client = useQueryClient();
  const { projectId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const session = useSession();
  const tabs = inboxTabs(canSeeProjectTasks(session.data, projectId));
  const scope = pickTab(params.get('scope'), tabs);
  const state = (states as readonly string[]).includes(params.get('state') ?? '') ? params.get('state') as InboxState : 'open';
  const projectFilter = params.get('project') ?? projectId;
  const flowFilter = params.get('flow') ?? undefined;
  // Held by: in the project view, only the steps one person holds (the project settings' member list links here).
  const holderFilter = scope === 'project' ? params.get('holder') ?? undefined : undefined;
  // Search: a customer, unit, step or flow among the rows (kept in the address, so back returns to it).
  const search = params.get('q') ?? '';
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key); else next.set(key, value);
    setParams(next, { replace: true });
  };
  const now = useServerNow();
  const projects = useQuery(projectsQuery());
  const flows = useQuery(definitionListQuery(projectId, 'flows'));
  const own = useQuery({ ...inboxQuery(scope === 'project' ? 'mine' : scope, projectFilter === ALL ? undefined : projectFilter, serverStatus(state)), enabled: scope !== 'project' });
  // The whole project's steps name the holder filter's choices; one person's steps are asked for as theirs.
  const all = useQuery({ ...projectTasksQuery(projectId, serverStatus(state)), enabled: scope === 'project' });
  const held = useQuery({ ...projectTasksQuery(projectId, serverStatus(state), holderFilter), enabled: scope === 'project' && !!holderFilter });
  const inbox = scope !== 'project' ? own : holderFilter ? held : all;
  const roles = useQuery({ ...rolesQuery(), enabled: scope === 'project' });
  const roleName = useMemo(() => {
    const names = new Map((roles.data ?? []).map((r) => [r.key, pickText(r.name, lang)]));
    return (key: string) => names.get(key) ?? key;
  }, [roles.data, lang]);
  const [urging, setUrging] = useState<string | null>(null);
  const urge = useMutation({
    mutationFn: (task: TaskSummary) => { setUrging(task.id); return urgeTask(task); },
    onSuccess: () => { void message.success(t('ws.urged')); void client.invalidateQueries({ queryKey: wsKeys.inbox }); },
    onError: (error) => { void message.error(errorText(error)); },
    onSettled: () => setUrging(null),
  });

  const flowName = useCallback((key: string) => localize(flows.data?.find((f) => f.key === key)?.name) || key, [flows.data, localize]);
  const items: ProjectTaskSummary[] = useMemo(
    () => filterTasks<ProjectTaskSummary>(inbox.data ?? [], flowFilter, state, now, holderFilter).filter((task) => matchesSearch(task, search, flowName)).sort(compareByDue),
    [inbox.data, flowFilter, state, now, holderFilter, search, flowName]);
  const holders = useMemo(() => (scope === 'project' ? holdersOf(all.data ?? []) : []), [scope, all.data]);
  // A person who holds nothing in this status still shows by name, so the filter never silently vanishes.
  const holderMissing = !!holderFilter && all.isSuccess && !holders.some((h) => h.userId === holderFilter);
  const members = useQuery({ ...membersQuery(projectId), enabled: holderMissing });
  const missingName = members.data?.find((m) => m.userId === holderFilter)?.displayName ?? holderFilter;
  const flowKeys = useMemo(() => [...new Set([...(flows.data ?? []).map((f) => f.key), ...(inbox.data ?? []).map((i) => i.flowKey)])], [flows.data, inbox.data]);

  const filters = (
    <Space wrap className="sf-ws-filters">
      {scope !== 'project' && (
        <Select aria-label={t('ws.filter.project')} value={projectFilter} onChange={(v) => set('project', v)} popupMatchSelectWidth={false} style={{ minWidth: 150 }}
          options={[{ value: ALL, label: t('ws.filter.allProjects') }, ...(projects.data ?? []).map((p) => ({ value: p.id, label: localize(p.name) }))]} />
      )}
      <Select aria-label={t('ws.filter.flow')} value={flowFilter ?? ALL} onChange={(v) => set('flow', v === ALL ? undefined : v)} popupMatchSelectWidth={false} style={{ minWidth: 130 }}
        options={[{ value: ALL, label: t('ws.filter.allFlows') }, ...flowKeys.map((k) => ({ value: k, label: flowName(k) }))]} />
      {scope === 'project' && (
        <Select aria-label={t('ws.filter.holder')} value={holderFilter ?? ALL} onChange={(v) => set('holder', v === ALL ? undefined : v)} popupMatchSelectWidth={false} style={{ minWidth: 130 }}
          showSearch={{ optionFilterProp: 'label' }} data-testid="inbox-holder"
          options={[{ value: ALL, label: t('ws.filter.allHolders') }, ...holders.map((h) => ({ value: h.userId, label: holdersText([h], roleName, lang) })),
            ...(holderMissing ? [{ value: holderFilter, label: missingName }] : [])]} />
      )}
      <Select aria-label={t('ws.filter.state')} value={state} onChange={(v) => set('state', v)} style={{ minWidth: 110 }} data-testid="inbox-state"
        options={states.map((s) => ({ value: s, label: t(`ws.state.${s}`) }))} />
      <Input allowClear prefix={<SearchOutlined />} placeholder={t('ws.filter.search')} aria-label={t('ws.filter.search')} value={search}
        onChange={(e) => set('q', e.target.value || undefined)} className="sf-ws-search" style={{ width: 280 }} data-testid="inbox-search" />
    </Space>
  );

  let body;
  if (inbox.isPending) body = <PageLoading />;
  else if (inbox.isError) body = <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  else if (!items.length && search.trim()) body = <Empty description={t('ws.inbox.noMatch', { query: search.trim() })} data-testid="inbox-no-match" />;
  else if (!items.length) body = <Empty description={t(EMPTY_TEXT[scope])} data-testid={`inbox-empty-${scope}`} />;
  else body = (
    <div className="sf-ws-list" data-testid="inbox-list">
      {items.map((task) => (
        <TaskCard key={task.id} task={task} now={now} flowName={flowName(task.flowKey)}
          {...(scope === 'project' ? { holders: holdersText(task.holders ?? [], roleName, lang) } : {})}
          {...(scope === 'started' ? { onUrge: () => urge.mutate(task), urging: urging === task.id } : {})} />
      ))}
    </div>
  );

  return (
    <div className="sf-ws-inbox">
      <Tabs activeKey={scope} onChange={(k) => set('scope', k)} className="sf-ws-tabs"
        items={tabs.map((s) => ({ key: s, label: <span data-testid={`inbox-tab-${s}`}>{t(`ws.tab.${s}`)}</span> }))} />
      {filters}
      <Typography.Text type="secondary" className="sf-ws-count">{t('ws.inbox.count', { count: items.length })}</Typography.Text>
      {body}
    </div>
  );
}
