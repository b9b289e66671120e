import { mayStartFlow, projectRoles, type FlowCommand, type FlowDefinition, type InstanceState, type Message, type ParentLink, type StartNode, type TaskNode } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { rolesOn } from '../auth/access.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { ApiError, apiIssue, notFound, versionConflict } from '../http/api-error.js';
import { newId } from '../db/ids.js';
import { cachedRead } from '../db/read-cache.js';
import { insertRecord } from '../services/record-service.js';
import { publishedForm, requireValidData } from '../services/form-versions.js';
import { publishedFlow } from './flow-versions.js';
import { decideFlow } from './runtime-engine.js';
import { decideContext } from './decide-context.js';
import { persistDecision } from './persist.js';
import { changedKeys } from '../services/changed-keys.js';
import { withoutMaskedEchoes } from '../services/record-view.js';
import { requireProjectMembers } from '../services/project-members.js';

/** A task action as the API accepts it. */
export interface TaskActionInput {
  readonly action: 'submit' | 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner' | 'cc' | 'comment' | 'urge' | 'extendDue' | 'reassign';
  readonly version: number;
  readonly data?: Record<string, unknown>;
  readonly comment?: string;
  readonly target?: string;
  /** transfer / reassign: who takes the task over; reassign 改派 also names the pending person replaced (`from`). */
  readonly to?: string;
  readonly from?: string;
  readonly users?: readonly string[];
  readonly position?: 'before' | 'after';
  /** extendDue 延期: the step's new due time (epoch ms) and why. */
  readonly until?: number;
  readonly reason?: string;
  /** transfer / reassign: a reason the server itself gives in both languages (工作交接); never read from a request body. */
  readonly systemReason?: Message;
}

/** An instance-level action (withdraw 撤回, cancel 作废, urge 催办, comment, cc). */
export interface InstanceActionInput {
  readonly action: 'withdraw' | 'cancel' | 'urge' | 'comment' | 'cc';
  readonly version: number;
  readonly comment?: string;
  readonly users?: readonly string[];
}

function project(ctx: AppContext, projectId: string) {
  const p = cachedRead(ctx.sqlite, `project:${projectId}`, () => tenancyRepo.findProject(ctx.db, projectId));
  if (!p) throw notFound('project');
  return p;
}

/** Loads a task the user may see (404 for other tenants), with its instance and record. */
export function loadTask(ctx: AppContext, user: AuthUser, taskId: string) {
  const task = instancesRepo.findTask(ctx.db, taskId);
  if (!task || !user.access.projects.has(task.projectId)) throw notFound('task');
  const instance = instancesRepo.find(ctx.db, task.instanceId)!;
  const record = recordsRepo.findById(ctx.db, instance.recordId)!;
  return { task, instance, record };
}

/**
 * Throws 403 FLOW_NOT_STARTER unless the user may start `flowKey` by hand on the project (one of its
 * starter roles, or an organisation admin); 404/409 as `start` for an unknown or unpublished flow.
 * Rules and parent flows start flows without this check.
 */
export function requireStarter(ctx: AppContext, user: AuthUser, projectId: string, flowKey: string): void {
  const roles = rolesOn(user.access, projectId);
  const flow = publishedFlow(ctx, projectId, flowKey);
  if (user.access.isAdmin || mayStartFlow(flow, [...roles])) return;
  const names = (flow.starterRoles ?? []).map((r) => projectRoles[r as keyof typeof projectRoles] ?? { zh: r, en: r });
  throw new ApiError('FLOW_NOT_STARTER', { flow: flow.name, roles: { zh: names.map((n) => n.zh).join('、'), en: names.map((n) => n.en).join(', ') } });
}

