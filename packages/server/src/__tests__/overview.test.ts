import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { createAdmin } from './tenancy-fixtures.js';
import { demoServer, signIn, type Client } from './helpers.js';

// The 区域看板 GET /api/overview: live counts per project the caller may see, from situations the
// real engine, rule runner and scheduler create on the test server's manual clock (from Monday
// 22 December 2025, 09:00 China time).
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const yunqi = '/api/projects/prj_yunqi';
const customers = { zhang: { customerName: '张先生', customerPhone: '13900001111' }, li: { customerName: '李女士', customerPhone: '13700002222' } };
const workOrder = (customer: { customerName: string; customerPhone: string }) => ({ ...customer, building: '3幢', room: '1201', requestedAt: '2025-12-22T09:00:00+08:00' });

interface Figures { projectId: string; name: string; regionName: string; running: number; overdue: number; escalated: number; level1Open: number; newCancellations: number; workOrderFormKey: string | null; closureRate: number | null }

async function overview(client: Client): Promise<{ month: string; projects: Figures[] }> {
  const res = await client.get('/api/overview');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  // Counts only: no customer's name or phone in the answer
  expect(res.text).not.toMatch(/张先生|李女士|1390000|1370000/);
  return res.body;
}
const byId = (projects: readonly Figures[]) => Object.fromEntries(projects.map((p) => [p.projectId, p]));

