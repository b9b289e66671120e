import { queryOptions } from '@tanstack/react-query';
import { api, membersQuery, toPage, type ProjectMember, type RequestOptions } from '../../api/index.js';
import type { Text } from '../../i18n/index.js';
import type { AttachmentRef, FieldPermission, FormDefinition } from '../../renderer/index.js';

/** An inbox row (`GET /api/tasks`). */
export interface TaskSummary {
  readonly id: string;
  readonly projectId: string;
  readonly instanceId: string;
  readonly recordId: string;
  readonly flowKey: string;
  readonly instanceStatus: string;
  readonly nodeId: string;
  readonly name: Text;
  readonly status: string;
  readonly dueAt: number | null;
  readonly escalationLevel: number;
  readonly breached: boolean;
  readonly title: string;
  readonly formKey: string;
  readonly startedBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly closedAt: number | null;
  readonly version: number;
}

/** One audit event of an instance, with the actor's display name. */
export interface TimelineEntry {
  readonly seq: number;
  readonly at: number;
  readonly type: string;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly taskId: string | null;
  /** The flow the event belongs to (a record's history mixes several). */
  readonly instanceId?: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}

/** A record as the caller may see it (sensitive fields masked and listed in `masked`). */
export interface RecordView {
  readonly id: string;
  readonly projectId: string;
  readonly formKey: string;
  readonly formVersion: number;
  readonly title: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly masked: readonly string[];
  readonly status: string;
  readonly ownerId: string;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly version: number;
}

/** `GET /api/tasks/:id`: the task, its form, the step's field permissions, my actions and the timeline. */
export interface TaskDetail {
  readonly task: TaskSummary;
  readonly instance: {
    readonly id: string; readonly status: string; readonly flowKey: string; readonly flowVersion: number; readonly version: number; readonly startedBy: string; readonly createdAt: number;
    /** The case's own deadline (e.g. 72 h to close); a step's 延期 does not move it. */
    readonly deadlineAt?: number | null;
  };
  readonly record: RecordView;
  readonly form: FormDefinition;
  readonly fieldAccess: Readonly<Record<string, FieldPermission>>;
  readonly taskType: string | null;
  readonly returnTo: string;
  readonly pending: readonly string[];
  readonly assignees: readonly string[];
  readonly actions: readonly string[];
  readonly timeline: readonly TimelineEntry[];
}

/** One in-app notification. */
export interface NotificationItem {
  readonly id: string;
  readonly projectId: string | null;
  readonly title: Text;
  readonly body: Text | null;
  readonly link: string | null;
  readonly readAt: number | null;
  readonly createdAt: number;
}

/** A project member (for transfer, add signer and cc pickers). */
/** A member of a project (the directory API's; one query for the whole app). */
export type Member = ProjectMember;

/** Inbox scopes: my tasks, copied to me, started by me. */
export type InboxScope = 'mine' | 'cc' | 'started';

/** Query keys of the workspace, for invalidation. */
export const wsKeys = {
  inbox: ['ws', 'inbox'] as const,
  inboxOf: (scope: InboxScope, projectId: string | undefined, status: string) => ['ws', 'inbox', scope, projectId ?? '*', status] as const,
  task: (id: string) => ['ws', 'task', id] as const,
  notifications: ['ws', 'notifications'] as const,
  records: (projectId: string) => ['ws', 'records', projectId] as const,
  record: (projectId: string, id: string) => ['ws', 'record', projectId, id] as const,
  views: (projectId: string, formKey: string) => ['ws', 'views', projectId, formKey] as const,
  now: ['ws', 'now'] as const,
};

const enc = encodeURIComponent;

/** Returns query options for an inbox scope (soonest due first). */
export function inboxQuery(scope: InboxScope, projectId: string | undefined, status: 'open' | 'closed' | 'all') {
  return queryOptions({
    queryKey: wsKeys.inboxOf(scope, projectId, status),
    queryFn: async () => toPage<TaskSummary>(await api.get<unknown>('/tasks', { query: { scope, projectId, status } })).items,
    refetchInterval: 30_000,
  });
}

/** Returns query options for one task's detail. */
export function taskQuery(taskId: string) {
  return queryOptions({ queryKey: wsKeys.task(taskId), queryFn: () => api.get<TaskDetail>(`/tasks/${enc(taskId)}`) });
}

/** Returns query options for my notifications; polls so the badge stays live. */
export function notificationsQuery() {
  return queryOptions({
    queryKey: wsKeys.notifications,
    queryFn: () => api.get<{ items: NotificationItem[]; unread: number }>('/notifications'),
    refetchInterval: 15_000,
    refetchIntervalInBackground: false,
  });
}

/** The members of a project: the directory API's query, so every page shares one cache entry. */
export { membersQuery };

