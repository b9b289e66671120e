import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/index.js';
import { driver } from './helpers.js';

// 工单编号 (流水号): a 退订工单 started without one is numbered WO-<month>-001, -002… in the project's
// local time; a number typed in is kept, and the counter steps over it.
const P = 'prj_yunqi';
let ts: TestServer;
const d = driver(() => ts, P);
const caseData = (customerName: string, extra: Record<string, unknown> = {}) => ({
  customerName, customerPhone: '13812341234', building: '3', unit: '1', room: '1502', requestedAt: '2025-12-31T23:30:00+08:00', ...extra,
});

// 23:30 on 31 December 2025 in Hangzhou: still December there (15:30 UTC).
beforeAll(async () => {
  ts = await startTestServer({ demo: true, templatePackages: false, startAt: Date.parse('2025-12-31T23:30:00+08:00') });
  expect((await d.publish('cancellation-work-order', { version: '1.0.0', projectIds: [P] })).status).toBe(200);
});
afterAll(async () => { await ts?.close(); });

const caseNoOf = async (instanceId: string) => {
  const { recordId } = await d.instance(instanceId);
  const record = await d.api('siteManager', 'get', `/api/projects/${P}/records/${recordId}`);
  expect(record.status, JSON.stringify(record.body)).toBe(200);
  return record.body.data.caseNo as string;
};

describe('工单编号 numbered automatically when left empty', () => {
  it('numbers work orders by the month in the project’s time zone, keeps a typed number and steps over it', async () => {
    // Given two work orders started without a number on the evening of 31 December
    const first = await d.start('consultant', 'cancellation-work-order', caseData('张先生'));
    const second = await d.start('consultant', 'cancellation-work-order', caseData('李女士'));
    expect([await caseNoOf(first), await caseNoOf(second)]).toEqual(['WO-202512-001', 'WO-202512-002']);
    // When a consultant types the next number by hand, it is kept, and the next empty one skips it
    const typed = await d.start('consultant', 'cancellation-work-order', caseData('王先生', { caseNo: 'WO-202512-003' }));
    const after = await d.start('consultant', 'cancellation-work-order', caseData('赵女士'));
    expect([await caseNoOf(typed), await caseNoOf(after)]).toEqual(['WO-202512-003', 'WO-202512-004']);
  });

  it('starts again at 001 in a new month, and the number finds the case in a search', async () => {
    // When the clock passes midnight in Hangzhou (16:00 UTC), January starts its own count
    expect((await d.api('admin', 'post', '/api/test/clock', { advanceMs: 60 * 60_000 })).status).toBeLessThan(300);
    const january = await d.start('consultant', 'cancellation-work-order', caseData('孙先生'));
    expect(await caseNoOf(january)).toBe('WO-202601-001');
    const found = await d.api('siteManager', 'get', `/api/projects/${P}/records?form=cancellation-work-order&q=WO-202601-001`);
    expect(found.body.items.map((r: { data: { customerName: string } }) => r.data.customerName)).toEqual(['孙先生']);
  });

  it('gives ten work orders started at the same moment ten different numbers', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => d.start('consultant', 'cancellation-work-order', caseData(`客户${i}`))));
    const numbers = await Promise.all(ids.map(caseNoOf));
    expect([...numbers].sort()).toEqual(Array.from({ length: 10 }, (_, i) => `WO-202601-${String(i + 2).padStart(3, '0')}`));
  });
});