describe('GET /api/overview: the regional overview 区域看板', () => {
  let ts: TestServer;
  let consultant: Client;
  let director: Client;
  const orders: Record<string, string> = {};
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, director] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'regionalDirector')]);
    // Given at 09:00 two customers of 杭州·云栖府 ask to cancel: a 退订工单 each, and both registered in the 退筹事件追踪表
    for (const [name, customer] of Object.entries(customers)) {
      const order = await consultant.post(`${yunqi}/instances`, { flowKey: 'cancellation-work-order', data: workOrder(customer) });
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      orders[name] = order.body.instanceId;
      const tracked = await consultant.post(`${yunqi}/instances`, {
        flowKey: 'cancellation-tracking',
        data: { ...customer, concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['financing'], cause: 'loanRejected', signals: ['depositRefundQuestion'] },
      });
      expect(tracked.status, JSON.stringify(tracked.body)).toBe(201);
    }
    // And a follow-up record with two risk signals raises the 一级预警 (the 协调会 starts)
    const followUp = await consultant.post(`${yunqi}/records`, {
      formKey: 'customer-followup', data: { customerName: '王先生', customerPhone: '13600003333', mentionsComparison: true, askedDepositRefund: true },
    });
    expect(followUp.status, JSON.stringify(followUp.body)).toBe(201);
    // And in 深圳·湾畔府 (another region) a customer asks to cancel too
    const shenzhen = await (await signIn(ts, 'sz.consultant')).post('/api/projects/prj_shenzhen/instances', { flowKey: 'cancellation-work-order', data: workOrder({ customerName: '赵女士', customerPhone: '13500004444' }) });
    expect(shenzhen.status, JSON.stringify(shenzhen.body)).toBe(201);
  }, 60_000);
  afterAll(() => ts.close());

  it('shows the regional director both projects of his region, with this month’s new cases and the open 协调会', async () => {
    const body = await overview(director);
    expect(body.month).toBe('2025-12');
    expect(body.projects.map((p) => p.projectId)).toEqual(['prj_yunqi', 'prj_xixi']);
    const figures = byId(body.projects);
    expect(figures.prj_yunqi).toEqual({
      projectId: 'prj_yunqi', name: '杭州·云栖府', regionName: '华东区域',
      // two 退订工单 and two 跟进与复盘 flows, and the 协调会
      running: 5, overdue: 0, escalated: 0, level1Open: 1, newCancellations: 2, closureRate: null,
      // whose 追踪表 lists the new cancellations
      workOrderFormKey: 'cancellation-work-order',
    });
    expect(figures.prj_xixi).toMatchObject({ running: 0, overdue: 0, escalated: 0, level1Open: 0, newCancellations: 0, closureRate: null });
  });

  it('counts a first interview past its 15 minutes as overdue, and as escalated once the 区域总监 is added 24 hours later', async () => {
    // When nobody holds the first interviews: 20 minutes later they are overdue, the site manager only told
    await ts.advanceClock(20 * MINUTE);
    expect(byId((await overview(director)).projects).prj_yunqi).toMatchObject({ overdue: 2, escalated: 0, level1Open: 1 });
    // When 24 more hours pass, the ladder adds the regional director to both interviews (and the 协调会 ran late too)
    await ts.advanceClock(24 * HOUR);
    await ts.advanceClock(0);
    const yunqiNow = byId((await overview(director)).projects).prj_yunqi!;
    // (the 协调会, due at 11:00, is overdue as well; its rung to the regional director comes at 11:00 the next day)
    expect(yunqiNow).toMatchObject({ overdue: 3, escalated: 2, level1Open: 1 });
    // And the regional director finds the escalated interviews in his own inbox
    const inbox = await director.get('/api/tasks?scope=mine&projectId=prj_yunqi');
    expect((inbox.body.items as { instanceId: string }[]).filter((t) => Object.values(orders).includes(t.instanceId))).toHaveLength(2);
  });

  it('gives the 72-hour closure rate as the reports page does', async () => {
    // When 张先生's work order ends within its 3 working days and 李女士's is still open past them (Friday 13:00)
    const endedAt = await ts.advanceClock(26 * HOUR);
    ts.server.ctx.sqlite.prepare(`update instances set status = 'completed', next_wake_at = null, updated_at = ?,
      state = json_set(state, '$.status', 'completed', '$.endedAt', ?, '$.timers', json('[]')) where id = ?`).run(endedAt, endedAt, orders.zhang);
    await ts.advanceClock(52 * HOUR);
    const yunqiNow = byId((await overview(director)).projects).prj_yunqi!;
    const report = await director.get(`${yunqi}/reports/cause-analysis?month=2025-12&trend=1`);
    expect(report.status).toBe(200);
    expect(report.body.report.closure).toMatchObject({ closedOnTime: 1, openOverdue: 1, rate: 0.5 });
    expect(yunqiNow.closureRate).toBe(0.5);
  }, 60_000);

  it('shows each user only the projects they may see, across regions and organisations', async () => {
    await createAdmin(ts.server.ctx, { username: 'other.admin', password: 'other-password-1', organisation: '别家集团', project: '别家项目' });
    const ids = async (username: string, password?: string) => (await overview(await signIn(ts, username, password))).projects.map((p) => p.projectId);
    // A 深圳 user sees 深圳 only, with its own case; a 杭州 consultant his project only
    const southDirector = await overview(await signIn(ts, 'sz.director'));
    expect(southDirector.projects).toEqual([expect.objectContaining({ projectId: 'prj_shenzhen', name: '深圳·湾畔府', regionName: '华南区域', newCancellations: 1 })]);
    expect(await ids('sz.consultant')).toEqual(['prj_shenzhen']);
    expect(await ids('consultant')).toEqual(['prj_yunqi']);
    expect(await ids('xixi.manager')).toEqual(['prj_xixi']);
    // The organisation admin sees every project of the organisation, and nothing of another organisation
    expect(await ids('admin')).toEqual(['prj_yunqi', 'prj_xixi', 'prj_shenzhen']);
    const other = await ids('other.admin', 'other-password-1');
    expect(other).toHaveLength(1);
    expect(other).not.toContain('prj_yunqi');
  });

  it('needs a signed-in user', async () => {
    const res = await (await import('supertest')).default(ts.baseUrl).get('/api/overview');
    expect(res.status).toBe(401);
  });
});
