import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { OkSchema, OneOf, ProjectKeyParams, ProjectParams, Strict } from '../http/schemas.js';
import { robotService } from '../services/robot-service.js';

const RobotView = Type.Object({ key: Type.String(), kind: Type.String(), name: Type.String(), url: Type.String({ description: 'Shown with the secret part hidden' }) });

/** Group robots 群机器人 of a project (WeCom / DingTalk / Feishu webhooks). */
export const robotRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/robots', tag: 'robots', auth: 'user', summary: 'Group robots of a project', params: ProjectParams, response: Type.Array(RobotView),
    handler: ({ ctx, user, params }) => robotService.list(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/robots/:key', tag: 'robots', auth: 'user', summary: 'Add or change a robot (https, allow-listed host, no private address)',
    params: ProjectKeyParams, body: Strict({ kind: OneOf(['wecom', 'dingtalk', 'feishu']), name: Type.String({ minLength: 1, maxLength: 100 }), url: Type.String({ minLength: 8, maxLength: 1000 }) }), response: RobotView,
    handler: ({ ctx, user, params, body }) => robotService.put(ctx, user, params.projectId, params.key, body) }),
  route({ method: 'delete', path: '/api/projects/:projectId/robots/:key', tag: 'robots', auth: 'user', summary: 'Remove a robot', params: ProjectKeyParams, response: OkSchema,
    handler: ({ ctx, user, params }) => robotService.remove(ctx, user, params.projectId, params.key) }),
];

