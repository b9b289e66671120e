import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, type Client } from './helpers.js';

// DELETE /api/projects/:projectId/{forms|flows|rules}/:key?version=N: a draft that was never published
// (a wrong start, a copy made by mistake) can be deleted; a published one, or one another draft uses, cannot.
const forms = '/api/projects/prj_yunqi/forms';
const flows = '/api/projects/prj_yunqi/flows';
const visitForm = {
  key: 'visit-log', name: { zh: '来访登记', en: 'Visit log' },
  schema: { type: 'object', properties: { customerName: { type: 'string', 'x-ui': { fieldType: 'text', label: { zh: '客户姓名', en: 'Customer name' } } } } },
};
const start = { id: 'start', kind: 'start', name: { zh: '开始', en: 'Start' } };
const end = { id: 'end', kind: 'end', name: { zh: '结束', en: 'End' } };
const visitFlow = { key: 'visit-flow', name: { zh: '来访跟进', en: 'Visit follow-up' }, formKey: 'visit-log', nodes: [start, end], edges: [{ id: 'e1', source: 'start', target: 'end' }] };

describe('deleting a draft that was never published', () => {
  let ts: TestServer;
  let manager: Client;
  beforeAll(async () => {
    ts = await demoServer();
    manager = await signIn(ts, 'siteManager');
  });
  afterAll(() => ts.close());

  it('deletes a copy made by mistake, once, with an audit event; the key is free again', async () => {
    const original = await manager.get(`${flows}/cancellation-work-order`);
    const copy = await manager.post(flows, { definition: { ...original.body.definition, key: 'cancellation-work-order-copy', name: { zh: '客户退订处理（副本）', en: 'Copy' } } });
    expect(copy.status, JSON.stringify(copy.body)).toBe(201);

    const res = await manager.delete(`${flows}/cancellation-work-order-copy?version=1`);
    expect([res.status, res.body]).toEqual([200, { ok: true }]);
    expect((await manager.get(`${flows}/cancellation-work-order-copy`)).status).toBe(404);
    expect((await manager.get(flows)).body.map((f: { key: string }) => f.key)).not.toContain('cancellation-work-order-copy');
    expect(count(ts, 'events', "type = 'flow.deleted' and actor_id = 'usr_siteManager'")).toBe(1);
    // Deleting it again finds nothing
    expect((await manager.delete(`${flows}/cancellation-work-order-copy?version=1`)).status).toBe(404);
    // And the key can be used again
    expect((await manager.post(flows, { definition: { ...original.body.definition, key: 'cancellation-work-order-copy' } })).status).toBe(201);
  });

  it('refuses a published form or flow by name in both languages, and keeps it', async () => {
    const flow = await manager.get(`${flows}/cancellation-work-order`);
    const res = await manager.delete(`${flows}/cancellation-work-order?version=${flow.body.version}`);
    expect([res.status, res.body.code]).toEqual([409, 'API_DEFINITION_PUBLISHED']);
    expect(res.body.message).toEqual({
      zh: '流程「客户退订处理」已发布，不能删除：工单和记录要依它查看',
      en: 'Flow "Handle a cancellation request" is published and cannot be deleted: cases and records are read through it',
    });
    expect((await manager.get(`${flows}/cancellation-work-order`)).status).toBe(200);
  });

  it('refuses a form a flow draft is built on, naming the flow, until the flow is gone', async () => {
    expect((await manager.post(forms, { definition: visitForm })).status).toBe(201);
    expect((await manager.post(flows, { definition: visitFlow })).status).toBe(201);

    const refused = await manager.delete(`${forms}/visit-log?version=1`);
    expect([refused.status, refused.body.code]).toEqual([409, 'API_DEFINITION_IN_USE']);
    expect(refused.body.message).toEqual({
      zh: '表单「来访登记」正被流程「来访跟进」使用，请先让它们改用其他表单或删除它们',
      en: 'Form "Visit log" is used by flow "Visit follow-up"; point them elsewhere or delete them first',
    });
    expect((await manager.get(`${forms}/visit-log`)).status).toBe(200);

    expect((await manager.delete(`${flows}/visit-flow?version=1`)).status).toBe(200);
    expect((await manager.delete(`${forms}/visit-log?version=1`)).status).toBe(200);
  });

  it('refuses a flow another flow starts as a sub-flow', async () => {
    expect((await manager.post(flows, { definition: { ...visitFlow, key: 'child-flow', formKey: 'cancellation-work-order' } })).status).toBe(201);
    const parent = { ...visitFlow, key: 'parent-flow', name: { zh: '上级流程', en: 'Parent' }, formKey: 'cancellation-work-order',
      nodes: [start, { id: 'sub', kind: 'subflow', name: { zh: '子流程', en: 'Sub' }, flowKey: 'child-flow', wait: true }, end],
      edges: [{ id: 'e1', source: 'start', target: 'sub' }, { id: 'e2', source: 'sub', target: 'end' }] };
    expect((await manager.post(flows, { definition: parent })).status).toBe(201);
    const refused = await manager.delete(`${flows}/child-flow?version=1`);
    expect([refused.status, refused.body.message?.zh]).toEqual([409, '流程「来访跟进」正被流程「上级流程」使用，请先让它们改用其他流程或删除它们']);
  });

  it('refuses a stale version with 409, and a consultant with 403, deleting nothing', async () => {
    expect((await manager.post(forms, { definition: { ...visitForm, key: 'scratch' } })).status).toBe(201);
    expect((await manager.put(`${forms}/scratch`, { definition: { ...visitForm, key: 'scratch' }, version: 1 })).status).toBe(200);
    const stale = await manager.delete(`${forms}/scratch?version=1`);
    expect([stale.status, stale.body.code]).toEqual([409, 'API_VERSION_CONFLICT']);
    const consultant = await signIn(ts, 'consultant');
    expect((await consultant.delete(`${forms}/scratch?version=2`)).status).toBe(403);
    const missing = await manager.delete(`${forms}/scratch`);
    expect([missing.status, missing.body.issues?.[0]?.path]).toEqual([400, 'query.version']);
    expect((await manager.get(`${forms}/scratch`)).status).toBe(200);
    expect((await manager.delete(`${forms}/scratch?version=2`)).status).toBe(200);
  });
});
