import { Type } from '@sinclair/typebox';
import { ApiError, apiIssue } from '../http/api-error.js';
import { parsePart } from '../http/validation.js';
import { OneOf } from '../http/schemas.js';
import type { RecordFilter } from '../repos/records-repo.js';
import type { ServerField } from './fields.js';

const FilterList = Type.Array(Type.Object({
  field: Type.String({ minLength: 1, maxLength: 100 }),
  op: OneOf(['eq', 'ne', 'contains', 'gt', 'gte', 'lt', 'lte', 'in']),
  value: Type.Union([Type.String({ maxLength: 200 }), Type.Number(), Type.Boolean(), Type.Null(), Type.Array(Type.Union([Type.String({ maxLength: 200 }), Type.Number()]), { maxItems: 100 })]),
}, { additionalProperties: false }), { maxItems: 20 });

const COLUMNS = new Set(['status', 'ownerId', 'createdBy', 'createdAt', 'updatedAt', 'formKey']);

/**
 * Returns parsed filters and sort from the query strings `filter` (JSON list of `{ field, op, value }`)
 * and `sort` (`field` or `-field`). Fields are record columns or the form's fields; sensitive fields
 * only for users who see personal data. Throws 400 naming the bad part. Pure.
 */
export function parseRecordQuery(filter: string | undefined, sort: string | undefined, fields: readonly ServerField[] | null, mayUseSensitive: boolean) {
  let filters: RecordFilter[] = [];
  if (filter) {
    let raw: unknown;
    try {
      raw = JSON.parse(filter);
    } catch {
      throw new ApiError('API_VALIDATION', {}, [apiIssue('API_FIELD_FORMAT', { field: 'filter' }, 'query.filter')]);
    }
    filters = parsePart<RecordFilter[]>(FilterList, 'query', raw);
  }
  const sortField = sort ? sort.replace(/^-/, '') : 'createdAt';
  for (const field of [...filters.map((f) => f.field), sortField]) checkField(field, fields, mayUseSensitive);
  return { filters, sort: { field: sortField, desc: sort ? sort.startsWith('-') : true } };
}

function checkField(field: string, fields: readonly ServerField[] | null, mayUseSensitive: boolean): void {
  if (COLUMNS.has(field)) return;
  const found = fields?.find((f) => f.key === field);
  if (!found || (found.sensitivity && found.sensitivity !== 'name' && !mayUseSensitive)) {
    throw new ApiError('API_VALIDATION', {}, [apiIssue(fields ? 'API_FIELD_NOT_FILTERABLE' : 'API_FIELD_NEEDS_FORM', { field }, `query.${field}`)]);
  }
}
