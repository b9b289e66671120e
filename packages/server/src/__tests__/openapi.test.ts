import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { TestServer } from '../testing/index.js';
import { demoServer } from './helpers.js';

describe('OpenAPI, docs, health', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await demoServer();
  });
  afterAll(() => ts.close());

  it('serves a valid OpenAPI 3.1 document generated from the request schemas', async () => {
    const res = await request(ts.baseUrl).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const result = await new Validator().validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const records = res.body.paths['/api/projects/{projectId}/records'];
    expect(records.post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(records.get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['projectId', 'q', 'filter', 'sort', 'page', 'pageSize']));
    expect(Object.keys(res.body.paths['/api/tasks/{id}/actions'])).toEqual(['post']);
    expect(Object.keys(res.body.paths['/api/projects/{projectId}/seller-profile'])).toEqual(['get', 'put']);
    expect(Object.keys(res.body.paths['/api/projects/{projectId}/drafts/{flowKey}'])).toEqual(['put', 'delete']);
    expect(Object.keys(res.body.paths['/api/projects/{projectId}/record-drafts/{formKey}'])).toEqual(['put', 'delete']);
  });

  it('has a browsable docs page without external resources', async () => {
    const page = await request(ts.baseUrl).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('SiteFlow');
    expect(page.text).not.toMatch(/https?:\/\/(?!.*localhost)/);
    expect((await request(ts.baseUrl).get('/api/docs.js')).status).toBe(200);
  });

  it('answers /healthz and /readyz, with security headers and a request id', async () => {
    const health = await request(ts.baseUrl).get('/healthz');
    expect(health.body).toEqual({ ok: true });
    expect(health.headers['x-request-id']).toBeTruthy();
    expect(health.headers['content-security-policy']).toContain("object-src 'none'");
    const ready = await request(ts.baseUrl).get('/readyz');
    expect(ready.body.ok).toBe(true);
  });
});