/** Engine commands: each runs inside the request's single transaction (load, decide, store). */
export const engineService = {
  /** Starts a flow on a new record (`data`) or an existing one (`recordId`); `parent` when another flow starts it. */
  start(ctx: AppContext, user: AuthUser, projectId: string, input: { flowKey: string; data?: Record<string, unknown>; recordId?: string; parent?: ParentLink }) {
    const roles = rolesOn(user.access, projectId);
    const flow = publishedFlow(ctx, projectId, input.flowKey);
    let record;
    if (input.recordId) {
      record = recordsRepo.find(ctx.db, projectId, input.recordId);
      if (!record) throw notFound('record');
      if (record.formKey !== flow.formKey) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_INVALID', { field: 'recordId', detail: `form ${flow.formKey}` }, 'recordId')]);
    } else {
      record = insertRecord(ctx, user, projectId, flow.formKey, startData(ctx, projectId, flow, input));
    }
    const id = newId('ins');
    const command: FlowCommand = input.parent ? { type: 'start', parent: input.parent } : { type: 'start' };
    const decision = decideFlow(flow, null, command, decideContext(ctx, project(ctx, projectId), record.data, { userId: user.id, roles: [...roles] }));
    persistDecision(ctx, flow, { id, projectId, recordId: record.id, flowKey: flow.key, flowVersion: flow.version ?? 0, startedBy: user.id, version: null }, decision, { actorId: user.id });
    return { instanceId: id, recordId: record.id };
  },

  /** Runs one task action; 409 when `version` is not the task's current version. */
  actOnTask(ctx: AppContext, user: AuthUser, taskId: string, input: TaskActionInput) {
    const { task, instance, record } = loadTask(ctx, user, taskId);
    if (task.version !== input.version) throw versionConflict(task.version);
    const flow = publishedFlow(ctx, instance.projectId, instance.flowKey, instance.flowVersion);
    let data = input.data;
    if (data && (input.action === 'submit' || input.action === 'approve')) {
      const form = publishedForm(ctx, instance.projectId, record.formKey, record.formVersion);
      const node = flow.nodes.find((n) => n.id === task.nodeId) as TaskNode | undefined;
      // A field the actor sees masked comes back as its mask (赵**): that is not a change, and must not overwrite the real value.
      data = withoutMaskedEchoes(user, form, record, data);
      const clean = requireValidData(form, { ...record.data, ...data }, { permissions: node?.fields ?? {}, previous: record.data });
      // Only what changed goes to the engine, which checks it against the step's field permissions.
      data = Object.fromEntries(changedKeys(record.data, clean).map((k) => [k, clean[k]]));
    }
    const command = taskCommand(taskId, input, data);
    requireMembers(ctx, instance.projectId, command);
    run(ctx, user, flow, instance, record, command, taskId);
    return { taskId, instanceId: instance.id };
  },

  /** Runs an instance-level action; 409 when `version` is not the instance's current version. */
  actOnInstance(ctx: AppContext, user: AuthUser, projectId: string, instanceId: string, input: InstanceActionInput) {
    rolesOn(user.access, projectId);
    const instance = instancesRepo.find(ctx.db, instanceId);
    if (!instance || instance.projectId !== projectId) throw notFound('instance');
    if (instance.version !== input.version) throw versionConflict(instance.version);
    const flow = publishedFlow(ctx, projectId, instance.flowKey, instance.flowVersion);
    const record = recordsRepo.findById(ctx.db, instance.recordId)!;
    const command: FlowCommand = input.action === 'withdraw' ? { type: 'withdraw', reason: input.comment }
      : input.action === 'cancel' ? { type: 'cancel', reason: input.comment }
      : input.action === 'urge' ? { type: 'urge', comment: input.comment }
      : input.action === 'cc' ? { type: 'cc', users: input.users ?? [], comment: input.comment }
      : { type: 'comment', text: input.comment ?? '' };
    requireMembers(ctx, projectId, command);
    run(ctx, user, flow, instance, record, command);
    return { instanceId };
  },

};

/**
 * The data a person starts a flow with, checked against the start node's field permissions
 * (hidden and read-only fields refused by name, required ones required); a subflow's mapped data
 * is checked by the form alone.
 */
function startData(ctx: AppContext, projectId: string, flow: FlowDefinition, input: { data?: Record<string, unknown>; parent?: ParentLink }): Record<string, unknown> {
  const data = input.data ?? {};
  const start = flow.nodes.find((n): n is StartNode => n.kind === 'start');
  if (input.parent || !start?.fields) return data;
  return requireValidData(publishedForm(ctx, projectId, flow.formKey), data, { permissions: start.fields });
}

function run(ctx: AppContext, user: AuthUser, flow: FlowDefinition, instance: NonNullable<ReturnType<typeof instancesRepo.find>>, record: { data: Record<string, unknown> }, command: FlowCommand, actedTaskId?: string): void {
  const roles = [...(user.access.projects.get(instance.projectId) ?? [])];
  const decision = decideFlow(flow, instance.state as unknown as InstanceState, command, decideContext(ctx, project(ctx, instance.projectId), record.data, { userId: user.id, roles }));
  persistDecision(ctx, flow, { ...instance, version: instance.version }, decision, { actorId: user.id, ...(actedTaskId ? { actedTaskId } : {}) });
}

function taskCommand(taskId: string, input: TaskActionInput, data: Record<string, unknown> | undefined): FlowCommand {
  const comment = input.comment;
  switch (input.action) {
    case 'submit': return { type: 'submit', taskId, data, comment };
    case 'approve': return { type: 'approve', taskId, data, comment };
    case 'reject': return { type: 'reject', taskId, comment };
    case 'return': return { type: 'return', taskId, target: input.target, comment };
    case 'transfer': return { type: 'transfer', taskId, to: requireField(input.to, 'to'), comment, ...(input.systemReason ? { reason: input.systemReason } : {}) };
    case 'addSigner': return { type: 'addSigner', taskId, users: input.users ?? [], position: input.position ?? 'after', comment };
    case 'cc': return { type: 'cc', taskId, users: input.users ?? [], comment };
    case 'comment': return { type: 'comment', taskId, text: comment ?? '' };
    case 'urge': return { type: 'urge', taskId, comment };
    case 'extendDue': return { type: 'extendDue', taskId, until: requireField(input.until, 'until'), reason: input.reason ?? '' };
    case 'reassign': return { type: 'reassign', taskId, from: requireField(input.from, 'from'), to: requireField(input.to, 'to'), comment, ...(input.systemReason ? { reason: input.systemReason } : {}) };
    default: {
      const never: never = input.action;
      return never;
    }
  }
}

/**
 * Throws 400 naming the field unless everyone a command gives the step to (转交, 改派), adds to it
 * (加签) or copies the case to (抄送) is an active member of the project, as the people pickers list
 * them: a case must never reach someone of another project, nor wait on a disabled account.
 */
function requireMembers(ctx: AppContext, projectId: string, command: FlowCommand): void {
  if (command.type === 'transfer' || command.type === 'reassign') requireProjectMembers(ctx, project(ctx, projectId), [command.to], 'to');
  else if (command.type === 'addSigner' || command.type === 'cc') requireProjectMembers(ctx, project(ctx, projectId), command.users, 'users');
}

function requireField<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_REQUIRED', { field }, field)]);
  return value;
}
