import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { KeyString, ProjectIdParams, ProjectParams, Strict, Version } from '../http/schemas.js';
import { ApiError, apiIssue, versionConflict } from '../http/api-error.js';
import { rolesOn } from '../auth/access.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { AppContext } from '../context.js';
import { newId } from '../db/ids.js';
import { publishedForm } from '../services/form-versions.js';
import { viewsRepo, type SavedViewRow } from './views-repo.js';
import type { ViewSpecJson } from './views-schema.js';

const FieldName = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z_][A-Za-z0-9_.]*$' });
const Filter = Strict({ field: FieldName, op: Type.Union(['eq', 'ne', 'contains', 'gt', 'gte', 'lt', 'lte'].map((o) => Type.Literal(o))), value: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean()]) });
const Spec = {
  name: Type.String({ minLength: 1, maxLength: 60 }),
  shared: Type.Boolean({ default: false }),
  columns: Type.Array(FieldName, { maxItems: 100 }),
  filters: Type.Array(Filter, { maxItems: 20 }),
  sort: Type.String({ maxLength: 100, pattern: '^-?[A-Za-z_][A-Za-z0-9_.]*$' }),
};
const ViewSchema = Type.Object({
  id: Type.String(), projectId: Type.String(), formKey: Type.String(), name: Type.String(), shared: Type.Boolean(), ownerId: Type.String(),
  columns: Type.Array(Type.String()), filters: Type.Array(Type.Object({}, { additionalProperties: true })), sort: Type.String(), version: Type.Integer(),
  createdAt: Type.Integer(), updatedAt: Type.Integer(),
});
const BUILT_IN = new Set(['createdAt', 'updatedAt', 'status', 'title']);

function toView(row: SavedViewRow) {
  const { spec, ...rest } = row;
  return { ...rest, columns: spec.columns, filters: spec.filters, sort: spec.sort };
}

function notFoundView(): ApiError {
  return new ApiError('API_NOT_FOUND', { what: '视图', whatEn: 'Saved view' });
}

/** Throws a 400 naming every column, filter or sort field that the form does not have. */
function checkFields(ctx: AppContext, projectId: string, formKey: string, spec: ViewSpecJson): void {
  const known = new Set(publishedForm(ctx, projectId, formKey).fields.map((f) => f.key));
  const issues = [
    ...spec.columns.map((c, i) => ({ name: c, path: `columns.${i}` })),
    ...spec.filters.map((f, i) => ({ name: f.field, path: `filters.${i}.field` })),
    { name: spec.sort.replace(/^-/, ''), path: 'sort' },
  ].filter((x) => !known.has(x.name) && !BUILT_IN.has(x.name))
    .map((x) => apiIssue('API_FIELD_NOT_IN_FORM', { field: x.path, name: x.name, formKey }, x.path));
  if (issues.length) throw new ApiError('API_VALIDATION', {}, issues);
}

function editable(user: AuthUser, row: SavedViewRow): void {
  // Others' views are read-only (shared) or invisible (private): both answer 404 to a write.
  if (row.ownerId !== user.id) throw notFoundView();
}

/**
 * Saved tracking views 追踪表视图 (columns, filters, sort per project and form), as route
 * definitions for `allRoutes()`: validated, documented in OpenAPI, idempotent, one transaction.
 * Also `GET /api/workspace/now`: the server's business time for SLA countdowns.
 */
export const viewRoutes = [
  route({ method: 'get', path: '/api/projects/:projectId/views', tag: 'views', auth: 'user', summary: 'Saved tracking views of a form: mine and the shared ones',
    params: ProjectParams, query: Strict({ form: Type.Optional(KeyString) }), response: Type.Object({ items: Type.Array(ViewSchema) }),
    handler: ({ ctx, user, params, query }) => {
      rolesOn(user.access, params.projectId);
      return { items: viewsRepo.listVisible(ctx.db, params.projectId, query.form, user.id).map(toView) };
    } }),
  route({ method: 'post', path: '/api/projects/:projectId/views', tag: 'views', auth: 'user', summary: 'Save a tracking view (fields checked against the published form)',
    params: ProjectParams, body: Strict({ formKey: KeyString, ...Spec }), response: ViewSchema,
    handler: ({ ctx, user, params, body }) => {
      rolesOn(user.access, params.projectId);
      const spec: ViewSpecJson = { columns: body.columns, filters: body.filters, sort: body.sort };
      checkFields(ctx, params.projectId, body.formKey, spec);
      const now = ctx.clock.now();
      const row: SavedViewRow = { id: newId('view'), projectId: params.projectId, formKey: body.formKey, name: body.name.trim(), ownerId: user.id, shared: body.shared ?? false, spec, version: 1, createdAt: now, updatedAt: now };
      viewsRepo.insert(ctx.db, row);
      return toView(row);
    } }),
  route({ method: 'put', path: '/api/projects/:projectId/views/:id', tag: 'views', auth: 'user', summary: 'Replace my saved view (409 when version is stale)',
    params: ProjectIdParams, body: Strict({ ...Spec, version: Version }), response: ViewSchema,
    handler: ({ ctx, user, params, body }) => {
      rolesOn(user.access, params.projectId);
      const row = viewsRepo.find(ctx.db, params.projectId, params.id);
      if (!row || (row.ownerId !== user.id && !row.shared)) throw notFoundView();
      editable(user, row);
      if (row.version !== body.version) throw versionConflict(row.version);
      const spec: ViewSpecJson = { columns: body.columns, filters: body.filters, sort: body.sort };
      checkFields(ctx, params.projectId, row.formKey, spec);
      const patch = { name: body.name.trim(), shared: body.shared ?? false, spec, updatedAt: ctx.clock.now() };
      if (!viewsRepo.update(ctx.db, row.id, body.version, patch)) throw versionConflict(row.version);
      return toView({ ...row, ...patch, version: body.version + 1 });
    } }),
  route({ method: 'delete', path: '/api/projects/:projectId/views/:id', tag: 'views', auth: 'user', summary: 'Delete my saved view',
    params: ProjectIdParams, response: Type.Object({ ok: Type.Boolean() }),
    handler: ({ ctx, user, params }) => {
      rolesOn(user.access, params.projectId);
      const row = viewsRepo.find(ctx.db, params.projectId, params.id);
      if (!row || (row.ownerId !== user.id && !row.shared)) throw notFoundView();
      editable(user, row);
      viewsRepo.remove(ctx.db, row.id);
      return { ok: true };
    } }),
  route({ method: 'get', path: '/api/workspace/now', tag: 'views', auth: 'user', summary: 'The server business time (EpochMs) for SLA countdowns',
    response: Type.Object({ now: Type.Integer() }),
    handler: ({ ctx }) => ({ now: ctx.clock.now() }) }),
];

