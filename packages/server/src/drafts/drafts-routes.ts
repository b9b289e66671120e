import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { AnyObject, IdString, KeyString, ProjectParams, Strict } from '../http/schemas.js';
import { draftsService, recordDraftsService } from './drafts-service.js';

const draftFields = {
  data: AnyObject,
  version: Type.Integer({ minimum: 1 }),
  updatedAt: Type.Integer({ description: 'Server time of the save (epoch ms)' }),
};
const DraftBody = Strict({ data: AnyObject, version: Type.Integer({ minimum: 0, description: 'Row version you read; 0 for a new draft' }) });

const FlowDraftParams = Strict({ projectId: IdString, flowKey: KeyString });
const FlowDraftView = Type.Object({ flowKey: Type.String(), ...draftFields });
const FormDraftParams = Strict({ projectId: IdString, formKey: KeyString });
const FormDraftView = Type.Object({ formKey: Type.String(), ...draftFields });

/** Start-form drafts 草稿 of the signed-in user (owner-only; may hold personal data). */
const startDraftRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/drafts', tag: 'drafts', auth: 'user', summary: 'My start-form drafts in a project',
    params: ProjectParams, response: Type.Object({ items: Type.Array(FlowDraftView) }),
    handler: ({ ctx, user, params }) => draftsService.list(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/drafts/:flowKey', tag: 'drafts', auth: 'user',
    summary: 'Save my draft of a published flow\'s start form (version 0 = new; 409 when stale; at most 256 KB)',
    params: FlowDraftParams, body: DraftBody, response: FlowDraftView,
    handler: ({ ctx, user, params, body }) => draftsService.put(ctx, user, params.projectId, params.flowKey, body.data, body.version) }),
  route({ method: 'delete', path: '/api/projects/:projectId/drafts/:flowKey', tag: 'drafts', auth: 'user', status: 204, summary: 'Discard my draft of a flow (idempotent)',
    params: FlowDraftParams,
    handler: ({ ctx, user, params }) => { draftsService.remove(ctx, user, params.projectId, params.flowKey); } }),
];

/** Record-form drafts 草稿 (登记记录) of the signed-in user (owner-only; may hold personal data). */
const recordDraftRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/record-drafts', tag: 'drafts', auth: 'user', summary: 'My record-form drafts (登记记录) in a project',
    params: ProjectParams, response: Type.Object({ items: Type.Array(FormDraftView) }),
    handler: ({ ctx, user, params }) => recordDraftsService.list(ctx, user, params.projectId) }),
  route({ method: 'put', path: '/api/projects/:projectId/record-drafts/:formKey', tag: 'drafts', auth: 'user',
    summary: 'Save my draft of a record of a published form (version 0 = new; 409 when stale; at most 256 KB)',
    params: FormDraftParams, body: DraftBody, response: FormDraftView,
    handler: ({ ctx, user, params, body }) => recordDraftsService.put(ctx, user, params.projectId, params.formKey, body.data, body.version) }),
  route({ method: 'delete', path: '/api/projects/:projectId/record-drafts/:formKey', tag: 'drafts', auth: 'user', status: 204, summary: 'Discard my draft of a record form (idempotent)',
    params: FormDraftParams,
    handler: ({ ctx, user, params }) => { recordDraftsService.remove(ctx, user, params.projectId, params.formKey); } }),
];

/** Draft routes: start forms of flows, then record forms. */
export const draftRoutes = [...startDraftRoutes, ...recordDraftRoutes];
