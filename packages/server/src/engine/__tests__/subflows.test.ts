import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from '../../__tests__/helpers.js';
import { outboxRows, requeue, subflowServer } from './subflow-fixtures.js';

describe('a flow that starts a child flow and waits for it (sub-flow, awaitResult)', () => {
  let env: Awaited<ReturnType<typeof subflowServer>>;
  beforeAll(async () => { env = await subflowServer(); });
  afterAll(() => env.ts.close());

  const childEndedRows = (childId: string) => outboxRows(env.ts, `childEnded:${childId}`);

  it('the case waits while finance pays, then moves on with the payout reference and both timelines show the link', async () => {
    // Given a refund case whose payout step started finance's flow
    const { parentId, childId, task } = await env.startCase('张先生');
    const waiting = await env.instance(parentId);
    expect(waiting.status).toBe('running');
    expect(waiting.tasks).toEqual([]);
    expect((await env.instance(childId)).timeline[0]).toMatchObject({ type: 'flow.started', data: { linkedInstanceId: parentId } });
    // When finance pays out and the outbox runs
    const paid = await env.finance.post(`/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data: { payoutRef: 'PAY-20251222-01' } });
    expect(paid.status, JSON.stringify(paid.body)).toBe(200);
    await env.ts.advanceClock(1_000);
    // Then the case continues to customer service with the reference copied into its record
    const after = await env.instance(parentId);
    expect(after.tasks.filter((t) => t.status === 'open').map((t) => t.nodeId)).toEqual(['archive']);
    expect(after.record.data.archiveNote).toBe('PAY-20251222-01');
    expect(after.timeline.find((e) => e.type === 'flow.childEnded')?.data).toMatchObject({ nodeId: 'payout', linkedInstanceId: childId, action: 'completed', outcome: 'paid' });
    expect((await env.instance(childId)).timeline.at(-1)).toMatchObject({ type: 'flow.parentNotified', data: { parentInstanceId: parentId, status: 'completed', outcome: 'paid', resumed: true } });
    const inbox = await env.service.get('/api/tasks?scope=mine&projectId=prj_yunqi');
    expect((inbox.body.items as { instanceId: string }[]).filter((t) => t.instanceId === parentId)).toHaveLength(1);
    expect(childEndedRows(childId)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('a replayed notification (the row delivered again, as after a crash) does not move the case twice', async () => {
    const { parentId, childId, task } = await env.startCase('李女士');
    await env.finance.post(`/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data: { payoutRef: 'PAY-2' } }).expect(200);
    await env.ts.advanceClock(1_000);
    const once = await env.instance(parentId);
    // When the delivered row is put back in the queue and the outbox runs again
    const [row] = childEndedRows(childId);
    requeue(env.ts, row!.id);
    await env.ts.advanceClock(1_000);
    // Then the case is exactly where it was: one archive task, one childEnded line, same version
    const twice = await env.instance(parentId);
    expect(twice.version).toBe(once.version);
    expect(twice.tasks.map((t) => t.nodeId)).toEqual(['archive']);
    expect(count(env.ts, 'events', "instance_id = ? and type = 'flow.childEnded'", parentId)).toBe(1);
    expect((await env.instance(childId)).timeline.filter((e) => e.type === 'flow.parentNotified').map((e) => e.data.resumed)).toEqual([true, false]);
    expect(childEndedRows(childId)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('a refused payout ends the case as not paid (the outcome reaches the condition)', async () => {
    const { parentId, task } = await env.startCase('王先生');
    await env.finance.post(`/api/tasks/${task.id}/actions`, { action: 'reject', version: task.version, comment: '账户信息不全' }).expect(200);
    await env.ts.advanceClock(1_000);
    const after = await env.instance(parentId);
    expect(after).toMatchObject({ status: 'completed', outcome: 'notPaid' });
    expect(after.record.data.archiveNote).toBeUndefined();
    expect(after.timeline.find((e) => e.type === 'flow.childEnded')?.data).toMatchObject({ action: 'rejected' });
  });
});
