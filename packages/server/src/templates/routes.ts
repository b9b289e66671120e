import { Type } from '@sinclair/typebox';
import { route } from '../http/route.js';
import { ApiError } from '../http/api-error.js';
import { IdString, KeyString, MessageSchema, Strict } from '../http/schemas.js';
import { listTemplatePackages } from './list-service.js';
import { publishTemplatePackage, TemplateError } from './publish-service.js';
import { templateMessage } from './messages.js';
import type { TemplateSource } from './source.js';
import { addDictionaryTerms, projectDictionary } from './dictionary-terms.js';

const DurationSchema = Strict({
  amount: Type.Number({ exclusiveMinimum: 0, maximum: 10_000 }),
  unit: Type.Unsafe<'minutes' | 'hours' | 'workingHours' | 'days' | 'workingDays'>({ type: 'string', enum: ['minutes', 'hours', 'workingHours', 'days', 'workingDays'] }),
});
const OverridesSchema = Strict({
  roles: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.String({ minLength: 1, maxLength: 64 }), { description: 'Package role → project role' })),
  slas: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), DurationSchema, { description: 'Overridable SLA key → duration' })),
  settings: Type.Optional(Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 1000 }), { description: 'Setting key → value (e.g. bankPrescreenUrl)' })),
}, 'What a project changes: roles, SLAs, settings');
const IssueSchema = Type.Object({ code: Type.String(), message: MessageSchema, file: Type.String(), path: Type.Optional(Type.String()), nodeId: Type.Optional(Type.String()) });
const ResultSchema = Type.Object({
  projectId: Type.String(), status: Type.String({ description: 'installed | upgraded | reinstalled | unchanged | failed' }),
  fromVersion: Type.Union([Type.String(), Type.Null()]), version: Type.String(),
  definitions: Type.Array(Type.Object({ kind: Type.String(), key: Type.String(), version: Type.Integer(), changed: Type.Boolean() })),
  issues: Type.Array(IssueSchema),
  migrations: Type.Array(Type.Object({
    flowKey: Type.String(), from: Type.Integer(), to: Type.Integer(), migrated: Type.Integer(),
    kept: Type.Array(Type.Object({ instanceId: Type.String(), recordId: Type.String(), title: Type.String({ description: 'The customer, masked unless the admin sees the record in clear' }), problems: Type.Array(MessageSchema) })),
  }), { description: 'With migrateRunning: running cases moved per flow and older version, and those kept with why' }),
});
const KeyParams = Strict({ key: KeyString });
const ProjectDictParams = Strict({ projectId: IdString, key: KeyString });
const NewTermSchema = Strict({
  term: Type.String({ minLength: 1, maxLength: 40 }), weight: Type.Number({ minimum: -10, maximum: 10 }),
  synonyms: Type.Optional(Type.Union([Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }), Type.String({ maxLength: 400 })])),
  category: Type.Optional(Type.String({ maxLength: 20 })),
});

/** Admin routes of template publishing, in the server's route format (OpenAPI, auth, validation). */
export function templateRoutes(source: TemplateSource) {
  return [
    route({
      method: 'get', path: '/api/admin/template-packages', tag: 'templates', auth: 'admin', summary: 'Template packages with the version each project has',
      response: Type.Array(Type.Unknown()),
      handler: ({ ctx, user }) => listTemplatePackages(ctx, source, user.organisationId),
    }),
    route({
      method: 'get', path: '/api/admin/template-packages/:key', tag: 'templates', auth: 'admin', summary: 'Every available version of one template package', params: KeyParams,
      response: Type.Array(Type.Unknown()),
      handler: ({ ctx, user, params }) => {
        const found = listTemplatePackages(ctx, source, user.organisationId).filter((p) => p.key === params.key);
        if (found.length === 0) throw notFoundPackage(params.key);
        return found;
      },
    }),
    route({
      method: 'post', path: '/api/admin/template-packages/:key/publish', tag: 'templates', auth: 'admin', status: 200,
      summary: 'Publish a package version to many projects (one transaction per project; idempotent; audited)',
      params: KeyParams,
      body: Strict({
        version: Type.String({ pattern: '^\\d+\\.\\d+\\.\\d+$' }),
        projectIds: Type.Array(IdString, { minItems: 1, maxItems: 500 }),
        overrides: Type.Optional(OverridesSchema),
        projectOverrides: Type.Optional(Type.Record(IdString, OverridesSchema, { description: 'Per-project overrides, applied over `overrides`' })),
        migrateRunning: Type.Optional(Type.Boolean({ description: 'Also move running cases of the package\'s flows to their latest version where they can move (迁移); the others stay, listed with why' })),
      }),
      response: Type.Object({ key: Type.String(), version: Type.String(), results: Type.Array(ResultSchema) }),
      // Runs outside the request transaction: each project commits (or rolls back) on its own.
      async: true,
      handler: ({ ctx, user, params, body }) => {
        try {
          return publishTemplatePackage(ctx, source, { key: params.key, ...body }, { id: user.id, organisationId: user.organisationId, reader: user });
        } catch (err) {
          if (err instanceof TemplateError) throw toApiError(err);
          throw err;
        }
      },
    }),
    route({
      method: 'get', path: '/api/projects/:projectId/keyword-dictionaries/:key', tag: 'templates', auth: 'user', summary: 'The latest version of a project keyword dictionary',
      params: ProjectDictParams, response: Type.Unknown(),
      handler: ({ ctx, user, params }) => projectDictionary(ctx, user, params.projectId, params.key),
    }),
    route({
      method: 'post', path: '/api/projects/:projectId/keyword-dictionaries/:key/terms', tag: 'templates', auth: 'user', status: 200,
      summary: 'Add reviewed risk terms (e.g. from the 24-hour case review) as the next dictionary version',
      params: ProjectDictParams, body: Strict({ terms: Type.Array(NewTermSchema, { minItems: 1, maxItems: 50 }) }),
      response: Type.Object({ key: Type.String(), version: Type.Integer(), changed: Type.Boolean(), entries: Type.Integer() }),
      handler: ({ ctx, user, params, body }) => addDictionaryTerms(ctx, user, params.projectId, params.key, body.terms),
    }),
  ];
}

function notFoundPackage(key: string): ApiError {
  return toApiError(new TemplateError('TPL_PACKAGE_NOT_FOUND', { key }));
}

function toApiError(err: TemplateError): ApiError {
  const name = templateMessage(err.code === 'TPL_VERSION_NOT_FOUND' ? 'TPL_THING_VERSION' : 'TPL_THING_PACKAGE', err.params);
  const path = err.code === 'TPL_VERSION_NOT_FOUND' ? 'version' : 'key';
  return new ApiError('API_NOT_FOUND', { what: name.zh, whatEn: name.en }, [{ code: err.code, message: templateMessage(err.code, err.params), path }]);
}
