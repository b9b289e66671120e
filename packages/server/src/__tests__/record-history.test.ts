// The record page's story: the flows of a customer with their open steps and who holds them, and every event, people by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, refundData, signIn, startRefund, type Client } from './helpers.js';

const WANG = 'usr_consultant';
const LI = 'usr_consultant2';
const CHEN = 'usr_salesSupervisor';

interface History {
  instances: { id: string; flowKey: string; flowName: { zh: string }; status: string; startedByName: string; nodeNames: Record<string, { zh: string }>; openTasks: { id: string; nodeId: string; name: { zh: string }; dueAt: number | null; breached: boolean; people: { userId: string; displayName: string }[] }[] }[];
  events: { type: string; actorName: string | null; instanceId: string | null; data: Record<string, unknown> }[];
  people: Record<string, string>;
}

describe('GET /api/projects/:p/records/:id/history', () => {
  let ts: TestServer;
  let wang: Client;
  let chen: Client;
  let manager: Client;
  let admin: Client;
  const nameOf = (id: string) => (ts.server.ctx.sqlite.prepare('select display_name as n from users where id = ?').get(id) as { n: string }).n;

  beforeAll(async () => {
    ts = await demoServer();
    [wang, chen, manager, admin] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor'), signIn(ts, 'siteManager'), signIn(ts, 'admin')]);
  });
  afterAll(() => ts.close());

  it('gives each flow of the customer by name, with the open step, who holds it and by when', async () => {
    // Given 王芳 starts a 退款申请 whose review waits for the sales supervisor
    const run = await startRefund(wang, chen);
    const res = await manager.get(`/api/projects/prj_yunqi/records/${run.recordId}/history`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const history = res.body as History;
    // Then the flow is named, started by 王芳, with its one open step held by 陈静 and a due time
    expect(history.instances).toHaveLength(1);
    const [flow] = history.instances;
    expect(flow).toMatchObject({ id: run.instanceId, flowKey: 'refund', status: 'running', startedByName: nameOf(WANG) });
    expect(flow!.flowName.zh).not.toBe('refund');
    expect(flow!.openTasks).toEqual([expect.objectContaining({ id: run.taskId, breached: false, people: [{ userId: CHEN, displayName: nameOf(CHEN) }] })]);
    const step = flow!.openTasks[0]!;
    expect(step.name.zh).toBe(flow!.nodeNames[step.nodeId]!.zh);
    expect(step.dueAt).toBeGreaterThan(Date.parse('2025-12-22T09:00:00+08:00'));
    // And the events start with the record and the flow, named
    expect(history.events.slice(0, 2).map((e) => e.type)).toEqual(['record.created', 'flow.started']);
    expect(history.events[0]!.actorName).toBe(nameOf(WANG));
    // When 陈静 approves, the step is no longer open
    const detail = (await chen.get(`/api/tasks/${run.taskId}`)).body as { task: { version: number } };
    const acted = await chen.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: detail.task.version, comment: '同意' });
    expect(acted.status, JSON.stringify(acted.body)).toBe(200);
    const after = (await manager.get(`/api/projects/prj_yunqi/records/${run.recordId}/history`)).body as History;
    expect(after.instances[0]!.openTasks.map((t) => t.id)).not.toContain(run.taskId);
    expect(after.events.map((e) => e.type)).toContain('flow.taskCompleted');
  });

  it('names the consultants of a 更换置业顾问 even after one left the project', async () => {
    // Given 王芳's customer moved to 李强, and 李强 then removed from the project
    const rec = await wang.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: { ...refundData, customerName: '刘女士' } });
    expect(rec.status, JSON.stringify(rec.body)).toBe(201);
    const moved = await manager.post(`/api/projects/prj_yunqi/records/${rec.body.id}/owner`, { ownerId: LI, version: rec.body.version, reason: '撞单' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const memberships = (await admin.get('/api/admin/memberships')).body as { id: string; userId: string; projectId: string | null }[];
    for (const m of memberships.filter((x) => x.userId === LI && x.projectId === 'prj_yunqi')) {
      expect((await admin.delete(`/api/admin/memberships/${m.id}`)).status).toBe(200);
    }
    // Then the history still names both of them and the manager who moved the customer
    const history = (await manager.get(`/api/projects/prj_yunqi/records/${rec.body.id}/history`)).body as History;
    const change = history.events.find((e) => e.type === 'record.ownerChanged')!;
    expect(change).toMatchObject({ actorName: nameOf('usr_siteManager'), data: { from: WANG, to: LI, reason: '撞单' } });
    expect(history.people).toMatchObject({ [WANG]: nameOf(WANG), [LI]: nameOf(LI) });
    expect(history.instances).toEqual([]);
  });
});
