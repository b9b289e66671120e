import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS } from '@siteflow/runtime';
import { ruleWorld } from './helpers.js';

describe('沟通记录情绪预警 on communication-log records (sentimentIndex over 7 days)', () => {
  let w: Awaited<ReturnType<typeof ruleWorld>>;
  beforeAll(async () => {
    w = await ruleWorld('2025-12-15 09:00', ['communication-sentiment']);
  });
  afterAll(async () => w.close());

  const message = (text: string, iso: string, customerId = 'C-001') => ({ customerId, customerName: '张先生', at: iso, from: 'customer', channel: 'wechat', source: 'manual', text });

  it('scores each message, and alerts the supervisor with the terms once the 7-day index crosses the threshold', async () => {
    // A single mild message: score 2 (再想想) → nothing
    const first = w.create('consultant', 'communication-log', message('我们再想想吧', '2025-12-15T09:00:00+08:00'));
    expect(first.firings).toEqual([]);
    // Negated regret does not count: 不后悔 → nothing
    w.clock.set(w.ctx.clock.now() + HOUR_MS);
    expect(w.create('consultant', 'communication-log', message('我不后悔买这套', '2025-12-15T10:00:00+08:00')).firings).toEqual([]);
    // 定金能不能退 (4) in one message → the single-message alert (threshold 4) to 销售主管 with the term
    w.clock.set(w.ctx.clock.now() + HOUR_MS);
    const refund = w.create('consultant', 'communication-log', message('请问定金能不能退？', '2025-12-15T11:00:00+08:00'));
    expect(refund.firings.map((f) => [f.ruleKey, f.status])).toEqual([['message-alert', 'fired']]);
    // 后悔 (3) two days later: 2 + 0 + 4 + 3 = 9 ≥ 8 within 7 days → the trend alert (score 3 alone stays under the message threshold)
    w.clock.set(w.ctx.clock.now() + 48 * HOUR_MS);
    const regret = w.create('consultant', 'communication-log', message('有点后悔了', '2025-12-17T11:00:00+08:00'));
    expect(regret.firings.map((f) => f.ruleKey)).toEqual(['window-alert']);
    const titles = await w.notifications('salesSupervisor');
    // 销售主管 does not own the customer: the name is masked in the alert (personal data only in clear for its readers)
    expect(titles.some((t) => t.includes('情绪预警：张**') && t.includes('定金能不能退'))).toBe(true);
    expect(titles.filter((t) => t.includes('张先生'))).toEqual([]);
    expect(titles.some((t) => /近7天负面情绪指数突破阈值（9）/.test(t) && t.includes('后悔'))).toBe(true);
    // 停工 (3) an hour later: the index is 12, but it was already above 8 → no second trend alert
    w.clock.set(w.ctx.clock.now() + HOUR_MS);
    expect(w.create('consultant', 'communication-log', message('看到停工的消息有点担心', '2025-12-17T12:00:00+08:00')).firings).toEqual([]);
    expect((await w.notifications('salesSupervisor')).filter((t) => t.includes('近7天负面情绪指数突破阈值'))).toHaveLength(1);
    // Another customer's words never add to 张先生's index
    expect(w.create('consultant', 'communication-log', message('有点后悔了', '2025-12-17T12:00:00+08:00', 'C-002')).firings).toEqual([]);
  });
});
