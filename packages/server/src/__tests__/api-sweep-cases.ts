// Malformed requests derived from the OpenAPI document, for the API sweep (api-sweep.test.ts).
// Pure: each operation's schemas give the cases; nothing here talks to a server.

/** A JSON schema as it appears in the OpenAPI document. */
export interface Schema {
  readonly type?: string | string[];
  readonly enum?: unknown[];
  readonly const?: unknown;
  readonly anyOf?: Schema[];
  readonly oneOf?: Schema[];
  readonly properties?: Record<string, Schema>;
  readonly required?: string[];
  readonly additionalProperties?: boolean | Schema;
  readonly items?: Schema;
  readonly minItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly pattern?: string;
  readonly default?: unknown;
}

/** One operation of the API. */
export interface Operation {
  readonly method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path, e.g. `/api/projects/{projectId}/records`. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly query: Readonly<Record<string, Schema>>;
  readonly body?: Schema;
}

/** One malformed request and what its answer must name. */
export interface SweepCase {
  readonly name: string;
  readonly method: Operation['method'];
  readonly url: string;
  /** A JSON body (sent as application/json). */
  readonly json?: unknown;
  /** A raw body with its content type. */
  readonly raw?: { readonly type: string; readonly data: string | Buffer };
  /** The field a 400 answer must name in `issues` (`query.x`, `params.x` or a body path). */
  readonly field?: string;
  /** 404 is a right answer too (an unknown or malformed id names nothing). */
  readonly notFoundOk?: boolean;
  /** A documented success for this input (idempotent deletes: nothing to delete is fine); nothing may change either. */
  readonly okStatus?: number;
  /** The code the answer must carry instead of naming a field (a signed link is one input as a whole). */
  readonly code?: string;
  /** The route answers an HTML page (the external-link form), not JSON. */
  readonly html?: boolean;
}

/** Returns the operations of an OpenAPI document. Pure. */
export function operationsOf(doc: { paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema: Schema }[]; requestBody?: { content: Record<string, { schema: Schema }> } }>> }): Operation[] {
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const params = op.parameters ?? [];
      out.push({
        method: method as Operation['method'], path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, p.schema])),
        ...(op.requestBody ? { body: op.requestBody.content['application/json']!.schema } : {}),
      });
    }
  }
  return out;
}

/** Valid-looking values of path params: a real project, real keys, ids that name nothing. */
const PARAM_VALUES: Record<string, string> = { projectId: 'prj_yunqi', key: 'refund', flowKey: 'refund', formKey: 'refund-request', version: '1', id: 'x_1', recordId: 'x_1', token: 'x' };

/** Well-formed path-param values that name nothing. */
const UNKNOWN_VALUES: Record<string, string> = { projectId: 'prj_zz_unknown', key: 'zzUnknown', flowKey: 'zzUnknown', formKey: 'zzUnknown', version: '999' };

/** Deletes documented as idempotent (docs/contracts.md: drafts): an unknown key answers 204 and changes nothing. */
const IDEMPOTENT_DELETES = new Set(['delete /api/projects/{projectId}/drafts/{flowKey}', 'delete /api/projects/{projectId}/record-drafts/{formKey}']);

/** Malformed path-param values: SQL, a script tag, a 2,000-character id, unicode with a bidi override. */
export const BAD_IDS: readonly [string, string][] = [
  ['SQL-looking', "x'; drop table records; --"],
  ['script tag', '<script>alert(1)</script>'],
  ['2,000-char id', 'x'.repeat(2000)],
  ['unicode', '项目😀\u202e'],
];

/** Returns the URL of an operation with `override` params (URI-encoded). Pure. */
export function urlOf(path: string, override: Record<string, string> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(override[name] ?? PARAM_VALUES[name] ?? 'x_1'));
}

function typesOf(s: Schema): string[] {
  if (s.anyOf ?? s.oneOf) return (s.anyOf ?? s.oneOf)!.flatMap(typesOf);
  if (s.const !== undefined) return [typeof s.const];
  if (s.type === undefined) return [];
  return Array.isArray(s.type) ? s.type : [s.type];
}

/** Returns a value that satisfies the easy parts of a schema (the baseline a case breaks one field of). Pure. */
export function sample(s: Schema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  if (s.anyOf ?? s.oneOf) return sample((s.anyOf ?? s.oneOf)![0]!);
  switch (typesOf(s)[0]) {
    case 'string': return 'a'.repeat(Math.max(s.minLength ?? 1, 1));
    case 'integer':
    case 'number': return s.minimum ?? 1;
    case 'boolean': return false;
    case 'null': return null;
    case 'array': return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}));
    case 'object': return Object.fromEntries((s.required ?? []).map((k) => [k, sample(s.properties?.[k] ?? {})]));
    default: return 'a';
  }
}

/** A value of the wrong type for each declared type: string↔number, object→array, array→object. */
const SWAPS: Record<string, unknown> = { object: ['not', 'an', 'object'], array: { not: 'a list' }, string: 12345, integer: 'not-a-number', number: 'not-a-number', boolean: 'not-a-boolean' };

function accepts(types: string[], value: unknown): boolean {
  if (Array.isArray(value)) return types.includes('array');
  if (typeof value === 'number') return types.includes('number') || (Number.isInteger(value) && types.includes('integer'));
  return types.includes(typeof value);
}

