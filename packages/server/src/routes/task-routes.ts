import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { AnyObject, IdParams, IdString, KeyString, MessageSchema, ProjectIdParams, ProjectParams, Strict, Version, OneOf } from '../http/schemas.js';
import { engineService, requireStarter } from '../engine/engine-service.js';
import { taskService } from '../services/task-service.js';
import { dropDraftOnStart } from '../drafts/index.js';

const TaskSummary = Type.Object({
  id: Type.String(), projectId: Type.String(), instanceId: Type.String(), recordId: Type.String(), flowKey: Type.String(), instanceStatus: Type.String(),
  nodeId: Type.String(), name: MessageSchema, status: Type.String({ description: 'open | closed' }), dueAt: Type.Union([Type.Integer(), Type.Null()]),
  escalationLevel: Type.Integer(), breached: Type.Boolean(), title: Type.String(), formKey: Type.String(), startedBy: Type.String(),
  createdAt: Type.Integer(), updatedAt: Type.Integer(), closedAt: Type.Union([Type.Integer(), Type.Null()]), version: Type.Integer({ description: 'Send back with actions' }),
  holders: Type.Optional(Type.Array(Type.Object({ userId: Type.String(), displayName: Type.String(), roles: Type.Array(Type.String()) }), { description: 'scope=project only: who may act now (open) or was assigned (closed), with their roles on the project' })),
});
const TimelineEntry = Type.Object({ seq: Type.Integer(), at: Type.Integer(), type: Type.String(), actorId: Type.Union([Type.String(), Type.Null()]), actorName: Type.Union([Type.String(), Type.Null()]), taskId: Type.Union([Type.String(), Type.Null()]), data: AnyObject });
const UserList = Type.Array(IdString, { maxItems: 50 });
const Comment = Type.String({ maxLength: 2000 });

/** Instances, inbox and task actions. */
export const taskRoutes = [
  route({ method: 'post', path: '/api/projects/:projectId/instances', tag: 'tasks', auth: 'user', summary: 'Start a flow: on new record data (validated) or on an existing record — one transaction; 403 FLOW_NOT_STARTER when the flow names starter roles the user does not hold',
    params: ProjectParams, body: Strict({ flowKey: KeyString, data: Type.Optional(AnyObject), recordId: Type.Optional(IdString) }),
    response: Type.Object({ instanceId: Type.String(), recordId: Type.String() }),
    handler: ({ ctx, user, params, body }) => {
      requireStarter(ctx, user, params.projectId, body.flowKey);
      const started = engineService.start(ctx, user, params.projectId, body);
      dropDraftOnStart(ctx, user.id, params.projectId, body.flowKey); // same transaction: started means no stale draft
      return started;
    } }),
  route({ method: 'get', path: '/api/projects/:projectId/instances/:id', tag: 'tasks', auth: 'user', summary: 'Instance detail with tasks, record (masked) and timeline',
    params: ProjectIdParams, response: AnyObject,
    handler: ({ ctx, user, params }) => taskService.instance(ctx, user, params.projectId, params.id) }),
  route({ method: 'post', path: '/api/projects/:projectId/instances/:id/actions', tag: 'tasks', auth: 'user', status: 200,
    summary: 'Instance action: withdraw 撤回, cancel 作废, urge 催办, comment, cc (409 when version is stale)',
    params: ProjectIdParams,
    body: Strict({ action: OneOf(['withdraw', 'cancel', 'urge', 'comment', 'cc']), version: Version, comment: Type.Optional(Comment), users: Type.Optional(UserList) }),
    response: Type.Object({ instanceId: Type.String() }),
    handler: ({ ctx, user, params, body }) => engineService.actOnInstance(ctx, user, params.projectId, params.id, body) }),
  route({ method: 'get', path: '/api/tasks', tag: 'tasks', auth: 'user',
    summary: 'Inbox: mine (I can act), cc (copied to me), started (my instances), project (every task of projectId with its holders: 案场经理, 销售主管, 区域总监, admins); soonest due first',
    query: Strict({
      scope: OneOf(['mine', 'cc', 'started', 'project'], { default: 'mine' }), projectId: Type.Optional(IdString), status: OneOf(['open', 'closed', 'all'], { default: 'open' }),
      holder: Type.Optional({ ...IdString, description: 'scope=project only: the steps this user holds (open: may act now; closed: was assigned)' }),
    }),
    response: Type.Object({ items: Type.Array(TaskSummary) }),
    handler: ({ ctx, user, query }) => query.scope === 'project'
      ? taskService.projectTasks(ctx, user, query.projectId, query.status, query.holder)
      : taskService.inbox(ctx, user, query.scope, query.projectId, query.status) }),
  route({ method: 'get', path: '/api/tasks/:id', tag: 'tasks', auth: 'user', summary: 'Task detail: form, field permissions, my allowed actions, record (masked), timeline',
    params: IdParams,
    response: Type.Object({ task: TaskSummary, instance: AnyObject, record: AnyObject, form: AnyObject, fieldAccess: Type.Record(Type.String(), Type.String()), taskType: Type.Union([Type.String(), Type.Null()]), returnTo: Type.String(), pending: Type.Array(Type.String()), assignees: Type.Array(Type.String()), actions: Type.Array(Type.String()), timeline: Type.Array(TimelineEntry) }),
    handler: ({ ctx, user, params }) => taskService.detail(ctx, user, params.id) }),
  route({ method: 'post', path: '/api/tasks/:id/actions', tag: 'tasks', auth: 'user', status: 200,
    summary: 'Act on a task (submit, approve, reject, return, transfer, addSigner, cc, comment, urge; extendDue 延期 and reassign 改派 by a flow supervisor); 409 when version is stale',
    params: IdParams,
    body: Strict({
      action: OneOf(['submit', 'approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment', 'urge', 'extendDue', 'reassign']),
      version: Version, data: Type.Optional(AnyObject), comment: Type.Optional(Comment), target: Type.Optional(IdString),
      to: Type.Optional(IdString), from: Type.Optional(IdString),
      users: Type.Optional(UserList), position: Type.Optional(Type.Union([Type.Literal('before'), Type.Literal('after')])),
      until: Type.Optional(Type.Integer({ minimum: 0, description: 'extendDue: the new due time (epoch ms), after the current one and at most 30 days ahead' })),
      reason: Type.Optional(Type.String({ maxLength: 2000, description: 'extendDue: why (1–500 characters)' })),
    }),
    response: Type.Object({ taskId: Type.String(), instanceId: Type.String() }),
    handler: ({ ctx, user, params, body }) => engineService.actOnTask(ctx, user, params.id, body) }),
];