/** Query of the records list (`GET /api/projects/:p/records`). */
export interface RecordQuery {
  readonly form: string;
  readonly q?: string;
  readonly filter?: string;
  readonly sort?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** Returns query options for a page of records (masked per role by the server). */
export function recordsQuery(projectId: string, query: RecordQuery) {
  return queryOptions({
    queryKey: [...wsKeys.records(projectId), query] as const,
    queryFn: () => api.get<{ items: RecordView[]; total: number; page: number; pageSize: number }>(`/projects/${enc(projectId)}/records`, { query: { ...query } }),
    placeholderData: (prev) => prev,
  });
}

/** Returns query options for one record. */
export function recordQuery(projectId: string, id: string) {
  return queryOptions({ queryKey: wsKeys.record(projectId, id), queryFn: () => api.get<RecordView>(`/projects/${enc(projectId)}/records/${enc(id)}`) });
}

/** A step of a record's flow that is still open: who holds it and by when. */
export interface RecordOpenStep extends Pick<TaskSummary, 'id' | 'nodeId' | 'name' | 'createdAt' | 'dueAt' | 'breached' | 'escalationLevel'> {
  readonly people: readonly { readonly userId: string; readonly displayName: string }[];
}

/** A flow started on a record, newest first, with its step names and open steps. */
export interface RecordFlow {
  readonly id: string;
  readonly flowKey: string;
  readonly flowName: Text;
  readonly status: string;
  readonly startedBy: string;
  readonly startedByName: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly nodeNames: Readonly<Record<string, Text>>;
  readonly openTasks: readonly RecordOpenStep[];
}

/** `GET …/records/:id/history`: the record's flows, every event of it, and the names of the people they mention. */
export interface RecordHistory {
  readonly instances: readonly RecordFlow[];
  readonly events: readonly TimelineEntry[];
  readonly people: Readonly<Record<string, string>>;
}

/** Returns query options for a record's flows and events; it refreshes with the record (same key prefix). */
export function recordHistoryQuery(projectId: string, id: string) {
  return queryOptions({ queryKey: [...wsKeys.record(projectId, id), 'history'] as const, queryFn: () => api.get<RecordHistory>(`/projects/${enc(projectId)}/records/${enc(id)}/history`) });
}

/** Returns query options for the server's business time (SLA countdowns use it, not the phone's clock). */
export function serverNowQuery() {
  return queryOptions({
    queryKey: wsKeys.now,
    queryFn: async () => {
      const sentAt = Date.now();
      const { now } = await api.get<{ now: number }>('/workspace/now');
      // Half the round trip is the usual estimate of the answer's age.
      return { offset: now - (sentAt + (Date.now() - sentAt) / 2) };
    },
    refetchInterval: 60_000,
    retry: false,
  });
}

/** The body of a task action (`POST /api/tasks/:id/actions`). */
export interface TaskActionBody {
  readonly action: string;
  readonly version: number;
  readonly data?: Record<string, unknown>;
  readonly comment?: string;
  readonly target?: string;
  readonly to?: string;
  /** reassign 改派: the pending person replaced by `to`. */
  readonly from?: string;
  readonly users?: readonly string[];
  readonly position?: 'before' | 'after';
}

/** Returns the request that acts on a task (used directly or queued in the offline outbox). Pure. */
export function taskActionRequest(taskId: string, body: TaskActionBody) {
  return { method: 'POST' as const, path: `/tasks/${enc(taskId)}/actions`, body };
}

/** Returns the request that starts a flow on new record data. Pure. */
export function startRequest(projectId: string, flowKey: string, data: Record<string, unknown>) {
  return { method: 'POST' as const, path: `/projects/${enc(projectId)}/instances`, body: { flowKey, data } };
}

/** Urges the assignees of an open task (催办). */
export async function urgeTask(task: Pick<TaskSummary, 'id' | 'version'>, opts?: RequestOptions): Promise<void> {
  await api.post(`/tasks/${enc(task.id)}/actions`, { action: 'urge', version: task.version }, opts);
}

/** Marks notifications read (all when `ids` is omitted). */
export async function markNotificationsRead(ids?: readonly string[]): Promise<void> {
  await api.post('/notifications/read', ids ? { ids } : {});
}

/** Uploads one attachment (content-type checked by the server); resolves to its stored reference. */
export async function uploadFile(projectId: string, file: File): Promise<AttachmentRef> {
  const res = await fetch(`/api/projects/${enc(projectId)}/files`, {
    method: 'POST',
    credentials: 'include',
    headers: {
      'Content-Type': 'application/octet-stream',
      'X-File-Name': encodeURIComponent(file.name),
      'X-CSRF-Token': await csrf(),
    },
    body: file,
  });
  const body = (await res.json().catch(() => null)) as (AttachmentRef & { message?: Text }) | null;
  if (!res.ok || !body) throw new Error(body?.message?.en ?? `upload failed (${res.status})`);
  return body;
}

async function csrf(): Promise<string> {
  const s = await api.get<{ csrfToken?: string }>('/auth/session');
  return s.csrfToken ?? '';
}
