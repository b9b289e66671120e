// The product rule, over every API route: bad input anywhere gets a 4xx with a code from the error
// catalogues and a message in Chinese and English naming the field; never a 500, never a stack
// trace, nothing half-written. The operations come from GET /api/openapi.json; the module routers
// that are not in it (raw uploads, downloads, public links, reports) from api-sweep-modules.ts.
import { afterAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { catalogue } from '@siteflow/runtime';
import { serverMessages } from '../i18n/messages.js';
import { templateMessages } from '../templates/messages.js';
import { fileMessages } from '../files/messages.js';
import { casesOf, operationsOf, type SweepCase } from './api-sweep-cases.js';
import { moduleCases, moduleRoutes } from './api-sweep-modules.js';
import { count, demoServer, signIn, type Client } from './helpers.js';

const TABLES = ['records', 'instances', 'tasks', 'events', 'outbox', 'definitions', 'definition_versions', 'idempotency_keys', 'notifications', 'files', 'users', 'memberships', 'projects'];
/** Every code the server answers with: the runtime catalogue and the server's own catalogues. */
const KNOWN_CODES = new Set([...Object.keys(catalogue), ...Object.keys(serverMessages), ...Object.keys(templateMessages), ...Object.keys(fileMessages)]);
const ROLE_REFUSALS = new Set(['AUTH_FORBIDDEN', 'DOC_FORBIDDEN', 'REPORT_FORBIDDEN']);

const ts = await demoServer();
// admin passes role checks, so the input checks are what answer; where a route still refuses admin
// by role, the request is sent again as a project role that can reach it.
const clients: Client[] = [await signIn(ts, 'admin'), await signIn(ts, 'siteManager'), await signIn(ts, 'salesSupervisor')];
const doc = (await request(ts.baseUrl).get('/api/openapi.json')).body;
afterAll(() => ts.close());

const documented = operationsOf(doc).map((op) => [`${op.method.toUpperCase()} ${op.path}`, casesOf(op)] as const).filter(([, cases]) => cases.length > 0);
const modules = moduleRoutes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, moduleCases(r)] as const);

function send(c: Client, k: SweepCase): request.Test {
  const base = k.method === 'get' ? c.get(k.url) : k.method === 'delete' ? c.delete(k.url) : c[k.method](k.url);
  if (k.raw) return base.set('content-type', k.raw.type).send(k.raw.data);
  return k.json === undefined ? base : base.send(k.json as object);
}

async function answer(k: SweepCase): Promise<request.Response> {
  let res = await send(clients[0]!, k);
  for (const c of clients.slice(1)) {
    if (res.status !== 403 || !ROLE_REFUSALS.has(res.body?.code)) break;
    res = await send(c, k);
  }
  return res;
}

interface Issue { path?: string; message?: { zh?: string; en?: string } }

/** Some issue's path names the field; its message says which field in English (Chinese may use the field's Chinese name, 月份). */
function expectFieldNamed(issues: Issue[] | Record<string, Issue[]> | undefined, field: string): void {
  const list = Array.isArray(issues) ? issues : Object.entries(issues ?? {}).flatMap(([path, items]) => items.map((i) => ({ path, ...i })));
  const issue = list.find((i) => i.path?.includes(field));
  expect(issue, `an issue naming ${field} in ${JSON.stringify(issues)}`).toBeTruthy();
  const leaf = field.split('.').at(-1)!;
  expect(issue!.message?.zh, 'issue message in Chinese').toBeTruthy();
  expect(issue!.message?.en?.toLowerCase(), 'issue message in English').toContain(leaf.toLowerCase());
  expect(`${issue!.message?.zh} ${issue!.message?.en}`).not.toContain('undefined');
}

async function expectRefused(k: SweepCase): Promise<void> {
  const before = TABLES.map((t) => count(ts, t));
  const res = await answer(k);
  const seen = { status: res.status, body: res.text.slice(0, 300) };
  if (k.okStatus !== undefined && res.status === k.okStatus) {
    expect(TABLES.map((t) => count(ts, t))).toEqual(before);
    return;
  }
  expect(res.status, JSON.stringify(seen)).toBeGreaterThanOrEqual(400);
  expect(res.status, JSON.stringify(seen)).toBeLessThan(500);
  // The sweep stays signed in: a 401 would mean a request ended the session (and every later answer proves nothing).
  if (res.status === 401) expect(res.body.code, 'only a wrong login may answer 401').toBe('AUTH_INVALID_CREDENTIALS');
  expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(res.text).not.toContain('SQLITE_');
  if (k.code) expect(res.text).toContain(k.code);
  if (k.html) {
    // The external-link page answers a bilingual HTML page naming the code (for a browser without script).
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect([...KNOWN_CODES].some((code) => res.text.includes(`>${code}<`)), res.text).toBe(true);
  } else {
    expect(KNOWN_CODES.has(res.body.code), `code ${res.body.code}`).toBe(true);
    expect(res.body.message?.zh, 'message.zh').toBeTruthy();
    expect(res.body.message?.en, 'message.en').toBeTruthy();
    // Filled in: no "undefined", no placeholder left.
    expect(JSON.stringify([res.body.message, res.body.issues ?? null])).not.toMatch(/undefined|\{[a-zA-Z]+\}/);
    if (res.status === 404) expect(k.notFoundOk || k.field === undefined, `404 for ${k.field}: ${seen.body}`).toBe(true);
    if (res.status === 400 && k.field) expectFieldNamed(res.body.issues, k.field);
  }
  expect(TABLES.map((t) => count(ts, t))).toEqual(before);
}

describe.each(documented)('%s', (_op, cases) => {
  it.each(cases.map((k) => [k.name, k] as const))('%s', async (_name, k) => expectRefused(k));
});

describe.each(modules)('%s (module router)', (_op, cases) => {
  it.each(cases.map((k) => [k.name, k] as const))('%s', async (_name, k) => expectRefused(k));
});

describe('the sweep covers the API', () => {
  it('has cases for every documented operation that takes input', () => {
    const withInput = operationsOf(doc).filter((op) => op.body || op.pathParams.length || Object.keys(op.query).length);
    expect(withInput.length).toBeGreaterThan(60);
    for (const op of withInput) expect(casesOf(op).length, `${op.method} ${op.path}`).toBeGreaterThan(0);
  });
});
