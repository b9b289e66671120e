import { issue, SiteflowError } from '../../errors/siteflow-error.js';
import type { ErrorCode } from '../../i18n/catalogue.js';
import { taskActionLabels } from '../../i18n/messages/flow.js';
import type { Actor, FlowCommand, TaskState } from '../instance-types.js';
import type { FlowDefinition, TaskAction, TaskNode } from '../types.js';
import { pendingUsers } from './task-logic.js';
import type { Work } from './work.js';

/** Returns the acting user or throws FLOW_NO_ACTOR. */
export function requireActor(work: Work, command: FlowCommand): Actor {
  const actor = work.ctx.actor;
  if (!actor?.userId) throw new SiteflowError('FLOW_NO_ACTOR', { command: command.type });
  return actor;
}

/** Returns the flow's supervisor roles (default `admin`): who may cancel, cc and 延期 on any case. Pure. */
export function supervisorRolesOf(flow: Pick<FlowDefinition, 'supervisorRoles'>): readonly string[] {
  return flow.supervisorRoles ?? ['admin'];
}

/** Returns whether someone holding `roles` may start the flow by hand (no starter roles: anyone). Pure. */
export function mayStartFlow(flow: Pick<FlowDefinition, 'starterRoles'>, roles: readonly string[]): boolean {
  const starters = flow.starterRoles ?? [];
  return starters.length === 0 || roles.some((r) => starters.includes(r));
}

/** Returns whether the actor holds one of the flow's supervisor roles. Pure. */
export function isSupervisor(work: Work, actor: Actor): boolean {
  const roles = supervisorRolesOf(work.flow);
  return actor.roles.some((r) => roles.includes(r));
}

/** Throws FLOW_NOT_SUPERVISOR unless the actor holds one of the flow's supervisor roles. */
export function requireSupervisor(work: Work, actor: Actor, command: FlowCommand): void {
  if (!isSupervisor(work, actor)) throw new SiteflowError('FLOW_NOT_SUPERVISOR', { command: command.type });
}

/** Throws `code` as bad input at `field` (the error's one issue names the field, so the server answers 400 naming it). */
export function fieldError(code: ErrorCode, field: string, params: Record<string, unknown> = {}): never {
  throw new SiteflowError(code, { field, ...params }, [issue(code, { field, ...params }, { path: field })]);
}

/** Throws FLOW_USER_REQUIRED at `field` unless `value` is a non-blank user id. */
export function requireUser(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.trim() === '') fieldError('FLOW_USER_REQUIRED', field);
}

/** Returns the open task and its node, or throws FLOW_TASK_CLOSED. */
export function requireTask(work: Work, taskId: string): { task: TaskState; node: TaskNode } {
  const task = work.tasks.find((t) => t.id === taskId);
  if (!task) throw new SiteflowError('FLOW_TASK_CLOSED', { task: closedTaskName(work, taskId) });
  return { task, node: work.graph.nodes.get(task.nodeId) as TaskNode };
}

/** Names a task that has left `tasks` by its step, from the story of the instance; the id when the story does not know it. Pure. */
function closedTaskName(work: Work, taskId: string): unknown {
  const told = work.history.find((e) => 'taskId' in e && e.taskId === taskId && 'nodeId' in e && typeof e.nodeId === 'string');
  const nodeId = told && 'nodeId' in told ? told.nodeId : undefined;
  return (typeof nodeId === 'string' && work.graph.nodes.get(nodeId)?.name) || taskId;
}

/** Throws FLOW_ACTION_NOT_ALLOWED unless the node allows `action`. */
export function requireAllowed(node: TaskNode, action: TaskAction): void {
  if (!node.actions.includes(action)) throw actionNotAllowed(node, action);
}

/** FLOW_ACTION_NOT_ALLOWED naming the step and the action as people read them (同意, 转交), in each language. Pure. */
export function actionNotAllowed(node: TaskNode, action: TaskAction): SiteflowError {
  return new SiteflowError('FLOW_ACTION_NOT_ALLOWED', { node: node.name, action: taskActionLabels[action] ?? action });
}

/** Returns how a refusal names a person: their display name when the context knows it, else the id. Pure. */
export function personName(work: Work, userId: string): string {
  return work.ctx.nameOf?.(userId) || userId;
}

/** Returns how a refusal names a task: its step's name, else the id. Pure. */
export function taskName(work: Work, task: TaskState): unknown {
  return work.graph.nodes.get(task.nodeId)?.name ?? task.id;
}

/** Throws FLOW_NOT_ASSIGNEE unless the actor is pending on the task (or, when allowed, a supervisor). */
export function requirePending(work: Work, task: TaskState, actor: Actor, supervisorsToo = false): boolean {
  if (pendingUsers(task).includes(actor.userId)) return true;
  if (supervisorsToo && isSupervisor(work, actor)) return false;
  throw new SiteflowError('FLOW_NOT_ASSIGNEE', { user: personName(work, actor.userId), task: taskName(work, task) });
}
