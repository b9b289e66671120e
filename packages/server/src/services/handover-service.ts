import { supervisorRolesOf, type Message, type TaskNode, type TaskState } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole, loadAccess, rolesOn } from '../auth/access.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { handoverRepo } from '../repos/handover-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { usersRepo, type UserRow } from '../repos/users-repo.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { engineService } from '../engine/engine-service.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { newId } from '../db/ids.js';
import { recordEvent } from './audit.js';

/** Who hands over (`fromUserId`) to whom (`toUserId`; optional for a preview). */
export interface HandoverInput {
  readonly fromUserId: string;
  readonly toUserId?: string;
}

/**
 * Why an open task stays where it is: the receiver is already on it, or (only where the caller does
 * not supervise the flow, so the hand-over falls back to 转交) its step does not allow 转交.
 */
export type SkipReason = 'notTransferable' | 'alreadyOnTask';

/** What a hand-over moves (or would move): counts, and the tasks it leaves in place with why. */
export interface HandoverResult {
  readonly tasks: number;
  readonly records: number;
  readonly tasksSkipped: number;
  readonly skipped: readonly { readonly taskId: string; readonly instanceId: string; readonly name: Message; readonly reason: SkipReason }[];
}

/** The reason the timeline shows on each 改派 a hand-over makes, in the reader's language; the caller is the actor. */
const HANDOVER_REASON: Message = { zh: '工作交接', en: 'Work handover' };
/** The reason on a fallback 转交, which names the leaver as actor: so it says who really did it. */
const handoverReason = (by: string): Message => ({ zh: `工作交接（经办：${by}）`, en: `Work handover (by ${by})` });

const MAX_TASKS = 1000;

/** Org admins and the project's 案场经理 may hand work over; 404 for a project the caller cannot see, 403 for other roles. */
function requireManager(ctx: AppContext, user: AuthUser, projectId: string) {
  const roles = rolesOn(user.access, projectId);
  if (!user.access.isAdmin && !roles.has('siteManager')) throw new ApiError('AUTH_FORBIDDEN');
  const project = tenancyRepo.findProject(ctx.db, projectId);
  if (!project) throw notFound('project');
  return project;
}

/**
 * The person handing over, with their roles in the project (none when they already left it): of
 * the caller's organisation, and a member of the project or holding work there (404 otherwise).
 */
function requireFrom(ctx: AppContext, user: AuthUser, projectId: string, id: string): { from: UserRow; roles: ReadonlySet<string> } {
  const from = usersRepo.findById(ctx.db, id);
  const roles = from && from.organisationId === user.organisationId ? loadAccess(ctx.db, from.id, from.organisationId).projects.get(projectId) : undefined;
  if (!from || (!roles && !(from.organisationId === user.organisationId && handoverRepo.openWorkByProject(ctx.db, from.id, [projectId]).length > 0))) {
    throw new ApiError('API_NOT_FOUND', { what: '用户', whatEn: 'User' }, [apiIssue('HANDOVER_USER_UNKNOWN', { field: 'fromUserId' }, 'fromUserId')]);
  }
  return { from, roles: roles ?? new Set<string>() };
}

/** The receiver: an active member of the project, not the person handing over (400 naming toUserId otherwise). */
function requireTo(ctx: AppContext, user: AuthUser, projectId: string, from: UserRow, id: string): UserRow {
  const refuse = (code: 'HANDOVER_SAME_USER' | 'HANDOVER_NOT_MEMBER' | 'HANDOVER_USER_DISABLED') =>
    new ApiError('API_VALIDATION', {}, [apiIssue(code, { field: 'toUserId' }, 'toUserId')]);
  if (id === from.id) throw refuse('HANDOVER_SAME_USER');
  const to = usersRepo.findById(ctx.db, id);
  if (!to || to.organisationId !== user.organisationId || !loadAccess(ctx.db, to.id, to.organisationId).projects.has(projectId)) throw refuse('HANDOVER_NOT_MEMBER');
  if (to.disabled) throw refuse('HANDOVER_USER_DISABLED');
  return to;
}

/**
 * The open tasks `from` can act on in the project, each to move or skipped with a reason. A task
 * of a flow the caller supervises (org admin; 案场经理 where the flow lists siteManager) moves by
 * 改派 with the caller as actor, whatever its step allows. Otherwise the caller has no right on
 * the flow's steps, so the hand-over keeps acting as the leaver through 转交: her own share only,
 * and only where the step allows 转交.
 */
