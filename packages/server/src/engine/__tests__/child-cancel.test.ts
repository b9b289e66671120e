import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from '../../__tests__/helpers.js';
import { outboxRows, requeue, subflowServer } from './subflow-fixtures.js';

const REASON = { zh: '上级流程已作废：退订打款', en: 'Parent flow cancelled: Refund with payout' };

describe('a case cancelled while it waits for a child flow cancels that child (cancelFlow)', () => {
  let env: Awaited<ReturnType<typeof subflowServer>>;
  beforeAll(async () => { env = await subflowServer(); });
  afterAll(() => env.ts.close());

  const cancelRows = (parentId: string) => env.ts.server.ctx.sqlite
    .prepare(`select id, status from outbox where kind = 'cancelFlow' and dedupe_key like ?`).all(`cancelFlow:${parentId}:%`) as { id: string; status: string }[];

  /** The site manager cancels (作废) the case, then the outbox runs. */
  async function cancelCase(parentId: string) {
    const current = await env.instance(parentId);
    const res = await env.manager.post(`/api/projects/prj_yunqi/instances/${parentId}/actions`, { action: 'cancel', version: current.version, comment: '客户决定不退' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cancelled = await env.instance(parentId);
    await env.ts.advanceClock(1_000);
    return cancelled;
  }

  it('finance’s payout task disappears, the payout is cancelled naming the case, and the case stays cancelled', async () => {
    // Given a refund case waiting for the payout, with the payout task in finance's inbox
    const { parentId, childId, task } = await env.startCase('赵女士');
    // When the site manager cancels the case and the outbox runs
    const cancelled = await cancelCase(parentId);
    // Then the payout is cancelled and finance no longer has its task (acting on it is refused)
    const child = await env.instance(childId);
    expect(child.status).toBe('cancelled');
    expect(child.tasks.map((t) => t.status)).toEqual(['closed']);
    expect((await env.financeTasks()).some((t) => t.instanceId === childId)).toBe(false);
    const late = await env.finance.post(`/api/tasks/${task.id}/actions`, { action: 'submit', version: task.version, data: { payoutRef: 'PAY-LATE' } });
    expect(late.status).toBe(409);
    // … its timeline says why, by the system, naming the case; finance was told the same
    expect(child.timeline.find((e) => e.type === 'flow.cancelled')).toMatchObject({
      actorId: null, data: { action: 'parentEnded', linkedInstanceId: parentId, reason: REASON },
    });
    const notices = (await env.finance.get('/api/notifications')).body.items as { title: { zh: string; en: string } }[];
    expect(notices.map((n) => n.title)).toContainEqual(REASON);
    // … and the payout's end did not wake the cancelled case
    const after = await env.instance(parentId);
    expect(after).toMatchObject({ status: 'cancelled', version: cancelled.version });
    expect(after.timeline.some((e) => e.type === 'flow.childEnded')).toBe(false);
    expect(after.timeline.filter((e) => e.type === 'flow.childCancelled').map((e) => e.data)).toEqual([{ childInstanceId: childId, nodeId: 'payout' }]);
    expect(child.timeline.at(-1)).toMatchObject({ type: 'flow.parentNotified', data: { parentInstanceId: parentId, status: 'cancelled', resumed: false } });
    expect(cancelRows(parentId)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('a replayed cancellation (the row delivered again, as after a crash) changes nothing', async () => {
    const { parentId, childId } = await env.startCase('钱先生');
    await cancelCase(parentId);
    const once = await env.instance(childId);
    // When the delivered row is put back in the queue and the outbox runs again
    const [row] = cancelRows(parentId);
    requeue(env.ts, row!.id);
    await env.ts.advanceClock(1_000);
    // Then the payout is exactly as it was: same version, one cancellation, one note to the case
    const twice = await env.instance(childId);
    expect(twice.version).toBe(once.version);
    expect(twice.timeline).toEqual(once.timeline);
    expect(count(env.ts, 'events', "instance_id = ? and type = 'flow.childCancelled'", parentId)).toBe(1);
    expect(outboxRows(env.ts, `childEnded:${childId}`)).toEqual([expect.objectContaining({ status: 'done' })]);
    expect(cancelRows(parentId)).toEqual([expect.objectContaining({ status: 'done' })]);
  });

  it('a payout still waiting to be started when the case was cancelled never starts', async () => {
    const { parentId } = await env.startCase('周先生');
    await cancelCase(parentId);
    const payouts = count(env.ts, 'instances', "flow_key = 'finance-payout'");
    // When the start of the payout is delivered (again) only now, as if it had been waiting for a retry
    const sql = env.ts.server.ctx.sqlite;
    const start = sql.prepare(`select id from outbox where kind = 'startFlow' and dedupe_key like ?`).get(`fx:${parentId}:%`) as { id: string };
    sql.prepare(`delete from idempotency_keys where key like ?`).run(`startFlow:fx:${parentId}:%`);
    requeue(env.ts, start.id);
    await env.ts.advanceClock(1_000);
    // Then no payout is started for the cancelled case
    expect(count(env.ts, 'instances', "flow_key = 'finance-payout'")).toBe(payouts);
    expect(sql.prepare('select status from outbox where id = ?').get(start.id)).toEqual({ status: 'done' });
  });

  it('a payout started without waiting is independent work: it keeps running when its case is cancelled', async () => {
    // Given a hand-off case that passed the payout to finance and moved on to archiving
    const { parentId, childId, task } = await env.startCase('孙女士', 'refund-handoff');
    expect((await env.instance(parentId)).tasks.map((t) => t.nodeId)).toEqual(['archive']);
    // When the site manager cancels the case
    await cancelCase(parentId);
    // Then finance still has the payout to make
    expect((await env.instance(parentId)).status).toBe('cancelled');
    expect((await env.instance(childId)).status).toBe('running');
    expect((await env.financeTasks()).map((t) => t.id)).toContain(task.id);
    expect(cancelRows(parentId)).toEqual([]);
  });
});
