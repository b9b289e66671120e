import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, type Client } from './helpers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.parse('2025-12-22T09:00:00+08:00');

/** The intake of a shipped 退订工单 (cancellation-work-order): its first step, 首次面谈, is due in 15 minutes. */
const intake = { customerName: '王女士', customerPhone: '13912345678', building: '5幢', room: '902', requestedAt: '2025-12-22T01:00:00.000Z' };

/** The step's SLA events so far: breaches and escalations (with level). */
function slaEvents(ts: TestServer, taskId: string): string[] {
  const rows = ts.server.ctx.sqlite.prepare("select type, data from events where task_id = ? and type in ('flow.breached', 'flow.escalated') order by seq").all(taskId) as { type: string; data: string }[];
  return rows.map((r) => `${r.type}${r.type === 'flow.escalated' ? `:${(JSON.parse(r.data) as { level?: number }).level}` : ''}`);
}

describe('延期 POST /api/tasks/:id/actions { action: extendDue }', () => {
  let ts: TestServer;
  let consultant: Client;
  let manager: Client;
  let taskId: string;
  let instanceId: string;

  beforeAll(async () => {
    ts = await demoServer({ startAt: T0 });
    consultant = await signIn(ts, 'consultant');
    manager = await signIn(ts, 'siteManager');
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'cancellation-work-order', data: intake });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    instanceId = started.body.instanceId;
    const inbox = await consultant.get('/api/tasks?scope=mine&projectId=prj_yunqi');
    taskId = (inbox.body.items as { id: string; instanceId: string }[]).find((t) => t.instanceId === instanceId)!.id;
  });
  afterAll(() => ts.close());

  const detail = async (client: Client) => (await client.get(`/api/tasks/${taskId}`)).body;

  it('is offered to the site manager (a supervisor of the flow), not to the consultant working the step', async () => {
    expect((await detail(manager)).actions).toContain('extendDue');
    expect((await detail(consultant)).actions).not.toContain('extendDue');
  });

  it('refuses the consultant, a past or missing until and an empty reason, naming the field; nothing changes', async () => {
    const { task } = await detail(manager);
    const body = { action: 'extendDue', version: task.version, until: T0 + 2 * HOUR, reason: '客户在外地，下午到案场' };
    const byConsultant = await consultant.post(`/api/tasks/${taskId}/actions`, body);
    expect(byConsultant.status).toBe(409);
    expect(byConsultant.body.code).toBe('FLOW_NOT_SUPERVISOR');
    expect(byConsultant.body.message.zh).toContain('主管');

    const past = await manager.post(`/api/tasks/${taskId}/actions`, { ...body, until: T0 + 10 * MINUTE });
    expect(past.status).toBe(400);
    expect(past.body.code).toBe('FLOW_EXTEND_NOT_LATER');
    expect(past.body.issues.map((i: { path: string }) => i.path)).toEqual(['until']);
    expect(past.body.message.zh).toContain('until');

    const tooFar = await manager.post(`/api/tasks/${taskId}/actions`, { ...body, until: T0 + 31 * 24 * HOUR });
    expect([tooFar.status, tooFar.body.code, tooFar.body.issues[0].path]).toEqual([400, 'FLOW_EXTEND_TOO_FAR', 'until']);
    const missing = await manager.post(`/api/tasks/${taskId}/actions`, { action: 'extendDue', version: task.version, reason: '等银行回复' });
    expect([missing.status, missing.body.issues[0].path]).toEqual([400, 'until']);
    const text = await manager.post(`/api/tasks/${taskId}/actions`, { ...body, until: '明天下午' });
    expect([text.status, text.body.issues[0].path]).toEqual([400, 'until']);
    const noReason = await manager.post(`/api/tasks/${taskId}/actions`, { ...body, reason: '  ' });
    expect([noReason.status, noReason.body.code, noReason.body.issues[0].path]).toEqual([400, 'FLOW_EXTEND_REASON', 'reason']);

    const after = await detail(manager);
    expect(after.task.dueAt).toBe(T0 + 15 * MINUTE);
    expect(after.task.version).toBe(task.version);
  });

  it('moves the due time (idempotently, version-checked); breach and escalation come at the new time, once; the case deadline stays', async () => {
    const before = await detail(manager);
    const deadlineAt = before.instance.deadlineAt;
    expect(deadlineAt).toBeGreaterThan(T0);
    const body = { action: 'extendDue', version: before.task.version, until: T0 + 2 * HOUR, reason: '客户在外地，下午到案场' };
    const first = await manager.post(`/api/tasks/${taskId}/actions`, body, { 'Idempotency-Key': 'extend-1' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const replay = await manager.post(`/api/tasks/${taskId}/actions`, body, { 'Idempotency-Key': 'extend-1' });
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    // The same stale version without the key is a conflict, as for any action.
    expect((await manager.post(`/api/tasks/${taskId}/actions`, body)).status).toBe(409);

    const after = await detail(consultant);
    expect(after.task.dueAt).toBe(T0 + 2 * HOUR);
    expect(after.instance.deadlineAt).toBe(deadlineAt);
    const entries = (after.timeline as { type: string; actorName: string; data: Record<string, unknown> }[]).filter((e) => e.type === 'flow.dueExtended');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorName: expect.any(String), data: { from: T0 + 15 * MINUTE, to: T0 + 2 * HOUR, comment: '客户在外地，下午到案场' } });
    expect(entries[0]!.actorName).not.toBe('');
    // The consultant working the step is told.
    expect(count(ts, 'outbox', "kind = 'notify' and payload like ?", '%延期至%')).toBe(1);

    // Past the old due time: no breach, no escalation to the site manager.
    await ts.advanceClock(16 * MINUTE);
    expect(slaEvents(ts, taskId)).toEqual([]);
    expect((await detail(consultant)).task.breached).toBe(false);
    // At the new one: the breach and the first escalation, once.
    await ts.advanceClock(2 * HOUR - 16 * MINUTE);
    expect(slaEvents(ts, taskId)).toEqual(['flow.breached', 'flow.escalated:1']);
    await ts.advanceClock(MINUTE);
    expect(slaEvents(ts, taskId)).toEqual(['flow.breached', 'flow.escalated:1']);
    expect((await detail(consultant)).task.breached).toBe(true);
  });
});
