import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, refundData, signIn, type Client } from './helpers.js';

const form = {
  key: 'visit-log', name: { zh: '来访登记', en: 'Visit log' },
  schema: { type: 'object', required: ['customerName'], properties: { customerName: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '客户姓名', en: 'Customer name' }, sensitivity: 'name' } } } },
};

describe('forms and flows: drafts, versions, publish', () => {
  let ts: TestServer;
  let manager: Client;
  beforeAll(async () => {
    ts = await demoServer();
    manager = await signIn(ts, 'siteManager');
  });
  afterAll(() => ts.close());

  it('lists each published flow with the form it starts; forms without a flow are the ones logged directly', async () => {
    const flows = (await manager.get('/api/projects/prj_yunqi/flows')).body as { key: string; formKey?: string }[];
    expect(flows.find((f) => f.key === 'cancellation-work-order')?.formKey).toBe('cancellation-work-order');
    expect(flows.find((f) => f.key === 'coordination-meeting')?.formKey).toBe('coordination-meeting');
    expect(flows.some((f) => f.formKey === 'customer-followup')).toBe(false);
  });

  it('creates a draft, refuses a stale save with 409, publishes immutable versions', async () => {
    const created = await manager.post('/api/projects/prj_yunqi/forms', { definition: form });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ key: 'visit-log', version: 1, latestVersion: null, issues: [] });
    const saved = await manager.put('/api/projects/prj_yunqi/forms/visit-log', { definition: { ...form, name: { zh: '来访登记表', en: 'Visit log' } }, version: 1 });
    expect(saved.body.version).toBe(2);
    const stale = await manager.put('/api/projects/prj_yunqi/forms/visit-log', { definition: form, version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('API_VERSION_CONFLICT');
    const v1 = await manager.post('/api/projects/prj_yunqi/forms/visit-log/publish', { note: '首版' });
    expect(v1.body.version).toBe(1);
    await manager.put('/api/projects/prj_yunqi/forms/visit-log', { definition: { ...form, name: { zh: '改过', en: 'Changed' } }, version: 2 });
    await manager.post('/api/projects/prj_yunqi/forms/visit-log/publish', { note: '第二版' });
    const versions = await manager.get('/api/projects/prj_yunqi/forms/visit-log/versions');
    expect(versions.body.map((v: { version: number; note: string }) => `${v.version}:${v.note}`)).toEqual(['2:第二版', '1:首版']);
    // Each names who published it, as people read it
    expect(versions.body.map((v: { publishedBy: string; publishedByName: string }) => [v.publishedBy, v.publishedByName])).toEqual([['usr_siteManager', '赵磊（案场经理）'], ['usr_siteManager', '赵磊（案场经理）']]);
    const first = await manager.get('/api/projects/prj_yunqi/forms/visit-log/versions/1');
    expect(first.body.definition.name.zh).toBe('来访登记表');
  });

  it('keeps invalid drafts but refuses to publish them, with runtime issues naming the place', async () => {
    const bad = { key: 'broken', name: { zh: '坏流程', en: 'Broken' }, formKey: 'refund-request', nodes: [{ id: 'a', kind: 'task', name: { zh: '任务', en: 'Task' }, taskType: 'approve', mode: 'any', assignees: [], actions: ['approve'] }], edges: [] };
    const created = await manager.post('/api/projects/prj_yunqi/flows', { definition: bad });
    expect(created.status).toBe(201);
    expect(created.body.issues.length).toBeGreaterThan(0);
    const publish = await manager.post('/api/projects/prj_yunqi/flows/broken/publish', {});
    expect(publish.status).toBe(400);
    expect(publish.body.code).toBe('API_DEFINITION_INVALID');
    expect(publish.body.issues.some((i: { nodeId?: string }) => i.nodeId)).toBe(true);
    expect((await manager.get('/api/projects/prj_yunqi/flows/broken/versions')).body).toEqual([]);
  });

  it('lets only designer roles write; other members get 403', async () => {
    const consultant = await signIn(ts, 'consultant');
    const res = await consultant.post('/api/projects/prj_yunqi/forms', { definition: { ...form, key: 'mine' } });
    expect(res.status).toBe(403);
    expect((await consultant.get('/api/projects/prj_yunqi/forms')).status).toBe(200);
  });

  it('keeps the project calendar with a version (default: China 2025–2026)', async () => {
    const cal = await manager.get('/api/projects/prj_yunqi/calendar');
    expect(cal.body.custom).toBe(false);
    expect(cal.body.calendar.holidays).toContain('2026-02-17');
    const put = await manager.put('/api/projects/prj_yunqi/calendar', { calendar: { ...cal.body.calendar, id: 'yunqi' }, version: 0 });
    expect(put.body).toMatchObject({ version: 1, custom: true });
    expect((await manager.put('/api/projects/prj_yunqi/calendar', { calendar: cal.body.calendar, version: 0 })).status).toBe(409);
  });

  it('counts a flow’s running cases per version, as the publish dialog tells them', async () => {
    const running = async () => (await manager.get('/api/projects/prj_yunqi/flows/refund/running')).body as { total: number; byVersion: { version: number; running: number }[] };
    const before = await running();
    const consultant = await signIn(ts, 'consultant');
    for (const customerName of ['周先生', '吴女士']) {
      expect((await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data: { ...refundData, customerName } })).status).toBe(201);
    }
    const after = await running();
    expect(after.total).toBe(before.total + 2);
    expect(after.byVersion.at(-1)).toEqual({ version: 1, running: (before.byVersion.at(-1)?.running ?? 0) + 2 });
    expect((await manager.get('/api/projects/prj_yunqi/flows/no-such-flow/running')).status).toBe(404);
  });
});
