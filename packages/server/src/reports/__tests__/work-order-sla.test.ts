import ExcelJS from 'exceljs';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, signIn, type Client } from '../../__tests__/helpers.js';

// The 《退筹动因分析报告》 counts the SLA breaches and escalations of the case's 退订工单 itself, not
// only those of its 退筹事件追踪表 record: the real engine and scheduler run on the test server's
// manual clock, from Monday 22 December 2025, 09:00 China time.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const P = '/api/projects/prj_yunqi';

const zhang = { customerName: '张先生', customerPhone: '13900001111' };
const workOrder = (customer: { customerName: string; customerPhone: string }, room: string) => ({
  ...customer, building: '3幢', room, requestedAt: '2025-12-22T09:00:00+08:00',
});

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('monthly report over a 退订工单 that misses its 15-minute first interview', () => {
  let ts: TestServer;
  let consultant: Client;
  let manager: Client;
  let zhangOrder: { instanceId: string; recordId: string };
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, manager] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'siteManager')]);

    // Given 张先生 asks to cancel: the consultant opens his 退订工单 at 09:00
    const started = await consultant.post(`${P}/instances`, { flowKey: 'cancellation-work-order', data: workOrder(zhang, '1201') });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    zhangOrder = started.body;
    // and, five minutes later, registers the case in the 退筹事件追踪表 (its 跟进与复盘 flow starts)
    await ts.advanceClock(5 * MINUTE);
    const tracked = await consultant.post(`${P}/instances`, {
      flowKey: 'cancellation-tracking',
      data: { ...zhang, concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['schoolDistrict'], cause: 'familyDispute', signals: ['depositRefundQuestion'] },
    });
    expect(tracked.status, JSON.stringify(tracked.body)).toBe(201);
    // And another customer's work order, never registered in the tracking table, also runs late
    const other = await consultant.post(`${P}/instances`, { flowKey: 'cancellation-work-order', data: workOrder({ customerName: '李女士', customerPhone: '13700002222' }, '802') });
    expect(other.status, JSON.stringify(other.body)).toBe(201);

    // When nobody holds the first interview: past 15 minutes it breaches and the site manager is told,
    // 24 hours later the 区域总监 is added to the task; the scheduler ticks a few more times
    await ts.advanceClock(11 * MINUTE);
    await ts.advanceClock(24 * HOUR);
    await ts.advanceClock(HOUR);
    await ts.advanceClock(0);
  }, 60_000);
  afterAll(() => ts.close());

  it('shows the breach and both escalation rungs on the work order’s timeline', async () => {
    const history = await manager.get(`${P}/records/${zhangOrder.recordId}/history`);
    expect(history.status).toBe(200);
    const sla = (history.body.events as { type: string; data: { nodeId?: string; level?: number } }[])
      .filter((e) => e.type === 'flow.breached' || e.type === 'flow.escalated')
      .map((e) => `${e.type}:${e.data.nodeId}${e.data.level ? `:${e.data.level}` : ''}`);
    expect(sla).toEqual(['flow.breached:interview', 'flow.escalated:interview:1', 'flow.escalated:interview:2']);
  });

  it('counts the case once: one breach, one escalation to the 区域总监, at the first interview', async () => {
    const res = await manager.get(`${P}/reports/cause-analysis?month=2025-12&trend=2`);
    expect(res.status).toBe(200);
    const { figures, breachesByStep, byCause } = res.body.report;
    // Then December holds one case (the tracking record and its work order are the same case)
    expect(figures).toMatchObject({ cases: 1, slaBreaches: 1, slaCompliance: 0, escalations: 1, escalatedCases: 1 });
    expect(byCause).toEqual([expect.objectContaining({ key: 'familyDispute', count: 1 })]);
    // And the late step is named, as a regional director reads it
    expect(breachesByStep).toEqual([{
      flowKey: 'cancellation-work-order', flowName: { zh: '客户退订处理', en: 'Handle a cancellation request' },
      nodeId: 'interview', name: { zh: '首次面谈（15分钟内）', en: 'First interview (within 15 minutes)' }, breaches: 1, cases: 1,
    }]);
  });

  it('exports the same figures to Excel, with the late step on its own sheet', async () => {
    const res = await manager.get(`${P}/reports/cause-analysis/export.xlsx?month=2025-12`).buffer(true).parse(binary);
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const summary = new Map<string, unknown>();
    wb.getWorksheet('概览')!.eachRow((row) => summary.set(String(row.getCell(1).value), row.getCell(2).value));
    expect([summary.get('SLA 超时次数'), summary.get('升级次数'), summary.get('升级案例数')]).toEqual([1, 1, 1]);
    const steps = wb.getWorksheet('超时环节排行')!;
    expect(steps.getRow(2).values).toEqual([undefined, '客户退订处理', '首次面谈（15分钟内）', 1, 1]);
    expect(steps.rowCount).toBe(2);
  });
});
