import { ArrowLeftOutlined, IdcardOutlined, LinkOutlined } from '@ant-design/icons';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, definitionVersionQuery, isApiError } from '../../api/index.js';
import { ErrorState, PageLoading, useErrorText } from '../../components/index.js';
import { useLang, useLocalize } from '../../i18n/index.js';
import { FormRenderer, issuesByPath, setAt, validateForm, withoutMasked, type FieldPermission, type Issue } from '../../renderer/index.js';
import { submitThroughOutbox } from '../../offline/index.js';
import { useSession } from '../../app/useSession.js';
import { membersQuery, taskActionRequest, taskQuery, uploadFile, wsKeys, type TaskActionBody, type TaskDetail } from '../shared/api.js';
import { formatDateTime } from '../shared/format.js';
import { usePhone, useServerNow, useWsT } from '../shared/hooks.js';
import { SlaCountdown } from '../shared/SlaCountdown.js';
import { ActionDialog, type ActionInput } from './ActionDialog.js';
import { DATA_ACTIONS, isTaskAction, migratedFrom, returnTargets, type TaskActionName } from './action-dialog.js';
import { Timeline } from './Timeline.js';
import { canIssueLink, linkableFields } from './external-link.js';
import { ExternalLinkDialog } from './ExternalLinkDialog.js';
import { ExtendDue } from './ExtendDue.js';
import { Reassign } from './Reassign.js';
import { applyChange } from '../shared/merge-change.js';

const EDITABLE: ReadonlySet<FieldPermission> = new Set(['edit', 'required']);
const PRIMARY: readonly TaskActionName[] = ['approve', 'submit'];

/** Returns the values of the fields this step may edit; masked values never go back (the server keeps the real ones). Pure. */
export function editableData(data: Readonly<Record<string, unknown>>, access: Readonly<Record<string, FieldPermission>>, masked: readonly string[] = []): Record<string, unknown> {
  const mine = withoutMasked(data, masked);
  return Object.fromEntries(Object.entries(access).filter(([k, p]) => EDITABLE.has(p) && mine[k] !== undefined).map(([k]) => [k, mine[k]]));
}

/** Renders one task: the generated form under the step's field permissions, its actions, attachments and the record's timeline. */
export function TaskPage() {
  const { taskId = '', projectId = '' } = useParams();
  const detail = useQuery(taskQuery(taskId));
  if (detail.isPending) return <PageLoading />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  return <TaskView key={`${detail.data.task.id}:${detail.data.task.version}`} detail={detail.data} projectId={projectId} />;
}

