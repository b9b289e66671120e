import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { AnyObject, IdString, KeyString, ProjectParams, Strict } from '../http/schemas.js';
import { draftsService } from './drafts-service.js';

const DraftParams = Strict({ projectId: IdString, flowKey: KeyString });
const DraftView = Type.Object({
  flowKey: Type.String(),
  data: AnyObject,
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Type.Integer({ description: 'Server time of the save (epoch ms)' }),
});

/** Start-form drafts 草稿 of the signed-in user (owner-only; may hold personal data). */
export const draftRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/drafts', tag: 'drafts', auth: 'user', summary: 'My start-form drafts in a project',
    params: ProjectParams, response: Type.Object({ items: Type.Array(DraftView) }),
    handler: ({ ctx, user, params }) => draftsService.list(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/drafts/:flowKey', tag: 'drafts', auth: 'user',
    summary: 'Save my draft of a published flow\'s start form (version 0 = new; 409 when stale; at most 256 KB)',
    params: DraftParams, body: Strict({ data: AnyObject, version: Type.Integer({ minimum: 0, description: 'Row version you read; 0 for a new draft' }) }), response: DraftView,
    handler: ({ ctx, user, params, body }) => draftsService.put(ctx, user, params.projectId, params.flowKey, body.data, body.version) }),
  route({ method: 'delete', path: '/api/projects/:projectId/drafts/:flowKey', tag: 'drafts', auth: 'user', status: 204, summary: 'Discard my draft of a flow (idempotent)',
    params: DraftParams,
    handler: ({ ctx, user, params }) => { draftsService.remove(ctx, user, params.projectId, params.flowKey); } }),
];
