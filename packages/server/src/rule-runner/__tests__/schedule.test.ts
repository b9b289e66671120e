import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, followUp, P, ruleWorld } from './helpers.js';

describe('daily no-reply computation from the follow-up log (business calendar)', () => {
  let w: Awaited<ReturnType<typeof ruleWorld>>;
  beforeAll(async () => {
    w = await ruleWorld('2025-09-29 08:00', ['followup-risk']);
  });
  afterAll(async () => w.close());

  const meetingsFor = (name: string) => w.openTasks('siteManager').filter((t) => t.flowKey === 'coordination-meeting' && w.record(t.recordId).data.customerName === name);
  /** Runs the schedule at a local time; returns this project's firings (the demo installs the packages in every project). */
  const runAt = (local: string) => {
    w.clock.set(at(local));
    return w.runner.runDue(at(local)).firings.filter((f) => f.projectId === P && f.ruleKey !== 'daily-patrol');
  };

  it('counts working days without a reply across 国庆 and the 调休 Saturday, and alerts on the second signal once', () => {
    // Given: the customer replied on Monday 9-29; we wrote on Tuesday 9-30 (the eve of 国庆) and he also photographs construction details
    w.clock.set(at('2025-09-30 10:30'));
    const log = [{ at: '2025-09-29T18:00:00+08:00', direction: 'inbound', channel: 'wechat' }, { at: '2025-09-30T10:00:00+08:00', direction: 'outbound', channel: 'wechat' }];
    const { id, firings } = w.create('consultant', 'customer-followup', followUp({ photographedDetails: true, followups: log }));
    expect(firings).toEqual([]);

    // When the server comes back on Thursday 10-9 09:00 after the holiday: only the latest run catches up, 国庆 days do not count
    expect(runAt('2025-10-09 09:00').map((f) => [f.ruleKey, f.subjectId])).toEqual([['no-reply-daily-count', id]]);
    expect(w.record(id).data.noReplyWorkingDays).toBe(0);
    expect(runAt('2025-10-09 09:00')).toEqual([]);
    expect(runAt('2025-10-10 09:00').map((f) => f.ruleKey)).toEqual(['no-reply-daily-count']);
    expect(w.record(id).data.noReplyWorkingDays).toBe(1);
    expect(meetingsFor('张先生')).toHaveLength(0);

    // Saturday 10-11 is a make-up working day: 10-9 and 10-10 passed without a reply → second signal → 一级预警
    const sat = runAt('2025-10-11 09:00');
    expect(sat.filter((f) => f.status === 'fired').map((f) => f.ruleKey)).toEqual(['no-reply-daily']);
    expect(w.record(id).data).toMatchObject({ noReplyWorkingDays: 2, riskLevel: 'level1', level1Raised: true });
    expect(meetingsFor('张先生')).toHaveLength(1);

    // Sunday is not a working day: nothing runs; Monday counts on without a second alert
    expect(runAt('2025-10-12 09:00')).toEqual([]);
    runAt('2025-10-13 09:00');
    expect(w.record(id).data.noReplyWorkingDays).toBe(3);
    expect(meetingsFor('张先生')).toHaveLength(1);
    expect(w.count(`events where record_id = ? and type = 'rule.alert'`, id)).toBe(1);
  });

  it('does not count an ordinary weekend as silence', () => {
    // Friday 10-17 10:00 we wrote; the customer mentioned other projects without naming one
    w.clock.set(at('2025-10-17 10:30'));
    const { id } = w.create('consultant', 'customer-followup', followUp({
      customerName: '刘先生', customerPhone: '13700001111', mentionsComparison: true, followups: [{ at: '2025-10-17T10:00:00+08:00', direction: 'outbound', channel: 'wechat' }],
    }));
    runAt('2025-10-20 09:00');
    expect(w.record(id).data.noReplyWorkingDays).toBe(0);
    runAt('2025-10-21 09:00');
    expect(w.record(id).data.noReplyWorkingDays).toBe(1);
    expect(meetingsFor('刘先生')).toHaveLength(0);
    runAt('2025-10-22 09:00');
    expect(w.record(id).data).toMatchObject({ noReplyWorkingDays: 2, level1Raised: true });
    expect(meetingsFor('刘先生')).toHaveLength(1);
  });

  it('a reply in the log resets the count', () => {
    w.clock.set(at('2025-10-22 10:00'));
    const { id } = w.create('consultant', 'customer-followup', followUp({
      customerName: '孙女士', customerPhone: '13700002222', followups: [{ at: '2025-10-20T10:00:00+08:00', direction: 'outbound', channel: 'wechat' }, { at: '2025-10-22T09:30:00+08:00', direction: 'inbound', channel: 'phone' }],
    }));
    runAt('2025-10-23 09:00');
    expect(w.record(id).data.noReplyWorkingDays).toBe(0);
  });
});

describe('每日舆情巡检: a record-less daily rule catches up after downtime', () => {
  let w: Awaited<ReturnType<typeof ruleWorld>>;
  beforeAll(async () => {
    w = await ruleWorld('2025-12-22 08:00', ['daily-sentiment-patrol']);
  });
  afterAll(async () => w.close());

  const patrols = (local: string) => w.runner.runDue(at(local)).firings.filter((f) => f.projectId === P && f.ruleKey === 'daily-patrol');
  const patrolDates = () => w.openTasks('brand').filter((t) => t.flowKey === 'sentiment-patrol').map((t) => w.record(t.recordId).data.patrolDate).sort();

  it('creates one patrol task per day for the brand specialist, each missed day once after a 3-day downtime', () => {
    expect(patrols('2025-12-22 08:30')).toEqual([]);
    w.clock.set(at('2025-12-22 09:30'));
    expect(patrols('2025-12-22 09:30')).toHaveLength(1);
    expect(patrolDates()).toEqual(['2025-12-22']);

    // Down from Monday 09:30 until Thursday 10:00: Tuesday, Wednesday and Thursday are each patrolled once
    w.clock.set(at('2025-12-25 10:00'));
    expect(patrols('2025-12-25 10:00')).toHaveLength(3);
    expect(patrolDates()).toEqual(['2025-12-22', '2025-12-23', '2025-12-24', '2025-12-25']);

    // A second pass (or a second process) finds nothing more to do
    expect(patrols('2025-12-25 10:00')).toEqual([]);
    expect(w.count(`rule_firings where rule_key = 'daily-patrol' and project_id = ?`, P)).toBe(4);

    w.clock.set(at('2025-12-26 09:00'));
    expect(patrols('2025-12-26 09:00')).toHaveLength(1);
    expect(patrolDates()).toHaveLength(5);
    expect(w.count(`events where type = 'rule.fired' and project_id = ? and json_extract(data, '$.ruleKey') = 'daily-patrol'`, P)).toBe(5);
  });
});
