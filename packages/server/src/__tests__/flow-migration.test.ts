import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, startRefund, type Client } from './helpers.js';

// 迁移: after publishing v2 of the 退订 flow, the site manager moves the cases still running on v1
// to it; a case waiting at a step v2 no longer has stays on v1, named with its reason.
const P = '/api/projects/prj_yunqi';

type Definition = { nodes: { id: string; name: { zh: string; en: string } }[]; edges: { id: string; source: string; target: string }[] };

/**
 * Publishes refund v2: 主管审核 renamed 主管审批, and 客服归档 replaced by 客服回访 (another step id),
 * as the flow designer would save it.
 */
async function publishV2(manager: Client) {
  const draft = await manager.get(`${P}/flows/refund`);
  const def = draft.body.definition as Definition & Record<string, unknown>;
  const archive = def.nodes.find((n) => n.id === 'archive')!;
  const nodes = def.nodes.map((n) => n.id === 'review' ? { ...n, name: { zh: '主管审批', en: 'Review' } }
    : n.id === 'archive' ? { ...archive, id: 'callback', name: { zh: '客服回访', en: 'Customer callback' } } : n);
  const edges = def.edges.map((e) => ({ ...e, source: e.source === 'archive' ? 'callback' : e.source, target: e.target === 'archive' ? 'callback' : e.target }));
  const saved = await manager.put(`${P}/flows/refund`, { definition: { ...def, nodes, edges }, version: draft.body.version });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const published = await manager.post(`${P}/flows/refund/publish`, { note: '客服归档改为客服回访' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return published.body.version as number;
}

describe('moving running cases to the latest version of their flow', () => {
  let ts: TestServer;
  let manager: Client;
  let consultant: Client;
  let supervisor: Client;
  let atReview: Awaited<ReturnType<typeof startRefund>>;
  let atArchive: Awaited<ReturnType<typeof startRefund>>;
  let v2: number;
  beforeAll(async () => {
    ts = await demoServer();
    [manager, consultant, supervisor] = await Promise.all([signIn(ts, 'siteManager'), signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor')]);
    // Given two v1 cases: one waiting at the supervisor's review, one already at 客服归档
    atReview = await startRefund(consultant, supervisor);
    atArchive = await startRefund(consultant, supervisor, { customerName: '李女士', customerPhone: '13700001111', unitNo: '2-1-801', depositAmount: 500000, reason: 'familyDispute', detail: '' });
    expect((await supervisor.post(`/api/tasks/${atArchive.taskId}/actions`, { action: 'approve', version: atArchive.taskVersion })).status).toBe(200);
    v2 = await publishV2(manager);
  });
  afterAll(() => ts.close());

  it('refuses someone who may not design flows, changing nothing', async () => {
    const res = await consultant.post(`${P}/flows/refund/migrate`, { from: 1 });
    expect([res.status, res.body.code]).toEqual([403, 'AUTH_FORBIDDEN']);
    expect(count(ts, 'instances', "flow_key = 'refund' and flow_version = ?", v2)).toBe(0);
  });

  it('names the field when `from` is not an older published version, and changes nothing', async () => {
    for (const body of [{ from: v2 }, { from: 9 }, { from: 0 }, { from: '1' }, {}, { from: 1, to: 2 }]) {
      const res = await manager.post(`${P}/flows/refund/migrate`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.issues.map((i: { path: string }) => i.path).join(','), JSON.stringify(body)).toMatch(/from|to/);
    }
    const res = await manager.post(`${P}/flows/refund/migrate`, { from: v2 });
    expect(res.body.issues[0].message).toEqual({ zh: '字段「from」须为早于最新版本 v2 的已发布版本', en: 'Field "from" must be a published version older than the latest, v2' });
    expect((await manager.post(`${P}/flows/no-such-flow/migrate`, { from: 1 })).status).toBe(404);
    expect(count(ts, 'instances', "flow_key = 'refund' and flow_version = ?", v2)).toBe(0);
  });

  it('moves the case at the review and keeps the one at 客服归档, saying why', async () => {
    const res = await manager.post(`${P}/flows/refund/migrate`, { from: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({
      from: 1, to: v2, migrated: 1,
      kept: [{ instanceId: atArchive.instanceId, recordId: atArchive.recordId, title: '李女士', problems: [{ zh: '工单停在步骤“客服归档”，v2 中已没有这个步骤', en: 'The case waits at step "Customer service archives", which v2 no longer has' }] }],
    });
    // The running-cases count the publish dialog shows follows
    expect((await manager.get(`${P}/flows/refund/running`)).body.byVersion).toEqual(expect.arrayContaining([{ version: 1, running: 1 }, { version: 2, running: 1 }]));
    // And the audit says who moved what
    expect(count(ts, 'events', "type = 'flow.casesMigrated' and actor_id = 'usr_siteManager'")).toBe(1);
  });

  it('names a kept case’s customer masked for a designer who does not see personal data in clear (the sales supervisor)', async () => {
    const res = await supervisor.post(`${P}/flows/refund/migrate`, { from: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect([res.body.migrated, res.body.kept.map((k: { title: string }) => k.title)]).toEqual([0, ['李**']]);
    expect(JSON.stringify(res.body)).not.toContain('李女士');
  });

  it('shows the moved step under its new name, with the move on the timeline, and continues on v2', async () => {
    const detail = await supervisor.get(`/api/tasks/${atReview.taskId}`);
    expect(detail.body.task.name).toEqual({ zh: '主管审批', en: 'Review' });
    expect(detail.body.instance.flowVersion).toBe(v2);
    expect(detail.body.timeline.find((e: { type: string }) => e.type === 'flow.migrated')).toMatchObject({ actorId: 'usr_siteManager', data: { from: 1, to: v2 } });
    // A page opened before the move is stale: its version is refused
    expect((await supervisor.post(`/api/tasks/${atReview.taskId}/actions`, { action: 'approve', version: atReview.taskVersion })).status).toBe(409);
    const approved = await supervisor.post(`/api/tasks/${atReview.taskId}/actions`, { action: 'approve', version: detail.body.task.version });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(count(ts, 'tasks', "instance_id = ? and status = 'open' and node_id = 'callback'", atReview.instanceId)).toBe(1);
    // And the customer's page names its steps by the current version, and by v1 for the steps only v1 had
    const history = await manager.get(`${P}/records/${atReview.recordId}/history`);
    expect(history.status).toBe(200);
    const flow = history.body.instances.find((i: { id: string }) => i.id === atReview.instanceId);
    expect([flow.flowVersion, flow.nodeNames.review.zh, flow.nodeNames.callback.zh, flow.nodeNames.archive.zh]).toEqual([v2, '主管审批', '客服回访', '客服归档']);
  });

  it('leaves the kept case on v1, where it still finishes', async () => {
    const cs = await signIn(ts, 'customerService');
    const inbox = await cs.get('/api/tasks?scope=mine&projectId=prj_yunqi');
    const task = (inbox.body.items as { id: string; instanceId: string; version: number }[]).find((t) => t.instanceId === atArchive.instanceId)!;
    const done = await cs.post(`/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data: { archiveNote: '已归档' } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(count(ts, 'instances', "id = ? and status = 'completed' and flow_version = 1", atArchive.instanceId)).toBe(1);
    // And asking again moves nothing
    expect((await manager.post(`${P}/flows/refund/migrate`, { from: 1 })).body).toEqual({ from: 1, to: v2, migrated: 0, kept: [] });
  });
});
