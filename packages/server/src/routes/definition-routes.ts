import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { AnyObject, MessageSchema, OkSchema, ProjectKeyParams, ProjectKeyVersionParams, ProjectParams, Strict, Version } from '../http/schemas.js';
import { definitionService } from '../services/definition-service.js';
import { migrateRunningCases } from '../services/flow-migration.js';
import type { DefinitionKind } from '../repos/definitions-repo.js';

const IssueList = Type.Array(Type.Object({ code: Type.String(), message: MessageSchema, path: Type.Optional(Type.String()), nodeId: Type.Optional(Type.String()) }));
const Summary = Type.Object({
  key: Type.String(), kind: Type.String(), name: MessageSchema, version: Type.Integer(), latestVersion: Type.Union([Type.Integer(), Type.Null()]), updatedAt: Type.Integer(),
  formKey: Type.Optional(Type.String({ description: 'Flows: the form their latest published version starts' })),
  starterRoles: Type.Optional(Type.Array(Type.String(), { description: 'Flows: the roles that may start the latest published version by hand (absent: every member)' })),
});
const Draft = Type.Object({
  key: Type.String(), kind: Type.String(), name: MessageSchema, definition: AnyObject, version: Type.Integer({ description: 'Draft row version (send back on PUT)' }),
  latestVersion: Type.Union([Type.Integer(), Type.Null()]), updatedAt: Type.Integer(), updatedBy: Type.String(),
  issues: Type.Array(Type.Unknown(), { description: 'Runtime validation issues of the draft (publishing refuses while any)' }),
});
const Published = Type.Object({ key: Type.String(), kind: Type.String(), version: Type.Integer(), note: Type.String(), publishedAt: Type.Integer(), publishedBy: Type.String() });

/** Draft / publish / versions routes for one kind, under /api/projects/:projectId/{forms|flows|rules}. */
export function definitionRoutes(kind: DefinitionKind, plural: string) {
  const base = `/api/projects/:projectId/${plural}`;
  return [
    route({ method: 'get', path: base, tag: plural, auth: 'user', summary: `List ${plural} of a project`, params: ProjectParams, response: Type.Array(Summary),
      handler: ({ ctx, user, params }) => definitionService.list(ctx, user, params.projectId, kind) }),
    route({ method: 'post', path: base, tag: plural, auth: 'user', summary: `Create a ${kind} draft (key from definition.key)`, params: ProjectParams,
      body: Strict({ definition: AnyObject }), response: Draft,
      handler: ({ ctx, user, params, body }) => definitionService.create(ctx, user, params.projectId, kind, body.definition) }),
    route({ method: 'get', path: `${base}/:key`, tag: plural, auth: 'user', summary: `The ${kind} draft with its validation issues`, params: ProjectKeyParams, response: Draft,
      handler: ({ ctx, user, params }) => definitionService.get(ctx, user, params.projectId, kind, params.key) }),
    route({ method: 'put', path: `${base}/:key`, tag: plural, auth: 'user', summary: `Save the ${kind} draft (409 when version is stale)`, params: ProjectKeyParams,
      body: Strict({ definition: AnyObject, version: Version }), response: Draft,
      handler: ({ ctx, user, params, body }) => definitionService.saveDraft(ctx, user, params.projectId, kind, params.key, body.definition, body.version) }),
    route({ method: 'delete', path: `${base}/:key`, tag: plural, auth: 'user', summary: `Delete a ${kind} draft that was never published (409 when published, used by another draft, or version is stale)`,
      params: ProjectKeyParams, query: Strict({ version: Version }), response: OkSchema,
      handler: ({ ctx, user, params, query }) => definitionService.remove(ctx, user, params.projectId, kind, params.key, query.version) }),
    route({ method: 'post', path: `${base}/:key/publish`, tag: plural, auth: 'user', summary: `Publish the draft as the next immutable version (400 with issues when invalid)`,
      params: ProjectKeyParams, body: Strict({ note: Type.Optional(Type.String({ maxLength: 500 })), version: Type.Optional(Version) }), response: Published,
      handler: ({ ctx, user, params, body }) => definitionService.publish(ctx, user, params.projectId, kind, params.key, body.note ?? '', body.version) }),
    ...(kind === 'flow' ? [route({ method: 'get', path: `${base}/:key/running`, tag: plural, auth: 'user',
      summary: 'Running cases of the flow per version (they stay on their version when a new one is published)', params: ProjectKeyParams,
      response: Type.Object({ total: Type.Integer(), byVersion: Type.Array(Type.Object({ version: Type.Integer(), running: Type.Integer() })) }),
      handler: ({ ctx, user, params }) => definitionService.running(ctx, user, params.projectId, params.key) }),
    route({ method: 'post', path: `${base}/:key/migrate`, tag: plural, auth: 'user', status: 200,
      summary: 'Move the running cases of an older version to the latest published version; those waiting where it has no such step (or inside a parallel section) stay, with the reasons',
      params: ProjectKeyParams, body: Strict({ from: Type.Integer({ minimum: 1, description: 'The version whose running cases move' }) }),
      response: Type.Object({
        from: Type.Integer(), to: Type.Integer(), migrated: Type.Integer({ description: 'Cases moved to `to`' }),
        kept: Type.Array(Type.Object({ instanceId: Type.String(), recordId: Type.String(), title: Type.String({ description: 'The customer, masked unless the caller sees the record in clear' }), problems: Type.Array(MessageSchema) }), { description: 'Cases left on `from`, with why' }),
      }),
      handler: ({ ctx, user, params, body }) => migrateRunningCases(ctx, user, params.projectId, params.key, body.from) })] : []),
    route({ method: 'get', path: `${base}/:key/versions`, tag: plural, auth: 'user', summary: `Published versions, newest first`, params: ProjectKeyParams,
      response: Type.Array(Type.Object({ version: Type.Integer(), note: Type.String(), publishedBy: Type.String(), publishedByName: Type.String({ description: 'Display name (the id when the user is gone)' }), publishedAt: Type.Integer() })),
      handler: ({ ctx, user, params }) => definitionService.versions(ctx, user, params.projectId, kind, params.key) }),
    route({ method: 'get', path: `${base}/:key/versions/:version`, tag: plural, auth: 'user', summary: `One published version`, params: ProjectKeyVersionParams,
      response: Type.Object({ key: Type.String(), kind: Type.String(), version: Type.Integer(), note: Type.String(), publishedAt: Type.Integer(), publishedBy: Type.String(), definition: AnyObject }),
      handler: ({ ctx, user, params }) => definitionService.version(ctx, user, params.projectId, kind, params.key, params.version) }),
  ];
}

/** All definition routes: forms, flows, rules. */
export const allDefinitionRoutes = [...definitionRoutes('form', 'forms'), ...definitionRoutes('flow', 'flows'), ...definitionRoutes('rule', 'rules')];
