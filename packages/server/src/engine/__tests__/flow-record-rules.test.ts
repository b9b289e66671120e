import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { count, demoServer, refundData, signIn, startRefund, type Client } from '../../__tests__/helpers.js';

const m = (zh: string, en: string) => ({ zh, en });

// "Tell the site manager when a field changes": the same rule whether a person edits the record
// or a flow step writes the field.
const fieldRule = (key: string, field: string, title: string) => ({
  key, formKey: 'refund-request', name: m(`${title}提醒`, `${field} changed`),
  trigger: { kind: 'recordChanged', fields: [field] },
  actions: [{ kind: 'notify', to: [{ kind: 'role', role: 'siteManager' }], template: { title: m(`${title}：{unitNo}`, `${field} changed: {unitNo}`) } }],
});

// Waits an hour, then an automatic step fills the archive note (no person acts).
const autoArchive = {
  key: 'auto-archive', name: m('自动归档', 'Auto archive'), formKey: 'refund-request',
  nodes: [
    { id: 'start', kind: 'start', name: m('发起', 'Start') },
    { id: 'wait', kind: 'timer', name: m('等待一小时', 'Wait an hour'), wait: { duration: { amount: 1, unit: 'hours' } } },
    { id: 'note', kind: 'action', name: m('写归档说明', 'Write archive note'), steps: [{ kind: 'setFields', values: { archiveNote: '超时自动归档' } }] },
    { id: 'end', kind: 'end', name: m('结束', 'End') },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'wait' }, { id: 'e2', source: 'wait', target: 'note' }, { id: 'e3', source: 'note', target: 'end' }],
};

describe('record changes made by flows run the recordChanged rules', () => {
  let ts: TestServer;
  let consultant: Client;
  let supervisor: Client;
  let manager: Client;
  beforeAll(async () => {
    ts = await demoServer();
    manager = await signIn(ts, 'siteManager');
    for (const [kind, definition] of [
      ['rules', fieldRule('review-note-changed', 'reviewNote', '审核意见已更新')],
      ['rules', fieldRule('archive-note-changed', 'archiveNote', '归档说明已更新')],
      ['flows', autoArchive],
    ] as const) {
      expect((await manager.post(`/api/projects/prj_yunqi/${kind}`, { definition })).status).toBe(201);
      const published = await manager.post(`/api/projects/prj_yunqi/${kind}/${definition.key}/publish`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(201);
    }
    [consultant, supervisor] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor')]);
  });
  afterAll(() => ts.close());

  const firings = (recordId: string, ruleKey: string) =>
    ts.server.ctx.sqlite.prepare('select actor_id as actorId from rule_firings where subject_id = ? and rule_key = ?').all(recordId, ruleKey) as { actorId: string }[];
  const managerTitles = async () => ((await manager.get('/api/notifications')).body.items as { title: { zh: string } }[]).map((n) => n.title.zh);

  it('a review note written at the approval step fires the rule once, on behalf of the approver', async () => {
    // Given a refund case waiting for the supervisor's review
    const run = await startRefund(consultant, supervisor, { ...refundData, unitNo: '5-2-801' });
    // When the supervisor approves with a review note (the flow step patches reviewNote)
    await supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion, data: { reviewNote: '情况属实，同意退订' } }).expect(200);
    await ts.advanceClock(1_000);
    // Then the rule fired once, as the supervisor, and the site manager was told once
    expect(firings(run.recordId, 'review-note-changed')).toEqual([{ actorId: supervisor.userId }]);
    expect((await managerTitles()).filter((t) => t === '审核意见已更新：5-2-801')).toHaveLength(1);
    expect(count(ts, 'events', "record_id = ? and type = 'rule.fired'", run.recordId)).toBe(1);
    // And the rule on a field the step did not write stays quiet
    expect(firings(run.recordId, 'archive-note-changed')).toEqual([]);
  });

  it('a field filled by an automatic step after a timer fires the rule once, on behalf of the case starter', async () => {
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'auto-archive', data: { ...refundData, unitNo: '6-1-302' } });
    expect(started.status).toBe(201);
    expect(firings(started.body.recordId, 'archive-note-changed')).toEqual([]);
    // When the hour passes (the scheduler ticks the case; no person acts)
    await ts.advanceClock(61 * 60_000);
    await ts.advanceClock(1_000);
    const detail = await consultant.get(`/api/projects/prj_yunqi/instances/${started.body.instanceId}`);
    expect(detail.body.status).toBe('completed');
    expect(detail.body.record.data.archiveNote).toBe('超时自动归档');
    expect(firings(started.body.recordId, 'archive-note-changed')).toEqual([{ actorId: consultant.userId }]);
    expect((await managerTitles()).filter((t) => t === '归档说明已更新：6-1-302')).toHaveLength(1);
  });
});
