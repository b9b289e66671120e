import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';

const message = { type: 'object', required: ['zh', 'en'], additionalProperties: false, properties: { zh: { type: 'string', minLength: 1 }, en: { type: 'string', minLength: 1 } } } as const;
const duration = {
  type: 'object', required: ['amount', 'unit'], additionalProperties: false,
  properties: { amount: { type: 'number', exclusiveMinimum: 0 }, unit: { enum: ['minutes', 'hours', 'workingHours', 'days', 'workingDays'] } },
} as const;
const files = { type: 'array', items: { type: 'string', pattern: '^[a-z0-9][a-z0-9/_.-]*\\.json$' }, uniqueItems: true } as const;
const key = { type: 'string', pattern: '^[a-z][a-z0-9-]{1,63}$' } as const;

/**
 * The JSON Schema (2020-12) of a template package's manifest.json. Pure data; the loader checks
 * every manifest against it, and editors may use it for completion.
 */
export const templateManifestSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://siteflow.dev/schemas/template-manifest.json',
  title: 'SiteFlow template package manifest 模板包清单',
  type: 'object',
  required: ['key', 'version', 'name', 'description', 'forms', 'flows', 'rules', 'riskLibraries', 'keywordDictionaries', 'reports', 'documents', 'overridable'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    key,
    version: { type: 'string', pattern: '^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)$' },
    name: message,
    description: message,
    category: { type: 'string' },
    forms: files, flows: files, rules: files, riskLibraries: files, keywordDictionaries: files, reports: files,
    documents: {
      type: 'array',
      items: { type: 'object', required: ['key'], additionalProperties: false, properties: { key, label: message } },
    },
    settings: {
      type: 'array',
      items: {
        type: 'object', required: ['key', 'label', 'default', 'type'], additionalProperties: false,
        properties: { key: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }, label: message, description: message, default: { type: 'string' }, type: { enum: ['text', 'url'] } },
      },
    },
    externalLinks: {
      type: 'array',
      items: {
        type: 'object', required: ['flow', 'node', 'contactField', 'fields', 'expiresIn', 'label'], additionalProperties: false,
        properties: {
          flow: { type: 'string' }, node: { type: 'string' }, contactField: { type: 'string' },
          fields: { type: 'array', items: { type: 'string' }, minItems: 1 }, expiresIn: duration, label: message,
        },
      },
    },
    overridable: {
      type: 'object', required: ['roles', 'slas'], additionalProperties: false,
      properties: {
        roles: {
          type: 'array',
          items: { type: 'object', required: ['role', 'duty'], additionalProperties: false, properties: { role: { type: 'string' }, duty: message } },
        },
        slas: {
          type: 'array',
          items: {
            type: 'object', required: ['key', 'label', 'default'], additionalProperties: false,
            properties: {
              key: { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9]*$' }, label: message,
              flow: { type: 'string' }, node: { type: 'string' }, rule: { type: 'string' }, action: { type: 'integer', minimum: 0 }, default: duration,
            },
          },
        },
      },
    },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(templateManifestSchema);

/** Returns the manifest's schema violations as `{ field, detail }` (empty when valid). Pure. */
export function manifestSchemaErrors(manifest: unknown): { field: string; detail: string }[] {
  if (check(manifest)) return [];
  return (check.errors ?? []).map((e: ErrorObject) => ({
    field: (e.instancePath || '/').slice(1).replace(/\//g, '.') || '(manifest)',
    detail: e.keyword === 'additionalProperties' ? `unknown property ${(e.params as { additionalProperty: string }).additionalProperty}` : (e.message ?? e.keyword),
  }));
}
