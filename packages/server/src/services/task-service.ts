import { supervisorRolesOf, type TaskNode } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { eventsRepo } from '../repos/events-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { hasAnyRole, rolesOn } from '../auth/access.js';
import { ApiError, apiIssue, notFound } from '../http/api-error.js';
import { loadTask } from '../engine/engine-service.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { publishedForm } from './form-versions.js';
import { recordView } from './record-view.js';
import { taskSummary } from './task-view.js';
import { timelineEntry, userNames } from './user-names.js';

const LIMIT = 200;

/** Roles that may list every task of a project (the supervisor's view): 案场经理, 销售主管, 区域总监 and admins. */
export const projectTaskViewerRoles: readonly string[] = ['siteManager', 'salesSupervisor', 'regionalDirector', 'admin'];

/** Returns who holds each task now (open: who may act; closed: who was assigned), with names and project roles. Reads the database. */
function holdersOf(ctx: AppContext, projectId: string, taskRows: readonly { id: string; status: string }[]) {
  const project = tenancyRepo.findProject(ctx.db, projectId);
  const rolesOf = project ? tenancyRepo.rolesByUser(ctx.db, project) : new Map<string, string[]>();
  const names = userNames(ctx);
  const statusOf = new Map(taskRows.map((t) => [t.id, t.status]));
  const out = new Map<string, { userId: string; displayName: string; roles: string[] }[]>();
  for (const p of instancesRepo.assigneesOf(ctx.db, taskRows.map((t) => t.id))) {
    if (p.kind !== (statusOf.get(p.taskId) === 'open' ? 'pending' : 'assignee')) continue;
    out.set(p.taskId, [...(out.get(p.taskId) ?? []), { userId: p.userId, displayName: names.nameOf(p.userId), roles: rolesOf.get(p.userId) ?? [] }]);
  }
  return out;
}

/** Returns the timeline of an instance: audit events with actor names. Reads the database. */
export function timeline(ctx: AppContext, instanceId: string) {
  const names = userNames(ctx);
  return eventsRepo.ofInstance(ctx.db, instanceId).map((e) => timelineEntry(e, names));
}

