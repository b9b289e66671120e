import ExcelJS from 'exceljs';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, signIn, type Client } from '../../__tests__/helpers.js';

// The 72小时闭环制 of the seeds: every 退订工单 is closed within 72 hours (3 working days, the flow's
// 整体时限（闭环）). The real engine starts the work orders on the test server's manual clock, from
// Monday 22 December 2025, 09:00 China time: December is the running month.
const HOUR = 3_600_000;
const P = '/api/projects/prj_yunqi';
const customers = {
  closedIn50h: { customerName: '张先生', customerPhone: '13900001111' },
  closedIn80h: { customerName: '李女士', customerPhone: '13700002222' },
  stillOpen: { customerName: '王先生', customerPhone: '13600003333' },
  openedFriday: { customerName: '赵女士', customerPhone: '13500004444' },
  noWorkOrder: { customerName: '陈先生', customerPhone: '13400005555' },
};
type Customer = (typeof customers)[keyof typeof customers];

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * Ends a work order's flow at the server's current time, as its last step (客服归档, then the review)
 * would: driving the seven tasks, parallel branches and document generation of the 退订工单 is the
 * flow tests' job; here only when it ended matters.
 */
function endWorkOrder(ts: TestServer, instanceId: string, at: number): void {
  const { sqlite } = ts.server.ctx;
  sqlite.prepare(`update instances set status = 'completed', next_wake_at = null, updated_at = ?,
    state = json_set(state, '$.status', 'completed', '$.endedAt', ?, '$.timers', json('[]')) where id = ?`).run(at, at, instanceId);
}

describe('72-hour closure rate of the running month, from the 退订工单 instances', () => {
  let ts: TestServer;
  let consultant: Client;
  let manager: Client;
  const orders: Record<string, string> = {};
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, manager] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'siteManager')]);
    const openCase = async (name: string, customer: Customer, withOrder = true) => {
      if (withOrder) {
        const order = await consultant.post(`${P}/instances`, { flowKey: 'cancellation-work-order', data: { ...customer, building: '3幢', room: '1201', requestedAt: '2025-12-22T09:00:00+08:00' } });
        expect(order.status, JSON.stringify(order.body)).toBe(201);
        orders[name] = order.body.instanceId;
      }
      const tracked = await consultant.post(`${P}/instances`, {
        flowKey: 'cancellation-tracking',
        data: { ...customer, concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['financing'], cause: 'loanRejected', signals: ['depositRefundQuestion'] },
      });
      expect(tracked.status, JSON.stringify(tracked.body)).toBe(201);
    };
    // Given on Monday 09:00 three customers ask to cancel and one more is only registered in the tracking table
    await openCase('closedIn50h', customers.closedIn50h);
    await openCase('closedIn80h', customers.closedIn80h);
    await openCase('stillOpen', customers.stillOpen);
    await openCase('noWorkOrder', customers.noWorkOrder, false);
    // When 张先生's work order is closed 50 hours later (Wednesday 11:00)
    const wednesday = await ts.advanceClock(50 * HOUR);
    endWorkOrder(ts, orders.closedIn50h!, wednesday);
    // and 李女士's 80 hours later (Thursday 17:00), past the 3 working days (Thursday 09:00)
    const thursday = await ts.advanceClock(30 * HOUR);
    endWorkOrder(ts, orders.closedIn80h!, thursday);
    // and on Friday 09:00 赵女士 asks to cancel; the report is read on Friday 13:00
    await ts.advanceClock(16 * HOUR);
    await openCase('openedFriday', customers.openedFriday);
    await ts.advanceClock(4 * HOUR);
  }, 90_000);
  afterAll(() => ts.close());

  it('judges each case by its work order’s whole-case deadline: one in time, one late, one still open past it', async () => {
    const res = await manager.get(`${P}/reports/cause-analysis?month=2025-12&trend=2`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { figures, closure, period, change } = res.body.report;
    expect(figures.cases).toBe(5);
    // Then 1 of the 3 cases past their deadline closed in time; 王先生's is still open past 72 hours;
    // 赵女士's is not due yet and 陈先生's has no work order: neither is judged
    expect(closure).toEqual({ measured: 3, closedOnTime: 1, closedLate: 1, openOverdue: 1, pending: 1, withoutWorkOrder: 1, rate: 0.3333 });
    // And the report says December runs to the 26th and is compared with 1–26 November
    expect(period).toMatchObject({ inProgress: true, throughDay: 26, comparison: { month: '2025-11', throughDay: 26 } });
    expect(change).toMatchObject({ cases: 5, closureRate: null });
  });

  it('reports a finished month as such, compared with the whole month before', async () => {
    const res = await manager.get(`${P}/reports/cause-analysis?month=2025-11&trend=2`);
    expect(res.status).toBe(200);
    expect(res.body.report.period).toMatchObject({ inProgress: false, throughDay: null, comparison: { month: '2025-10', throughDay: null } });
    expect(res.body.report.closure).toMatchObject({ measured: 0, rate: null });
  });

  it('prints the month-to-date note and the 72-hour figures in the Excel and Word exports', async () => {
    const xlsx = await manager.get(`${P}/reports/cause-analysis/export.xlsx?month=2025-12`).buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('概览')!;
    const rows = new Map<string, unknown>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('统计月份')).toBe('本月截至 12月26日（进行中）');
    expect(sheet.getRow(1).getCell(3).value).toBe('较上月同期（11月1日–26日）');
    expect([rows.get('72 小时闭环率'), rows.get('72 小时内闭环'), rows.get('超 72 小时闭环'), rows.get('超 72 小时未闭环'), rows.get('处理中（未到 72 小时）')])
      .toEqual([0.3333, 1, 1, 1, 1]);
    expect([...rows.keys()]).toContain('72 小时闭环率 33.3%：1 起按时闭环，1 起超时闭环，1 起超过 72 小时仍未闭环。');
    const docx = await manager.get(`${P}/reports/cause-analysis/export.docx?month=2025-12`).buffer(true).parse(binary);
    expect(docx.status).toBe(200);
    expect(docx.body.length).toBeGreaterThan(1000);
  });

  it('keeps the report to the project’s people: a consultant of another project is refused', async () => {
    const stranger = await signIn(ts, 'sz.consultant');
    const res = await stranger.get(`${P}/reports/cause-analysis?month=2025-12`);
    // (the project is not even named to non-members)
    expect(res.status).toBe(404);
    expect(res.body.report).toBeUndefined();
  });
});