function openTasks(ctx: AppContext, user: AuthUser, projectId: string, from: UserRow, toId: string | undefined) {
  const move: { id: string; instanceId: string; via: 'reassign' | 'transfer' }[] = [];
  const skipped: HandoverResult['skipped'][number][] = [];
  for (const { task } of instancesRepo.tasksOfUser(ctx.db, from.id, 'pending', [projectId], 'open', MAX_TASKS)) {
    const instance = instancesRepo.find(ctx.db, task.instanceId)!;
    const flow = publishedFlow(ctx, projectId, instance.flowKey, instance.flowVersion);
    const node = flow.nodes.find((n) => n.id === task.nodeId) as TaskNode | undefined;
    const state = ((instance.state as { tasks?: TaskState[] }).tasks ?? []).find((t) => t.id === task.id);
    const participants = state ? [...state.assignees, ...state.extra.map((x) => x.userId)] : [];
    const via = hasAnyRole(user.access, projectId, supervisorRolesOf(flow)) ? 'reassign' : 'transfer';
    const reason: SkipReason | null = via === 'transfer' && !node?.actions.includes('transfer') ? 'notTransferable'
      : toId !== undefined && participants.includes(toId) ? 'alreadyOnTask' : null;
    if (reason) skipped.push({ taskId: task.id, instanceId: task.instanceId, name: task.name ?? { zh: task.nodeId, en: task.nodeId }, reason });
    else move.push({ id: task.id, instanceId: task.instanceId, via });
  }
  return { move, skipped };
}

/**
 * Acts as the person handing over, limited to this project, for the fallback 转交: the engine then
 * transfers exactly their share of a task.
 */
function delegateOf(from: UserRow, roles: ReadonlySet<string>, projectId: string): AuthUser {
  return {
    id: from.id, username: from.username, displayName: from.displayName, organisationId: from.organisationId, via: 'session',
    access: { organisationId: from.organisationId, isAdmin: false, memberships: [], projects: new Map([[projectId, roles]]) },
  };
}

/** 工作交接: moves a user's open tasks and open records of one project to a colleague. */
export const handoverService = {
  /** Returns what a hand-over would move, changing nothing. */
  preview(ctx: AppContext, user: AuthUser, projectId: string, input: Partial<HandoverInput>): HandoverResult {
    requireManager(ctx, user, projectId);
    if (!input.fromUserId) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_REQUIRED', { field: 'fromUserId' }, 'query.fromUserId')]);
    const { from } = requireFrom(ctx, user, projectId, input.fromUserId);
    if (input.toUserId !== undefined) requireTo(ctx, user, projectId, from, input.toUserId);
    const { move, skipped } = openTasks(ctx, user, projectId, from, input.toUserId);
    return { tasks: move.length, records: handoverRepo.openRecordsOwnedBy(ctx.db, projectId, from.id).length, tasksSkipped: skipped.length, skipped };
  },

  /** Hands the work over inside the request's one transaction: every task and record moves, or nothing does. */
  handOver(ctx: AppContext, user: AuthUser, projectId: string, input: Required<HandoverInput>): HandoverResult {
    requireManager(ctx, user, projectId);
    const { from, roles } = requireFrom(ctx, user, projectId, input.fromUserId);
    const to = requireTo(ctx, user, projectId, from, input.toUserId);
    const handoverId = newId('hdo');
    // 1. Tasks, through the engine's own 改派 or 转交 (timeline entry, notification to the receiver, SLA kept).
    const { move, skipped } = openTasks(ctx, user, projectId, from, to.id);
    const delegate = delegateOf(from, roles, projectId);
    for (const t of move) {
      const version = instancesRepo.findTask(ctx.db, t.id)!.version; // an earlier move on the same instance may have changed it
      if (t.via === 'reassign') engineService.actOnTask(ctx, user, t.id, { action: 'reassign', version, from: from.id, to: to.id, systemReason: HANDOVER_REASON });
      else engineService.actOnTask(ctx, delegate, t.id, { action: 'transfer', version, to: to.id, systemReason: handoverReason(user.displayName) });
    }
    // 2. Records: the owner changes (version bumped), one audit event per record.
    const now = ctx.clock.now();
    const records = handoverRepo.openRecordsOwnedBy(ctx.db, projectId, from.id);
    for (const r of records) {
      if (!handoverRepo.setOwner(ctx.db, r.id, r.version, to.id, now)) throw versionConflict(r.version);
      recordEvent(ctx, { projectId, recordId: r.id, type: 'record.ownerChanged', actorId: user.id, data: { from: from.id, to: to.id, handoverId } });
    }
    // 3. One summary event for the hand-over as a whole.
    recordEvent(ctx, {
      projectId, type: 'handover.completed', actorId: user.id,
      data: { handoverId, fromUserId: from.id, toUserId: to.id, taskIds: move.map((t) => t.id), records: records.length, skippedTaskIds: skipped.map((s) => s.taskId) },
    });
    return { tasks: move.length, records: records.length, tasksSkipped: skipped.length, skipped };
  },

  /** Returns a user's open work per project of the admin's organisation (the warning before disabling them). */
  openWork(ctx: AppContext, admin: AuthUser, userId: string) {
    const u = usersRepo.findById(ctx.db, userId);
    if (!u || u.organisationId !== admin.organisationId) throw notFound('user');
    const projects = tenancyRepo.projectsOfOrganisation(ctx.db, admin.organisationId);
    const names = new Map(tenancyRepo.listProjects(ctx.db, projects.map((p) => p.id)).map((p) => [p.id, p.name]));
    const items = handoverRepo.openWorkByProject(ctx.db, userId, projects.map((p) => p.id)).map((w) => ({ ...w, projectName: names.get(w.projectId) ?? '' }));
    return { items };
  },
};
