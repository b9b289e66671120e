import type { FieldNode } from './field-tree.js';
import { acceptPattern, EMAIL_PATTERN, ID_PATTERN, PHONE_PATTERN, TIME_PATTERN } from './patterns.js';
import type { ComputedResultType } from './types.js';

/** A JSON Schema object as handed to ajv. */
export type JsonSchema = Record<string, unknown>;

/** Hard limits that hold whatever a definition says, so no value can be absurd. */
export const LIMITS = {
  textLength: 200,
  textareaLength: 2000,
  number: 1e15,
  money: 1e12,
  durationMinutes: 10 * 365 * 24 * 60,
  people: 50,
  attachments: 20,
  attachmentMb: 50,
  rows: 200,
  otherText: 200,
} as const;

const MIB = 1024 * 1024;

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function defined(schema: JsonSchema): JsonSchema {
  for (const key of Object.keys(schema)) if (schema[key] === undefined) delete schema[key];
  return schema;
}

/**
 * Returns the ajv schema that enforces a field's type (its own shape, tightened by the length,
 * range and count keywords of the definition). Pure.
 */
export function shapeOf(node: FieldNode): JsonSchema {
  const s = node.schema;
  const ui = node.ui;
  switch (node.type) {
    case 'text':
      return defined({ type: 'string', minLength: num(s.minLength), maxLength: num(s.maxLength) ?? LIMITS.textLength });
    case 'textarea':
      return defined({ type: 'string', minLength: num(s.minLength), maxLength: num(s.maxLength) ?? LIMITS.textareaLength });
    case 'number': {
      const decimals = num(ui.decimals);
      return defined({
        type: decimals === 0 || s.type === 'integer' ? 'integer' : 'number',
        minimum: num(s.minimum) ?? -LIMITS.number, maximum: num(s.maximum) ?? LIMITS.number,
        sfDecimals: decimals !== undefined && decimals > 0 ? decimals : undefined,
      });
    }
    case 'money':
      return { type: 'number', minimum: Math.max(0, num(s.minimum) ?? 0), maximum: num(s.maximum) ?? LIMITS.money, sfDecimals: 2 };
    case 'percent':
      return { type: 'number', minimum: num(s.minimum) ?? 0, maximum: num(s.maximum) ?? 100, sfDecimals: 2 };
    case 'date':
      return { type: 'string', format: 'sf-date' };
    case 'datetime':
      return { type: 'string', format: 'sf-datetime' };
    case 'time':
      return { type: 'string', pattern: TIME_PATTERN };
    case 'duration':
      return { type: 'integer', minimum: Math.max(0, num(s.minimum) ?? 0), maximum: num(s.maximum) ?? LIMITS.durationMinutes };
    case 'select':
      return { type: 'string', enum: node.options.map((o) => o.value) };
    case 'multiselect':
      return defined({
        type: 'array', uniqueItems: true, minItems: num(s.minItems), maxItems: num(s.maxItems) ?? node.options.length,
        items: { type: 'string', enum: node.options.map((o) => o.value) },
      });
    case 'boolean':
      return { type: 'boolean' };
    case 'phone':
      return { type: 'string', pattern: PHONE_PATTERN };
    case 'idCard':
      return { type: 'string', sfIdCard: true };
    case 'email':
      return { type: 'string', maxLength: 254, pattern: EMAIL_PATTERN };
    case 'person':
    case 'role':
      return ui.multiple
        ? defined({ type: 'array', uniqueItems: true, minItems: num(s.minItems), maxItems: num(s.maxItems) ?? LIMITS.people, items: { type: 'string', pattern: ID_PATTERN } })
        : { type: 'string', pattern: ID_PATTERN };
    case 'attachments':
      return defined({
        type: 'array', minItems: num(s.minItems), maxItems: num(s.maxItems) ?? LIMITS.attachments,
        items: {
          type: 'object', additionalProperties: false, required: ['id', 'name', 'size', 'type'],
          properties: {
            id: { type: 'string', minLength: 1, maxLength: 128 },
            name: { type: 'string', minLength: 1, maxLength: 255 },
            size: { type: 'integer', minimum: 0, maximum: Math.round((num(ui.maxSizeMb) ?? LIMITS.attachmentMb) * MIB) },
            type: defined({ type: 'string', maxLength: 255, pattern: Array.isArray(ui.accept) && ui.accept.length > 0 ? acceptPattern(ui.accept) : undefined }),
          },
        },
      });
    case 'subtable':
      return defined({
        type: 'array', minItems: num(s.minItems), maxItems: num(s.maxItems) ?? LIMITS.rows,
        items: { type: 'object', additionalProperties: false, properties: shapesOf(node.children) },
      });
    case 'section':
      return { type: 'object', additionalProperties: false, properties: shapesOf(node.children) };
    case 'computed':
      return computedShape(ui.resultType ?? 'number');
    case 'note':
      return { not: {} };
    default: {
      const unreachable: never = node.type;
      return unreachable;
    }
  }
}

function computedShape(resultType: ComputedResultType): JsonSchema {
  switch (resultType) {
    case 'number': return { type: 'number' };
    case 'money': return { type: 'number', sfDecimals: 2 };
    case 'text': return { type: 'string' };
    case 'boolean': return { type: 'boolean' };
    case 'date': return { type: 'string', format: 'sf-date' };
    default: {
      const unreachable: never = resultType;
      return unreachable;
    }
  }
}

/** Returns the `properties` object for a list of sibling nodes (notes store nothing). Pure. */
export function shapesOf(nodes: readonly FieldNode[]): JsonSchema {
  const properties: JsonSchema = {};
  for (const node of nodes) if (node.type !== 'note') properties[node.key] = shapeOf(node);
  return properties;
}
