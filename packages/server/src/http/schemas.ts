import { Type, type TSchema } from '@sinclair/typebox';

/** Request/response schemas shared by routes (TypeBox = JSON Schema; also the OpenAPI source). */
export const MessageSchema = Type.Object({ zh: Type.String({ maxLength: 500 }), en: Type.String({ maxLength: 500 }) }, { additionalProperties: false });

/** A strict object: unknown fields are refused with API_FIELD_UNKNOWN. */
export function Strict<T extends Parameters<typeof Type.Object>[0]>(properties: T, description?: string) {
  return Type.Object(properties, { additionalProperties: false, ...(description ? { description } : {}) });
}

/** An id in a path. */
export const IdString = Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.:-]+$' });
/** A definition key (form/flow/rule). */
export const KeyString = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z][A-Za-z0-9_-]*$' });
/** Optimistic-concurrency version of a mutable row. */
export const Version = Type.Integer({ minimum: 1, description: 'Row version you read; a stale one answers 409' });

export const ProjectParams = Strict({ projectId: IdString });
export const IdParams = Strict({ id: IdString });
export const ProjectIdParams = Strict({ projectId: IdString, id: IdString });
export const ProjectKeyParams = Strict({ projectId: IdString, key: KeyString });
export const ProjectKeyVersionParams = Strict({ projectId: IdString, key: KeyString, version: Type.Integer({ minimum: 1 }) });

/** A JSON object of any shape (definitions, record data) — checked by the runtime, not here. */
export const AnyObject = Type.Object({}, { additionalProperties: true });

/** A page of items. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
}

export const OkSchema = Type.Object({ ok: Type.Boolean() });

/** A union of string literals (an enum in the OpenAPI document). */
export function OneOf<const T extends readonly string[]>(values: T, options: { default?: T[number]; description?: string } = {}) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}
