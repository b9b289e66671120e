import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { IdParams, IdString, MessageSchema, ProjectParams, Strict } from '../http/schemas.js';
import { handoverService } from '../services/handover-service.js';

const HandoverResult = Type.Object({
  tasks: Type.Integer({ description: 'Open tasks transferred (转交) to the receiver' }),
  records: Type.Integer({ description: 'Open records whose owner became the receiver' }),
  tasksSkipped: Type.Integer({ description: 'Open tasks left in place (see skipped)' }),
  skipped: Type.Array(Type.Object({
    taskId: Type.String(), instanceId: Type.String(), name: MessageSchema,
    reason: Type.String({ description: 'notTransferable: the step does not allow 转交; alreadyOnTask: the receiver is already on it' }),
  })),
});

/** 工作交接: hand a user's open tasks and records of one project to a colleague (org admins and the project's 案场经理). */
export const handoverRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/handover', tag: 'handover', auth: 'user',
    summary: 'Preview a hand-over 工作交接: what would move from fromUserId (to toUserId, optional); changes nothing',
    // fromUserId is required, checked after the project (another project's caller gets 404, not a validation answer).
    params: ProjectParams, query: Strict({ fromUserId: Type.Optional(IdString), toUserId: Type.Optional(IdString) }), response: HandoverResult,
    handler: ({ ctx, user, params, query }) => handoverService.preview(ctx, user, params.projectId, query) }),
  route({ method: 'post', path: '/api/projects/:projectId/handover', tag: 'handover', auth: 'user', status: 200,
    summary: 'Hand over 工作交接: transfer every open task of fromUserId to toUserId (an active project member) and give them the open records fromUserId owns — one transaction',
    params: ProjectParams, body: Strict({ fromUserId: IdString, toUserId: IdString }), response: HandoverResult,
    handler: ({ ctx, user, params, body }) => handoverService.handOver(ctx, user, params.projectId, body) }),
  route({ method: 'get', path: '/api/admin/users/:id/open-work', tag: 'handover', auth: 'admin',
    summary: 'A user\'s open work per project (tasks they can act on, open records they own), e.g. before disabling them',
    params: IdParams, response: Type.Object({ items: Type.Array(Type.Object({ projectId: Type.String(), projectName: Type.String(), tasks: Type.Integer(), records: Type.Integer() })) }),
    handler: ({ ctx, user, params }) => handoverService.openWork(ctx, user, params.id) }),
];
