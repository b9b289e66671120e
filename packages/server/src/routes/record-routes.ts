import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { AnyObject, IdString, KeyString, MessageSchema, Page, ProjectIdParams, ProjectParams, Strict, Version } from '../http/schemas.js';
import { recordService } from '../services/record-service.js';
import { recordOwnerService } from '../services/record-owner-service.js';
import { dropDraftOnRecordCreate } from '../drafts/index.js';

/** A record as a user may see it: sensitive fields masked (listed in `masked`) unless allowed. */
export const RecordView = Type.Object({
  id: Type.String(), projectId: Type.String(), formKey: Type.String(), formVersion: Type.Integer(), title: Type.String(),
  data: AnyObject, masked: Type.Array(Type.String()), status: Type.String(), ownerId: Type.String(), createdBy: Type.String(),
  createdAt: Type.Integer(), updatedAt: Type.Integer(), version: Type.Integer(),
});

/** GET …/records/:id/history: the record's flows with their open steps, its events, and the names of everyone they mention. */
const RecordHistory = Type.Object({
  instances: Type.Array(Type.Object({
    id: Type.String(), flowKey: Type.String(), flowVersion: Type.Integer(), flowName: MessageSchema, status: Type.String(),
    startedBy: Type.String(), startedByName: Type.String(), createdAt: Type.Integer(), updatedAt: Type.Integer(),
    nodeNames: Type.Record(Type.String(), MessageSchema, { description: 'Step names by node id' }),
    openTasks: Type.Array(Type.Object({
      id: Type.String(), nodeId: Type.String(), name: MessageSchema, createdAt: Type.Integer(), dueAt: Type.Union([Type.Integer(), Type.Null()]), breached: Type.Boolean(), escalationLevel: Type.Integer(),
      people: Type.Array(Type.Object({ userId: Type.String(), displayName: Type.String() })),
    })),
  })),
  events: Type.Array(AnyObject),
  people: Type.Record(Type.String(), Type.String(), { description: 'Display names of the owner and of every user the events mention' }),
});

const ListQuery = Strict({
  form: Type.Optional(KeyString),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search text; pinyin initials work (zxs finds 张先生)' })),
  filter: Type.Optional(Type.String({ maxLength: 4000, description: 'JSON list of { field, op: eq|ne|contains|gt|gte|lt|lte|in, value }' })),
  sort: Type.Optional(Type.String({ maxLength: 100, pattern: '^-?[A-Za-z_][A-Za-z0-9_.]*$', description: 'field or -field (default -createdAt)' })),
  page: Type.Integer({ minimum: 1, maximum: 100000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
});

/** Records routes under /api/projects/:projectId/records. */
export const recordRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/records', tag: 'records', auth: 'user', summary: 'Records with filters, sort, paging and search (masked per role)',
    params: ProjectParams, query: ListQuery, response: Page(RecordView),
    handler: ({ ctx, user, params, query }) => recordService.list(ctx, user, params.projectId, query) }),
  route({ method: 'post', path: '/api/projects/:projectId/records', tag: 'records', auth: 'user', summary: 'Create a record (validated against the latest published form; owner = me)',
    params: ProjectParams, body: Strict({ formKey: KeyString, data: AnyObject }), response: RecordView,
    handler: ({ ctx, user, params, body }) => {
      const created = recordService.create(ctx, user, params.projectId, body.formKey, body.data);
      dropDraftOnRecordCreate(ctx, user.id, params.projectId, body.formKey); // same transaction: created means no stale draft
      return created;
    } }),
  route({ method: 'get', path: '/api/projects/:projectId/records/:id', tag: 'records', auth: 'user', summary: 'One record (masked per role)',
    params: ProjectIdParams, response: RecordView,
    handler: ({ ctx, user, params }) => recordService.get(ctx, user, params.projectId, params.id) }),
  route({ method: 'patch', path: '/api/projects/:projectId/records/:id', tag: 'records', auth: 'user', summary: 'Change data fields (merged, re-validated; 409 when version is stale)',
    params: ProjectIdParams, body: Strict({ data: AnyObject, version: Version }), response: RecordView,
    handler: ({ ctx, user, params, body }) => recordService.patch(ctx, user, params.projectId, params.id, body.data, body.version) }),
  route({ method: 'post', path: '/api/projects/:projectId/records/:id/owner', tag: 'records', auth: 'user', status: 200,
    summary: 'Change the owner 更换置业顾问 of one open record (site manager, sales supervisor, org admin); ownerId: an active project member; 409 when version is stale or the case has ended',
    params: ProjectIdParams,
    body: Strict({ ownerId: IdString, version: Version, reason: Type.Optional(Type.String({ maxLength: 200, description: 'Why (shown on the audit event)' })) }),
    response: RecordView,
    handler: ({ ctx, user, params, body }) => recordOwnerService.changeOwner(ctx, user, params.projectId, params.id, body) }),
  route({ method: 'post', path: '/api/projects/:projectId/records/:id/unmask', tag: 'records', auth: 'user', status: 200, summary: 'Show one sensitive field in clear (audited)',
    params: ProjectIdParams, body: Strict({ field: Type.String({ minLength: 1, maxLength: 100 }) }), response: Type.Object({ field: Type.String(), value: Type.Unknown() }),
    handler: ({ ctx, user, params, body }) => recordService.unmask(ctx, user, params.projectId, params.id, body.field) }),
  route({ method: 'get', path: '/api/projects/:projectId/records/:id/history', tag: 'records', auth: 'user', summary: 'The flows of a record (newest first, with their open steps and who holds them) and its full timeline (audit events with actor names)',
    params: ProjectIdParams, response: RecordHistory,
    handler: ({ ctx, user, params }) => recordService.history(ctx, user, params.projectId, params.id) }),
  route({ method: 'get', path: '/api/projects/:projectId/records/:id/unmask-audit', tag: 'records', auth: 'user', summary: 'Who unmasked which field of this record, when',
    params: ProjectIdParams, response: Type.Array(Type.Object({ at: Type.Integer(), actorId: Type.Union([Type.String(), Type.Null()]), field: Type.String() })),
    handler: ({ ctx, user, params }) => recordService.unmaskAudit(ctx, user, params.projectId, params.id) }),
];
