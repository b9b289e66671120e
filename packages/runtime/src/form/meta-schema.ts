import { fieldTypes } from './field-types.js';
import { KEY_PATTERN, RESERVED_KEYS } from './patterns.js';
import { FieldTypeId, FormReportRole, SensitivityKind } from './types.js';

const message = { $ref: '#/$defs/message' };
const count = { type: 'integer', minimum: 0, maximum: 100_000 };
const keyList = { type: 'array', items: { type: 'string' }, uniqueItems: true };
const rule = { type: ['string', 'object'] };
const expression = { type: 'string', minLength: 1, maxLength: 2000 };
const layoutKey = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' };

/**
 * The meta-schema of form definitions (JSON Schema 2020-12). It checks the shape; the
 * meaning (options present, formulas parse, layout names real fields...) is checked by
 * `validateFormDefinition` afterwards. Author-written `format`, `enum`, `uniqueItems` and
 * `additionalProperties` are accepted as documentation: the field type decides the real shape.
 */
export const formMetaSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://siteflow.local/schemas/form-definition.json',
  type: 'object',
  required: ['key', 'name', 'schema'],
  additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' },
    name: message,
    version: { type: 'integer', minimum: 1 },
    description: message,
    reportRole: { enum: Object.values(FormReportRole) },
    tableColumns: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 30, uniqueItems: true },
    schema: {
      type: 'object',
      required: ['type', 'properties'],
      additionalProperties: false,
      properties: {
        $schema: { const: 'https://json-schema.org/draft/2020-12/schema' },
        type: { const: 'object' },
        title: { type: 'string' },
        description: { type: 'string' },
        properties: { $ref: '#/$defs/properties' },
        required: keyList,
        additionalProperties: { const: false },
        'x-ui': {
          type: 'object', additionalProperties: false,
          properties: { layout: { $ref: '#/$defs/layout' } },
        },
      },
    },
  },
  $defs: {
    message: {
      type: 'object', required: ['zh', 'en'], additionalProperties: false,
      properties: { zh: { type: 'string', minLength: 1, maxLength: 2000 }, en: { type: 'string', minLength: 1, maxLength: 2000 } },
    },
    properties: {
      type: 'object',
      maxProperties: 300,
      propertyNames: { pattern: KEY_PATTERN, not: { enum: [...RESERVED_KEYS] } },
      additionalProperties: { $ref: '#/$defs/field' },
    },
    field: {
      type: 'object',
      required: ['x-ui'],
      additionalProperties: false,
      properties: {
        type: { enum: ['string', 'number', 'integer', 'boolean', 'array', 'object'] },
        title: { type: 'string' },
        description: { type: 'string' },
        $comment: { type: 'string' },
        default: true,
        format: { type: 'string' },
        enum: { type: 'array' },
        uniqueItems: { type: 'boolean' },
        additionalProperties: { const: false },
        minLength: count,
        maxLength: { type: 'integer', minimum: 1, maximum: 20_000 },
        minimum: { type: 'number' },
        maximum: { type: 'number' },
        minItems: { type: 'integer', minimum: 0, maximum: 1000 },
        maxItems: { type: 'integer', minimum: 1, maximum: 1000 },
        properties: { $ref: '#/$defs/properties' },
        required: keyList,
        items: {
          type: 'object', required: ['type', 'properties'], additionalProperties: false,
          properties: {
            type: { const: 'object' },
            properties: { $ref: '#/$defs/properties' },
            required: keyList,
            additionalProperties: { const: false },
          },
        },
        'x-ui': { $ref: '#/$defs/fieldUi' },
      },
    },
    fieldUi: {
      type: 'object',
      required: ['label'],
      additionalProperties: false,
      properties: {
        fieldType: { enum: Object.values(FieldTypeId) },
        widget: { enum: Object.values(fieldTypes).flatMap((t) => t.widgets) },
        label: message,
        placeholder: message,
        help: message,
        order: { type: 'number' },
        span: { type: 'integer', minimum: 1, maximum: 4 },
        options: {
          type: 'array', maxItems: 200,
          items: {
            type: 'object', required: ['value', 'label'], additionalProperties: false,
            properties: { value: { type: 'string', minLength: 1, maxLength: 64 }, label: message },
          },
        },
        allowOther: { type: 'boolean' },
        sensitivity: { enum: [...Object.values(SensitivityKind), null] },
        visibleWhen: rule,
        requiredWhen: rule,
        readOnlyWhen: rule,
        valueExpr: expression,
        formula: expression,
        resultType: { enum: ['number', 'money', 'text', 'boolean', 'date'] },
        decimals: { type: 'integer', minimum: 0, maximum: 6 },
        unit: message,
        multiple: { type: 'boolean' },
        accept: { type: 'array', maxItems: 20, items: { type: 'string', pattern: '^[a-z]+/(?:[a-z0-9.+-]+|\\*)$' } },
        maxSizeMb: { type: 'number', exclusiveMinimum: 0, maximum: 500 },
        text: message,
        autoNumber: {
          type: 'object', required: ['prefix', 'date', 'digits'], additionalProperties: false,
          properties: {
            prefix: { type: 'string', maxLength: 12, pattern: '^\\S*$' },
            date: { enum: ['yyyyMM', 'yyyyMMdd', 'yyyy', 'none'] },
            digits: { type: 'integer', minimum: 2, maximum: 8 },
          },
        },
      },
    },
    layout: {
      type: 'object', additionalProperties: false,
      properties: {
        columns: { type: 'integer', minimum: 1, maximum: 4 },
        sections: { type: 'array', items: { $ref: '#/$defs/section' } },
        tabs: { type: 'array', items: { $ref: '#/$defs/tab' } },
      },
    },
    section: {
      type: 'object', required: ['key', 'title', 'fields'], additionalProperties: false,
      properties: {
        key: layoutKey, title: message, fields: keyList,
        columns: { type: 'integer', minimum: 1, maximum: 4 }, collapsed: { type: 'boolean' },
      },
    },
    tab: {
      type: 'object', required: ['key', 'title'], additionalProperties: false,
      properties: { key: layoutKey, title: message, sections: { type: 'array', items: { $ref: '#/$defs/section' } }, fields: keyList },
    },
  },
} as const;
