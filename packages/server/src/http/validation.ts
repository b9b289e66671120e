import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { TSchema } from '@sinclair/typebox';
import { ApiError, apiIssue, type ApiIssue } from './api-error.js';

// ajv-formats is CommonJS; its default export arrives either plain or wrapped depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const bodyAjv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: true }));
const queryAjv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes: 'array' }));
const cache = new WeakMap<object, ValidateFunction>();

/** Returns a cached validator for a request-part schema (query/params coerce strings). */
export function validatorFor(schema: TSchema, part: 'body' | 'query' | 'params'): ValidateFunction {
  const hit = cache.get(schema);
  if (hit) return hit;
  const fn = (part === 'body' ? bodyAjv : queryAjv).compile(schema);
  cache.set(schema, fn);
  return fn;
}

/** Validates (and, for query/params, coerces) `value`; throws a 400 ApiError naming each field. */
export function parsePart<T>(schema: TSchema, part: 'body' | 'query' | 'params', value: unknown): T {
  const validate = validatorFor(schema, part);
  if (validate(value)) return value as T;
  throw new ApiError('API_VALIDATION', {}, (validate.errors ?? []).map((e) => toIssue(e, part)));
}

const typeNamesZh: Record<string, string> = {
  string: '文本', integer: '整数', number: '数字', boolean: '是/否（布尔值）', object: '对象', array: '列表', null: '空值',
};

const limitCodes: Record<string, 'API_FIELD_TOO_SHORT' | 'API_FIELD_TOO_LONG' | 'API_FIELD_TOO_SMALL' | 'API_FIELD_TOO_LARGE' | 'API_FIELD_TOO_FEW' | 'API_FIELD_TOO_MANY'> = {
  minLength: 'API_FIELD_TOO_SHORT', maxLength: 'API_FIELD_TOO_LONG', minimum: 'API_FIELD_TOO_SMALL', exclusiveMinimum: 'API_FIELD_TOO_SMALL',
  maximum: 'API_FIELD_TOO_LARGE', exclusiveMaximum: 'API_FIELD_TOO_LARGE', minItems: 'API_FIELD_TOO_FEW', maxItems: 'API_FIELD_TOO_MANY',
};

function toIssue(error: ErrorObject, part: string): ApiIssue {
  const base = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const join = (name: string) => (base ? `${base}.${name}` : name);
  const at = (path: string) => (part === 'body' ? path : `${part}.${path}`);
  switch (error.keyword) {
    case 'required': {
      const field = join(String((error.params as { missingProperty: string }).missingProperty));
      return apiIssue('API_FIELD_REQUIRED', { field }, at(field));
    }
    case 'additionalProperties': {
      const field = join(String((error.params as { additionalProperty: string }).additionalProperty));
      return apiIssue('API_FIELD_UNKNOWN', { field }, at(field));
    }
    case 'type': {
      const type = String((error.params as { type: string }).type);
      return apiIssue('API_FIELD_TYPE', { field: base || part, type, typeZh: typeNamesZh[type] ?? type }, at(base || part));
    }
    case 'enum':
      return apiIssue('API_FIELD_ENUM', { field: base || part, values: ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ') }, at(base || part));
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minItems':
    case 'maxItems':
      return apiIssue(limitCodes[error.keyword]!, { field: base || part, limit: (error.params as { limit: number }).limit }, at(base || part));
    case 'pattern':
    case 'format':
      return apiIssue('API_FIELD_FORMAT', { field: base || part }, at(base || part));
    default:
      return apiIssue('API_FIELD_INVALID', { field: base || part, detail: error.message ?? error.keyword }, at(base || part));
  }
}