/** Returns a value of a type the schema refuses, or undefined when it takes any type. Pure. */
export function wrongType(s: Schema): unknown {
  const types = typesOf(s);
  if (types.length === 0) return undefined;
  return [...types.map((t) => SWAPS[t]), ...Object.values(SWAPS)].find((v) => v !== undefined && !accepts(types, v));
}

const HUGE = 'x'.repeat(100 * 1024);

/** Returns the malformed requests of one JSON operation of the route table. Pure. */
export function casesOf(op: Operation): SweepCase[] {
  const cases: SweepCase[] = [];
  const url = urlOf(op.path);
  const { method } = op;
  for (const param of op.pathParams) {
    // Well-formed but naming nothing: passes the schema, so the handler itself must answer 4xx (or
    // refuse another part of the sample body), or the documented success of an idempotent delete.
    const unknownUrl = urlOf(op.path, { [param]: UNKNOWN_VALUES[param] ?? 'zz_unknown_1' });
    cases.push({ name: `path ${param}: unknown`, method, url: unknownUrl, ...(op.body ? { json: sample(op.body) } : {}), notFoundOk: true, ...(IDEMPOTENT_DELETES.has(`${method} ${op.path}`) ? { okStatus: 204 } : {}) });
    for (const [label, value] of BAD_IDS) {
      cases.push({ name: `path ${param}: ${label}`, method, url: urlOf(op.path, { [param]: value }), ...(op.body ? { json: sample(op.body) } : {}), field: `params.${param}`, notFoundOk: true });
    }
  }
  for (const [name, s] of Object.entries(op.query)) {
    const types = typesOf(s);
    if (s.enum) cases.push({ name: `query ${name}: not one of the values`, method, url: `${url}?${name}=zzz`, field: `query.${name}` });
    else if (types.includes('integer') || types.includes('number')) cases.push({ name: `query ${name}: not a number`, method, url: `${url}?${name}=abc`, field: `query.${name}` });
    else if (types.includes('boolean')) cases.push({ name: `query ${name}: not a boolean`, method, url: `${url}?${name}=maybe`, field: `query.${name}` });
    else if (types.includes('string') && s.maxLength !== undefined && s.maxLength < 4000) {
      // Far past the limit yet inside Node's URL limit (a 100 kB URL is refused by the HTTP parser itself).
      cases.push({ name: `query ${name}: too long`, method, url: `${url}?${name}=${'x'.repeat(s.maxLength + 1)}`, field: `query.${name}` });
    }
  }
  cases.push({ name: 'unknown query parameter', method, url: `${url}?zzUnknown=1`, ...(op.body ? { json: sample(op.body) } : {}), field: 'query.zzUnknown' });
  if (op.body) cases.push(...bodyCases(op, url));
  return cases;
}

/** One level down: each typed property of an object (or of a list's first item) with a wrong type. */
function nestedCases(op: Operation, url: string, base: Record<string, unknown>): SweepCase[] {
  const cases: SweepCase[] = [];
  for (const [prop, s] of Object.entries(op.body!.properties ?? {})) {
    const inList = typesOf(s).includes('array') && s.items !== undefined;
    const obj = inList ? s.items! : s;
    if (!typesOf(obj).includes('object') || !obj.properties) continue;
    for (const [sub, subSchema] of Object.entries(obj.properties)) {
      const wrong = wrongType(subSchema);
      if (wrong === undefined) continue;
      const inner = { ...(sample(obj) as object), [sub]: wrong };
      cases.push({ name: `body ${prop}${inList ? '[0]' : ''}.${sub}: wrong type`, method: op.method, url, json: { ...base, [prop]: inList ? [inner] : inner }, field: sub });
    }
  }
  return cases;
}

function bodyCases(op: Operation, url: string): SweepCase[] {
  const body = op.body!;
  const base = sample(body) as Record<string, unknown>;
  const { method } = op;
  const cases: SweepCase[] = [
    { name: 'broken JSON', method, url, raw: { type: 'application/json', data: '{"a": [1, {' } },
    { name: 'non-JSON content type', method, url, raw: { type: 'text/plain', data: JSON.stringify(base) } },
    { name: 'body is an array', method, url, json: [base] },
  ];
  if (body.additionalProperties === false) cases.push({ name: 'unknown body property', method, url, json: { ...base, zzUnknown: 1 }, field: 'zzUnknown' });
  for (const [prop, s] of Object.entries(body.properties ?? {})) {
    const wrong = wrongType(s);
    if (wrong !== undefined) cases.push({ name: `body ${prop}: wrong type`, method, url, json: { ...base, [prop]: wrong }, field: prop });
    if (wrong !== undefined && !typesOf(s).includes('null')) cases.push({ name: `body ${prop}: null`, method, url, json: { ...base, [prop]: null }, field: prop });
    if (typesOf(s).includes('string') && !s.enum && s.const === undefined) cases.push({ name: `body ${prop}: 100 kB string`, method, url, json: { ...base, [prop]: HUGE }, field: prop });
    // A required property with a default is filled in by the validator, so leaving it out is fine.
    if ((body.required ?? []).includes(prop) && s.default === undefined) {
      const { [prop]: _dropped, ...rest } = base;
      cases.push({ name: `body ${prop}: missing`, method, url, json: rest, field: prop });
    }
  }
  return [...cases, ...nestedCases(op, url, base)];
}
