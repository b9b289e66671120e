import type { TSchema } from '@sinclair/typebox';
import type { RouteDef } from './route.js';

const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'Stable machine-readable code, e.g. API_VERSION_CONFLICT' },
    message: { type: 'object', required: ['zh', 'en'], properties: { zh: { type: 'string' }, en: { type: 'string' } } },
    issues: { description: 'Field problems: a list, or a map from field path to a list', oneOf: [{ type: 'array', items: { $ref: '#/components/schemas/Issue' } }, { type: 'object', additionalProperties: { type: 'array', items: { $ref: '#/components/schemas/Issue' } } }] },
  },
};

const issueSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string' },
    message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
    path: { type: 'string' },
    nodeId: { type: 'string' },
  },
};

/** Returns a plain JSON copy of a TypeBox schema (symbols dropped). Pure. */
function plain(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}

function parameters(def: RouteDef) {
  const out: Record<string, unknown>[] = [];
  for (const [where, schema] of [['path', def.params], ['query', def.query]] as const) {
    if (!schema) continue;
    const obj = plain(schema) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
    for (const [name, prop] of Object.entries(obj.properties ?? {})) {
      const { description, ...rest } = prop;
      out.push({ name, in: where, required: where === 'path' || (obj.required ?? []).includes(name), schema: rest, ...(description ? { description } : {}) });
    }
  }
  return out;
}

function errorResponses(def: RouteDef) {
  const ref = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const out: Record<string, unknown> = { '400': { description: 'Bad input (code + zh/en message + issues)', ...ref } };
  if (def.auth !== 'public') {
    out['401'] = { description: 'Not signed in', ...ref };
    out['403'] = { description: 'Forbidden or missing CSRF token', ...ref };
  }
  if (def.path.includes(':')) out['404'] = { description: 'Not found (also for objects of other projects)', ...ref };
  if (def.method !== 'get') {
    out['409'] = { description: 'Stale version or illegal state', ...ref };
    out['422'] = { description: 'Idempotency-Key reused with another body', ...ref };
  }
  return out;
}

/** Returns the OpenAPI 3.1 document for the given routes, from the schemas that validate them. Pure. */
export function buildOpenApi(routes: readonly RouteDef[], info: { version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const def of routes) {
    const path = def.path.replace(/:(\w+)/g, '{$1}');
    const status = String(def.status ?? (def.method === 'post' ? 201 : 200));
    const parametersList = parameters(def);
    if (def.method !== 'get' && def.method !== 'delete' && def.auth !== 'public') {
      parametersList.push({ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 }, description: 'Same key + same body replays the first response; another body answers 422' });
    }
    const security = def.auth === 'public' ? [] : [{ session: [], csrf: [] }, { bearer: [] }];
    paths[path] ??= {};
    paths[path][def.method] = {
      operationId: `${def.method}${path.replace(/[^a-zA-Z0-9]+(\w)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      summary: def.summary,
      tags: [def.tag],
      security,
      ...(parametersList.length ? { parameters: parametersList } : {}),
      ...(def.body ? { requestBody: { required: true, content: { 'application/json': { schema: plain(def.body) } } } } : {}),
      responses: {
        [status]: def.response ? { description: 'OK', content: { 'application/json': { schema: plain(def.response) } } } : { description: 'OK' },
        ...errorResponses(def),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'SiteFlow 案场流 API', version: info.version, description: 'JSON API of SiteFlow. Errors are `{ code, message: { zh, en }, issues }`. Cookie writes need the X-CSRF-Token header from GET /api/auth/session.' },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: { Error: errorSchema, Issue: issueSchema },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'sf_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
  };
}
