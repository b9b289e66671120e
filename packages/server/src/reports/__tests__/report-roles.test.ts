import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, signIn, type Client } from '../../__tests__/helpers.js';

// A site supervisor designs their own 退订工单 without IT: the 《退筹动因分析报告》 finds work orders by
// the report role their published form declares, not by the shipped form keys. The real engine
// and scheduler run on the test server's manual clock, from Monday 22 December 2025, 09:00.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const P = '/api/projects/prj_yunqi';

const zhang = { customerName: '张先生', customerPhone: '13900001111' };
const li = { customerName: '李女士', customerPhone: '13700002222' };
const orderData = (customer: typeof zhang, room: string) => ({ ...customer, building: '3幢', room, requestedAt: '2025-12-22T09:00:00+08:00' });
const trackingData = (customer: typeof zhang) => ({
  ...customer, concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['financing'], cause: 'loanRejected', signals: ['depositRefundQuestion'],
});

/** Copies the shipped 退订工单 form and flow under new keys, with or without a report role, and publishes both. */
async function publishCopy(manager: Client, formKey: string, role: 'workOrder' | undefined): Promise<string> {
  const shippedForm = (await manager.get(`${P}/forms/cancellation-work-order`)).body.definition as Record<string, unknown>;
  const { reportRole: _shipped, ...form } = shippedForm;
  const created = await manager.post(`${P}/forms`, { definition: { ...form, key: formKey, name: { zh: `${formKey} 工单`, en: `${formKey} order` }, ...(role ? { reportRole: role } : {}) } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  expect((await manager.post(`${P}/forms/${formKey}/publish`, { note: '案场自建' })).status).toBe(201);
  const flowKey = `${formKey}-flow`;
  const shippedFlow = (await manager.get(`${P}/flows/cancellation-work-order`)).body.definition as Record<string, unknown>;
  expect((await manager.post(`${P}/flows`, { definition: { ...shippedFlow, key: flowKey, formKey } })).status).toBe(201);
  const published = await manager.post(`${P}/flows/${flowKey}/publish`, { note: '案场自建' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return flowKey;
}

describe('a site-designed 退订工单 form in the monthly report', () => {
  let ts: TestServer;
  let consultant: Client;
  let manager: Client;
  const orders: Record<string, { recordId: string }> = {};
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, manager] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'siteManager')]);
    // Given the site manager copies the shipped 退订工单 as `my-cancel-order` declaring the role 退订工单,
    // and as `plain-cancel-order` declaring no role
    const withRole = await publishCopy(manager, 'my-cancel-order', 'workOrder');
    const withoutRole = await publishCopy(manager, 'plain-cancel-order', undefined);

    // And at 09:00 张先生's work order opens on the first, 李女士's on the second
    for (const [name, flowKey, data] of [['zhang', withRole, orderData(zhang, '1201')], ['li', withoutRole, orderData(li, '802')]] as const) {
      const started = await consultant.post(`${P}/instances`, { flowKey, data });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      orders[name] = started.body;
    }
    // And five minutes later both cases are registered in the 退筹事件追踪表
    await ts.advanceClock(5 * MINUTE);
    for (const customer of [zhang, li]) {
      const tracked = await consultant.post(`${P}/instances`, { flowKey: 'cancellation-tracking', data: trackingData(customer) });
      expect(tracked.status, JSON.stringify(tracked.body)).toBe(201);
    }
    // When nobody holds either first interview: both breach at 15 minutes and reach the 区域总监 24 hours later
    await ts.advanceClock(11 * MINUTE);
    await ts.advanceClock(24 * HOUR);
    await ts.advanceClock(HOUR);
    await ts.advanceClock(0);
  }, 90_000);
  afterAll(() => ts.close());

  it('both work orders ran late on their timelines', async () => {
    for (const name of ['zhang', 'li']) {
      const history = await manager.get(`${P}/records/${orders[name]!.recordId}/history`);
      const types = (history.body.events as { type: string }[]).map((e) => e.type);
      expect(types, name).toContain('flow.breached');
      expect(types, name).toContain('flow.escalated');
    }
  });

  it('counts the breach and escalation of the work order whose form declares the role, and not of the other', async () => {
    const res = await manager.get(`${P}/reports/cause-analysis?month=2025-12&trend=2`);
    expect(res.status).toBe(200);
    const { figures, breachesByStep } = res.body.report;
    // Then December holds both cases, but only 张先生's carries the breach and the escalation
    expect(figures).toMatchObject({ cases: 2, slaBreaches: 1, escalations: 1, escalatedCases: 1 });
    expect(breachesByStep).toEqual([expect.objectContaining({ flowKey: 'my-cancel-order-flow', nodeId: 'interview', breaches: 1, cases: 1 })]);
  });

  it('refuses to publish a form with an unknown report role, naming the setting in both languages', async () => {
    const draft = (await manager.get(`${P}/forms/plain-cancel-order`)).body;
    const saved = await manager.put(`${P}/forms/plain-cancel-order`, { definition: { ...draft.definition, reportRole: 'refund' }, version: draft.version });
    expect(saved.status).toBe(200);
    expect(saved.body.issues).toEqual([expect.objectContaining({ code: 'FORM_DEF_BAD_REPORT_ROLE', path: 'reportRole' })]);
    const published = await manager.post(`${P}/forms/plain-cancel-order/publish`, {});
    expect(published.status).toBe(400);
    expect(published.body.code).toBe('API_DEFINITION_INVALID');
    expect(published.body.issues[0].message).toEqual({
      zh: '报表角色「refund」不存在：可选 workOrder（退订工单）或 tracking（退筹事件追踪表），不参与报表时不填',
      en: 'Report role "refund" is unknown: use workOrder (cancellation work order) or tracking (cancellation tracking table), or leave it out',
    });
  });
});