function TaskView({ detail, projectId }: { detail: TaskDetail; projectId: string }) {
  const t = useWsT();
  const { lang } = useLang();
  const localize = useLocalize();
  const errorText = useErrorText();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const phone = usePhone();
  const now = useServerNow();
  const session = useSession();
  const { task, record, form, fieldAccess } = detail;
  const [value, setValue] = useState<Record<string, unknown>>(() => ({ ...record.data }));
  const [issues, setIssues] = useState<Record<string, Issue[]>>({});
  const [dialog, setDialog] = useState<TaskActionName | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  // Masked fields shown in clear (audited) leave the masked list and become editable like any other.
  const [revealed, setRevealed] = useState<readonly string[]>([]);
  const masked = useMemo(() => record.masked.filter((p) => !revealed.includes(p)), [record.masked, revealed]);
  const unmask = async (field: string) => {
    try {
      const shown = await api.post<{ field: string; value: unknown }>(`/projects/${encodeURIComponent(record.projectId)}/records/${encodeURIComponent(record.id)}/unmask`, { field });
      setValue((v) => setAt(v, shown.field, shown.value ?? undefined));
      setRevealed((r) => [...r, shown.field]);
    } catch (error) { void message.error(errorText(error)); }
  };
  const members = useQuery(membersQuery(task.projectId));
  const flow = useQuery(definitionVersionQuery<{ nodes: { id: string; name: unknown }[] }>(task.projectId, 'flows', task.flowKey, detail.instance.flowVersion));
  // A case moved from older versions names the steps it passed there by those versions' names.
  const earlier = useQueries({ queries: migratedFrom(detail.timeline).map((v) => definitionVersionQuery<{ nodes: { id: string; name: unknown }[] }>(task.projectId, 'flows', task.flowKey, v)) });
  const nodeNames = Object.fromEntries([...earlier.flatMap((q) => q.data?.definition.nodes ?? []), ...(flow.data?.definition.nodes ?? [])].map((n) => [n.id, n.name]));
  const userName = (id: string) => members.data?.find((m) => m.userId === id)?.displayName ?? id;
  const known = useMemo(() => (flow.data ? new Set(flow.data.definition.nodes.map((n) => n.id)) : undefined), [flow.data]);
  const targets = returnTargets(detail.timeline, task.nodeId, detail.returnTo, known);
  // Return needs an earlier step to go back to; the first step has none.
  const actions = detail.actions.filter(isTaskAction).filter((a) => a !== 'return' || targets.length > 0);
  const canEdit = task.status === 'open' && actions.some((a) => DATA_ACTIONS.has(a));
  useEffect(() => { setIssues({}); }, [detail]);

  const act = useMutation({
    mutationFn: async ({ action, input }: { action: TaskActionName; input: ActionInput }) => {
      const body: TaskActionBody = {
        action, version: task.version,
        ...(DATA_ACTIONS.has(action) ? { data: editableData(value, fieldAccess, masked) } : {}),
        ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
        ...(input.target ? { target: input.target } : {}),
        ...(input.to ? { to: input.to } : {}),
        ...(input.users?.length ? { users: input.users } : {}),
        ...(action === 'addSigner' ? { position: input.position ?? 'after' } : {}),
      };
      const request = taskActionRequest(task.id, body);
      // Submissions go through the device outbox: kept and re-sent with the same key when offline.
      if (DATA_ACTIONS.has(action)) return submitThroughOutbox(request, `${localize(task.name)} · ${task.title}`, { projectId, kind: 'task' });
      return { status: 'sent' as const, response: await api.post(request.path, request.body) };
    },
    onSuccess: (result, { action }) => {
      setDialog(null);
      void client.invalidateQueries({ queryKey: wsKeys.inbox });
      void client.invalidateQueries({ queryKey: wsKeys.task(task.id) });
      if (result.status === 'queued') { void message.warning(t('ws.start.queued')); void navigate(`/p/${encodeURIComponent(projectId)}/workspace`); return; }
      void message.success(t('ws.task.done'));
      if (action !== 'comment' && action !== 'urge' && action !== 'cc') void navigate(`/p/${encodeURIComponent(projectId)}/workspace`);
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 409) { void message.warning(t('ws.task.conflict')); void client.invalidateQueries({ queryKey: wsKeys.task(task.id) }); setDialog(null); return; }
      if (isApiError(error) && error.issues.length) { setIssues(issuesByPath(error.issues)); setDialog(null); }
      void message.error(errorText(error));
    },
  });

  const start = (action: TaskActionName) => {
    if (DATA_ACTIONS.has(action)) {
      const result = validateForm(form, value, { permissions: fieldAccess, defaultPermission: 'read', previous: record.data, masked });
      if (!result.ok) {
        // Only the fields of this step count (masked ones are already left out).
        const mine = Object.fromEntries(Object.entries(result.issues).filter(([path]) => EDITABLE.has(fieldAccess[path.split('.')[0] ?? ''] ?? 'read')));
        if (Object.keys(mine).length) { setIssues(issuesByPath(mine)); void message.error(t('ws.task.invalid')); return; }
      }
    }
    setIssues({});
    if (action === 'submit') act.mutate({ action, input: {} });
    else setDialog(action);
  };

  const primary = actions.filter((a) => PRIMARY.includes(a));
  const secondary = actions.filter((a) => !PRIMARY.includes(a));
  const actionBar = actions.length > 0 && (
    <div className={`sf-ws-actionbar ${phone ? 'sf-ws-actionbar--phone' : ''} sf-touch`} data-testid="task-actions">
      {primary.map((a) => <Button key={a} type="primary" size="large" onClick={() => start(a)} data-testid={`action-${a}`}>{t(`ws.action.${a}`)}</Button>)}
      {secondary.map((a) => <Button key={a} size="large" danger={a === 'reject'} onClick={() => start(a)} data-testid={`action-${a}`}>{t(`ws.action.${a}`)}</Button>)}
    </div>
  );
  const me = session.data?.user?.id;
  const notMine = task.status === 'open' && me && !detail.pending.includes(me);
  const linkFields = useMemo(() => linkableFields(form, fieldAccess), [form, fieldAccess]);
  const closeLink = (stale: boolean) => {
    setLinkOpen(false);
    if (stale) void client.invalidateQueries({ queryKey: wsKeys.task(task.id) });
  };

  return (
    <div className="sf-ws-taskpage" data-testid="task-page">
      <div className="sf-ws-taskpage__head">
        <Link to={`/p/${encodeURIComponent(projectId)}/workspace`}><Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('ws.task.back')}>{phone ? null : t('ws.task.back')}</Button></Link>
        {/* The customer's name opens the customer's page (all their flows, documents and activity). */}
        <Link to={`/p/${encodeURIComponent(projectId)}/workspace/records/${encodeURIComponent(record.id)}`} className="sf-ws-taskpage__titlelink" data-testid="task-record-link" title={t('ws.task.record')}>
          <Typography.Title level={4} className="sf-ws-taskpage__title" ellipsis>{task.title || t('ws.inbox.untitled')}</Typography.Title>
          <IdcardOutlined aria-label={t('ws.task.record')} />
        </Link>
        <Tag color="blue">{localize(task.name)}</Tag>
        <SlaCountdown task={task} now={now} />
      </div>
      <div className="sf-ws-taskpage__grid">
        <div className="sf-ws-taskpage__main">
          {task.status !== 'open' && <Alert type="success" showIcon title={t('ws.task.closed')} style={{ marginBottom: 12 }} />}
          {notMine && <Alert type="info" showIcon title={t('ws.task.readOnly')} style={{ marginBottom: 12 }} />}
          <Card size="small" title={t('ws.task.form')}>
            <FormRenderer definition={form} value={value} onChange={canEdit ? (next, path) => setValue(applyChange(next, path)) : undefined} readOnly={!canEdit}
              permissions={fieldAccess} defaultPermission="read" previous={record.data} issues={issues} now={now} masked={masked} onUnmask={unmask}
              services={{ upload: (file) => uploadFile(task.projectId, file), people: (members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName })) }} />
          </Card>
          {!phone && actionBar}
        </div>
        <div className="sf-ws-taskpage__side">
          {canIssueLink(detail, me, linkFields) && (
            <Card size="small" title={t('ws.link.cardTitle')} style={{ marginBottom: 12 }} data-testid="external-link-card">
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('ws.link.cardIntro')}</Typography.Paragraph>
              <Button block icon={<LinkOutlined />} onClick={() => setLinkOpen(true)} className="sf-touch" data-testid="external-link-open">{t('ws.link.action')}</Button>
            </Card>
          )}
          <Card size="small" title={t('ws.task.assignees')} style={{ marginBottom: 12 }}
            extra={<Space size={4} wrap>
              {detail.actions.includes('extendDue') && task.dueAt !== null && <ExtendDue task={{ ...task, dueAt: task.dueAt }} deadlineAt={detail.instance.deadlineAt ?? null} />}
              {detail.actions.includes('reassign') && <Reassign task={task} pending={detail.pending} onTask={detail.assignees} members={members.data ?? []} />}
            </Space>}>
            <Descriptions size="small" column={1} items={[
              { key: 'pending', label: t('ws.task.pending'), children: <span data-testid="task-pending">{detail.pending.map(userName).join(lang === 'zh' ? '、' : ', ') || '—'}</span> },
              { key: 'due', label: t('ws.sla.due', { time: '' }).trim(), children: <span data-testid="task-due">{formatDateTime(task.dueAt, lang) || t('ws.sla.none')}</span> },
            ]} />
          </Card>
          <Card size="small" title={t('ws.task.timeline')} data-testid="timeline">
            <Timeline entries={detail.timeline} nodeNames={nodeNames} userName={userName} />
          </Card>
        </div>
      </div>
      {phone && actionBar}
      <ActionDialog action={dialog} members={members.data ?? []} targets={targets} nodeNames={nodeNames} busy={act.isPending}
        onCancel={() => setDialog(null)} onOk={(input) => { if (dialog) act.mutate({ action: dialog, input }); }} />
      {linkOpen && <ExternalLinkDialog taskId={task.id} form={form} access={fieldAccess} value={value} fields={linkFields} onClose={closeLink} />}
    </div>
  );
}
