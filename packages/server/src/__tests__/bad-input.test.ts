import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, refundData, signIn, type Client } from './helpers.js';

const TABLES = ['records', 'instances', 'tasks', 'outbox', 'definitions', 'idempotency_keys'];

describe('bad input: always 4xx with a code, never 500, nothing stored', () => {
  let ts: TestServer;
  let c: Client;
  beforeAll(async () => {
    ts = await demoServer();
    c = await signIn(ts, 'consultant');
  });
  afterAll(() => ts.close());

  const records = '/api/projects/prj_yunqi/records';
  const cases: [string, () => Promise<request.Response>, number, string][] = [
    ['wrong type for formKey', () => c.post(records, { formKey: 42, data: refundData }), 400, 'API_VALIDATION'],
    ['wrong type in form data', () => c.post(records, { formKey: 'refund-request', data: { ...refundData, depositAmount: '八十万' } }), 400, 'API_SUBMISSION_INVALID'],
    ['missing required form field', () => c.post(records, { formKey: 'refund-request', data: { ...refundData, customerPhone: undefined } }), 400, 'API_SUBMISSION_INVALID'],
    ['missing body field', () => c.post(records, { data: refundData }), 400, 'API_VALIDATION'],
    ['unknown body field', () => c.post(records, { formKey: 'refund-request', data: refundData, vip: true }), 400, 'API_VALIDATION'],
    ['data is an array', () => c.post(records, { formKey: 'refund-request', data: [1, 2] }), 400, 'API_VALIDATION'],
    ['bad phone number', () => c.post(records, { formKey: 'refund-request', data: { ...refundData, customerPhone: '12345' } }), 400, 'API_SUBMISSION_INVALID'],
    ['SQL-looking key', () => c.post(records, { formKey: "x'; drop table records; --", data: refundData }), 400, 'API_VALIDATION'],
    ['SQL-looking sort', () => c.get(`${records}?sort=createdAt;drop%20table%20records`), 400, 'API_VALIDATION'],
    ['SQL-looking filter field', () => c.get(`${records}?filter=${encodeURIComponent(JSON.stringify([{ field: "x') or 1=1 --", op: 'eq', value: 1 }]))}`), 400, 'API_VALIDATION'],
    ['broken filter JSON', () => c.get(`${records}?filter=%5B%7B`), 400, 'API_VALIDATION'],
    ['page size too large', () => c.get(`${records}?pageSize=100000`), 400, 'API_VALIDATION'],
    ['unknown query parameter', () => c.get(`${records}?admin=1`), 400, 'API_VALIDATION'],
    ['script tag as a key', () => c.post('/api/projects/prj_yunqi/instances', { flowKey: '<script>alert(1)</script>', data: refundData }), 400, 'API_VALIDATION'],
    ['unknown form', () => c.post(records, { formKey: 'nope', data: refundData }), 409, 'API_NOT_PUBLISHED'],
    ['task action with bad version type', () => c.post('/api/tasks/task_x/actions', { action: 'approve', version: 'latest' }), 400, 'API_VALIDATION'],
    ['unknown action', () => c.post('/api/tasks/task_x/actions', { action: 'delete', version: 1 }), 400, 'API_VALIDATION'],
    ['bad idempotency key', () => c.post(records, { formKey: 'refund-request', data: refundData }, { 'idempotency-key': 'x'.repeat(300) }), 400, 'API_IDEMPOTENCY_KEY_INVALID'],
    ['unknown endpoint', () => c.get('/api/nothing-here'), 404, 'API_ROUTE_NOT_FOUND'],
  ];

  it.each(cases)('%s', async (_name, call, status, code) => {
    const before = TABLES.map((t) => count(ts, t));
    const res = await call();
    expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    expect(res.body.message.zh).toBeTruthy();
    expect(res.body.message.en).toBeTruthy();
    expect(res.text).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    expect(TABLES.map((t) => count(ts, t))).toEqual(before);
  });

  it('names the field in Chinese and English', async () => {
    const res = await c.post(records, { formKey: 'refund-request', data: refundData, vip: true });
    expect(res.body.issues[0]).toMatchObject({ path: 'vip', code: 'API_FIELD_UNKNOWN' });
    expect(res.body.issues[0].message.zh).toContain('vip');
    const form = await c.post(records, { formKey: 'refund-request', data: { ...refundData, depositAmount: '八十万' } });
    expect(Object.keys(form.body.issues)).toContain('depositAmount');
  });

  it('explains allowed values, limits and types in plain Chinese, not validator jargon', async () => {
    const action = await c.post('/api/tasks/task_x/actions', { action: 'delete', version: 1 });
    expect(action.body.issues[0]).toMatchObject({ path: 'action', code: 'API_FIELD_ENUM' });
    expect(action.body.issues[0].message.zh).toBe('字段「action」应为以下之一：submit, approve, reject, return, transfer, addSigner, cc, comment, urge, extendDue, reassign');
    const page = await c.get(`${records}?pageSize=100000`);
    expect(page.body.issues[0]).toMatchObject({ path: 'query.pageSize', code: 'API_FIELD_TOO_LARGE' });
    expect(page.body.issues[0].message.zh).toMatch(/^字段「pageSize」不能大于 \d+$/);
    const version = await c.post('/api/tasks/task_x/actions', { action: 'approve', version: 'latest' });
    expect(version.body.issues[0].message.zh).toBe('字段「version」应为整数');
    for (const res of [action, page, version]) expect(res.body.issues[0].message.zh).not.toMatch(/must|should/);
  });

  it('broken JSON, a 10 MB body and a non-JSON content type are refused before any work', async () => {
    const before = TABLES.map((t) => count(ts, t));
    const send = (body: string, type = 'application/json') => request(ts.baseUrl).post(records).set('cookie', c.cookie).set('x-csrf-token', c.csrfToken).set('content-type', type).send(body);
    const broken = await send('{"formKey": "refund-request", "data": {');
    expect([broken.status, broken.body.code]).toEqual([400, 'API_MALFORMED_JSON']);
    const huge = await send(JSON.stringify({ formKey: 'refund-request', data: { ...refundData, detail: 'x'.repeat(10 * 1024 * 1024) } }));
    expect([huge.status, huge.body.code]).toEqual([413, 'API_BODY_TOO_LARGE']);
    const text = await send('formKey=refund-request', 'text/plain');
    expect(text.status).toBeGreaterThanOrEqual(400);
    expect(text.status).toBeLessThan(500);
    expect(TABLES.map((t) => count(ts, t))).toEqual(before);
  });

  it('stores SQL-looking and <script> text in data as plain text, never executed', async () => {
    const evil = { ...refundData, detail: "'); DROP TABLE records; -- <script>alert(1)</script>" };
    const res = await c.post(records, { formKey: 'refund-request', data: evil });
    expect(res.status).toBe(201);
    const back = await c.get(`${records}/${res.body.id}`);
    expect(back.body.data.detail).toBe(evil.detail);
    expect(back.headers['content-type']).toMatch(/application\/json/);
    expect(count(ts, 'records')).toBeGreaterThan(0);
  });
});
