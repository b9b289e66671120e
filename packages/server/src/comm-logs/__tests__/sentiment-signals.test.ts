import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer, type TestSession } from '../../testing/index.js';

const P = 'prj_yunqi';
let ts: TestServer;
let supervisor: TestSession;

type Item = { externalId: string; terms: string[]; termWeights: { term: string; weight: number }[]; windowIndex: number; alerts: { ruleKey: string; level: string | null }[] };

/** Pushes one customer message of 孙先生 (customer C-SUN) as the 销售主管's session; returns its outcome. */
async function say(externalId: string, at: string, text: string): Promise<Item> {
  const res = await supervisor.request('POST', `/api/projects/${P}/comm-logs`, {
    logs: [{ externalId, customerId: 'C-SUN', customerName: '孙先生', from: 'customer', channel: 'wechat', at, text }],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items[0] as Item;
}

const ruleKeys = (item: Item) => [...new Set(item.alerts.map((a) => a.ruleKey))];

/** Titles of the 7-day trend notifications the 销售主管 received about 孙先生 (masked for them: 孙**). */
async function trendNotifications(): Promise<string[]> {
  await ts.advanceClock(0);
  const res = await supervisor.request('GET', '/api/notifications');
  return (res.body.items as { title: { zh: string } }[]).map((n) => n.title.zh).filter((t) => t.includes('孙**') && t.includes('近7天负面情绪指数'));
}

beforeAll(async () => {
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-19T02:00:00Z') });
  supervisor = await ts.login('salesSupervisor');
});

afterAll(async () => {
  await ts?.close();
});

describe('communication logs: term weights and the 7-day threshold crossing', () => {
  it('sends each term with its dictionary weight: worries above 0, reassuring words below 0', async () => {
    // Given a message with a worry (再想想, weight 2) and a reassuring word (放心 is a synonym of 满意, weight -1)
    const pushed = await say('sun-0001', '2025-12-01 10:00', '我再想想，不过看了样板间挺放心的');
    // Then the push answer names both terms with their weights, in text order, and keeps the plain term list
    expect(pushed.termWeights).toEqual([{ term: '再想想', weight: 2 }, { term: '满意', weight: -1 }]);
    expect(pushed.terms).toEqual(['再想想', '满意']);
    // And the list answer carries the same weights
    const listed = (await supervisor.request('GET', `/api/projects/${P}/comm-logs?customerId=C-SUN`)).body.items as Item[];
    expect(listed.find((l) => l.externalId === 'sun-0001')?.termWeights).toEqual(pushed.termWeights);
  });

  it('raises the trend alert when the 7-day index crosses 8, not again while it stays above, and again after it fell below', async () => {
    // Given 孙先生's index at 1 (再想想 2, 放心 -1)
    // When 家人不同意 + 后悔 (6) lifts it to 7: still below 8, no trend alert
    const below = await say('sun-0002', '2025-12-01 11:00', '家人不同意，有点后悔');
    expect(below.windowIndex).toBe(7);
    expect(ruleKeys(below)).not.toContain('window-alert');
    // When 比较一下 (2) lifts it to 9: it crosses 8, the trend alert (一级预警) fires
    const crossing = await say('sun-0003', '2025-12-02 10:00', '我想再比较一下');
    expect(crossing.windowIndex).toBe(9);
    expect(ruleKeys(crossing)).toEqual(['window-alert']);
    expect(crossing.alerts.map((a) => a.level)).toContain('level1');
    // When another worried message lifts it to 13 while it is already above: only the single-message alert, no trend alert
    const stillHigh = await say('sun-0004', '2025-12-02 11:00', '定金能不能退？');
    expect(stillHigh.windowIndex).toBe(13);
    expect(ruleKeys(stillHigh)).toEqual(['message-alert']);
    // When a calm "放心了" follows, nothing is raised at all
    const calm = await say('sun-0005', '2025-12-02 12:00', '你们解释清楚了，我放心了');
    expect(calm.windowIndex).toBe(12);
    expect(calm.alerts).toEqual([]);
    // When, ten days later, the old messages have left the window (index back to 2) and new worries lift it to 9
    const later = await say('sun-0006', '2025-12-12 10:00', '我再想想');
    expect(later.windowIndex).toBe(2);
    expect(ruleKeys(later)).toEqual([]);
    const again = await say('sun-0007', '2025-12-12 11:00', '家人不同意，定金能不能退');
    expect(again.windowIndex).toBe(9);
    // Then it crossed again: the trend alert fires a second time
    expect(ruleKeys(again)).toEqual(['message-alert', 'window-alert']);
    // And the 销售主管 was told of the trend twice, once per crossing, naming the index each time
    const titles = await trendNotifications();
    expect(titles).toHaveLength(2);
    expect(titles.some((t) => t.includes('突破阈值（9）'))).toBe(true);
    expect(titles.some((t) => t.includes('（13）') || t.includes('（12）'))).toBe(false);
  });
});