/** Inbox queries and task / instance detail. */
export const taskService = {
  /** My tasks (`mine`: I can act now), copied to me (`cc`), or instances I started (`started`). */
  inbox(ctx: AppContext, user: AuthUser, scope: 'mine' | 'cc' | 'started', projectId: string | undefined, status: 'open' | 'closed' | 'all') {
    const projects = projectId ? (user.access.projects.has(projectId) ? [projectId] : []) : [...user.access.projects.keys()];
    if (scope === 'mine') {
      // Open tasks list me as `pending` while I can act; closed ones keep me as `assignee`.
      const rows = [
        ...(status !== 'closed' ? instancesRepo.tasksOfUser(ctx.db, user.id, 'pending', projects, 'open', LIMIT) : []),
        ...(status !== 'open' ? instancesRepo.tasksOfUser(ctx.db, user.id, 'assignee', projects, 'closed', LIMIT) : []),
      ];
      return { items: rows.map((r) => taskSummary(ctx, user, r.task, r.instance, r.record)) };
    }
    const ids = scope === 'cc'
      ? outboxRepo.instancesOfUser(ctx.db, user.id, 'cc', LIMIT).map((r) => r.instanceId)
      : instancesRepo.startedBy(ctx.db, user.id, projects, LIMIT).map((r) => r.id);
    const items = [];
    for (const id of ids) {
      const instance = instancesRepo.find(ctx.db, id);
      if (!instance || !projects.includes(instance.projectId)) continue;
      const record = recordsRepo.findById(ctx.db, instance.recordId)!;
      const taskRows = instancesRepo.tasksOfInstance(ctx.db, id).filter((t) => status === 'all' || t.status === status);
      for (const t of taskRows) items.push(taskSummary(ctx, user, t, instance, record));
    }
    return { items };
  },

  /**
   * Every task of a project with who holds it, for its 案场经理, 销售主管, 区域总监 and admins (403 for other roles,
   * 404 outside the caller's projects); titles masked as everywhere for that caller.
   */
  projectTasks(ctx: AppContext, user: AuthUser, projectId: string | undefined, status: 'open' | 'closed' | 'all', holder?: string) {
    if (!projectId) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_REQUIRED', { field: 'projectId' }, 'query.projectId')]);
    rolesOn(user.access, projectId);
    if (!user.access.isAdmin && !hasAnyRole(user.access, projectId, projectTaskViewerRoles)) throw new ApiError('AUTH_FORBIDDEN');
    // Open and closed apart, so years of closed steps never crowd the open ones out of the limit; one
    // person's steps (`holder`) are searched as theirs, so other people's steps never crowd them out either.
    const open = () => holder ? instancesRepo.tasksOfUser(ctx.db, holder, 'pending', [projectId], 'open', LIMIT) : instancesRepo.tasksOfProject(ctx.db, projectId, 'open', LIMIT);
    const closed = () => holder ? instancesRepo.tasksOfUser(ctx.db, holder, 'assignee', [projectId], 'closed', LIMIT) : instancesRepo.tasksOfProject(ctx.db, projectId, 'closed', LIMIT);
    const rows = [...(status !== 'closed' ? open() : []), ...(status !== 'open' ? closed() : [])];
    const holders = holdersOf(ctx, projectId, rows.map((r) => r.task));
    return { items: rows.map((r) => ({ ...taskSummary(ctx, user, r.task, r.instance, r.record), holders: holders.get(r.task.id) ?? [] })) };
  },

  /** A task with its form, field permissions, my allowed actions and the timeline. */
  detail(ctx: AppContext, user: AuthUser, taskId: string) {
    const { task, instance, record } = loadTask(ctx, user, taskId);
    const flow = publishedFlow(ctx, instance.projectId, instance.flowKey, instance.flowVersion);
    const node = flow.nodes.find((n) => n.id === task.nodeId) as TaskNode | undefined;
    const form = publishedForm(ctx, instance.projectId, record.formKey, record.formVersion);
    const people = instancesRepo.assigneesOf(ctx.db, [task.id]);
    const pending = people.filter((p) => p.kind === 'pending').map((p) => p.userId);
    const canAct = task.status === 'open' && pending.includes(user.id);
    const base = canAct ? [...new Set([...(node?.actions ?? []), 'comment'])] : task.status === 'open' && instance.startedBy === user.id ? ['urge', 'comment'] : [];
    // 延期 and 改派: the flow's supervisors may give an open step more time (when it has a time limit) and replace one of its people.
    const supervises = task.status === 'open' && hasAnyRole(user.access, instance.projectId, supervisorRolesOf(flow));
    const actions = [...base, ...(supervises && task.dueAt !== null ? ['extendDue'] : []), ...(supervises && pending.length > 0 ? ['reassign'] : [])];
    return {
      task: taskSummary(ctx, user, task, instance, record),
      instance: {
        id: instance.id, status: instance.status, flowKey: instance.flowKey, flowVersion: instance.flowVersion, version: instance.version, startedBy: instance.startedBy, createdAt: instance.createdAt,
        // The case's own deadline (e.g. 72 h to close): a step's 延期 does not move it.
        deadlineAt: (instance.state as { deadlineAt?: number }).deadlineAt ?? null,
      },
      record: recordView(user, form, record),
      form: form.definition,
      fieldAccess: node?.fields ?? {},
      taskType: node?.taskType ?? null,
      returnTo: node?.returnTo ?? 'previous',
      pending,
      assignees: people.filter((p) => p.kind !== 'cc').map((p) => p.userId),
      actions,
      timeline: timeline(ctx, instance.id),
    };
  },

  /** An instance with its tasks, record and timeline (404 for other tenants). */
  instance(ctx: AppContext, user: AuthUser, projectId: string, instanceId: string) {
    if (!user.access.projects.has(projectId)) throw notFound('project');
    const instance = instancesRepo.find(ctx.db, instanceId);
    if (!instance || instance.projectId !== projectId) throw notFound('instance');
    const record = recordsRepo.findById(ctx.db, instance.recordId)!;
    const form = publishedForm(ctx, projectId, record.formKey, record.formVersion);
    return {
      id: instance.id, projectId, recordId: instance.recordId, flowKey: instance.flowKey, flowVersion: instance.flowVersion, status: instance.status,
      outcome: (instance.state as { outcome?: string }).outcome ?? null, startedBy: instance.startedBy, createdAt: instance.createdAt, updatedAt: instance.updatedAt,
      version: instance.version, nextWakeAt: instance.nextWakeAt,
      tasks: instancesRepo.tasksOfInstance(ctx.db, instance.id).map((t) => taskSummary(ctx, user, t, instance, record)),
      record: recordView(user, form, record),
      timeline: timeline(ctx, instance.id),
    };
  },
};
