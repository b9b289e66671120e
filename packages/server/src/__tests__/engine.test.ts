import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, refundData, signIn, startRefund, type Client } from './helpers.js';

describe('engine service: one transaction per command, optimistic concurrency, idempotency', () => {
  let ts: TestServer;
  let consultant: Client;
  let supervisor: Client;
  beforeAll(async () => {
    ts = await demoServer();
    consultant = await signIn(ts, 'consultant');
    supervisor = await signIn(ts, 'salesSupervisor');
  });
  afterAll(() => ts.close());

  it('20 concurrent completions of one task: exactly one succeeds, 19 get 409, audit shows one completion', async () => {
    // Given an open review task
    const run = await startRefund(consultant, supervisor);
    // When the supervisor's phone sends the approval 20 times at once
    const results = await Promise.all(Array.from({ length: 20 }, () => supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion })));
    // Then one wins and the others are told the task changed
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.code))).toEqual(new Set(['API_VERSION_CONFLICT']));
    expect(count(ts, 'events', "task_id = ? and type = 'flow.taskCompleted'", run.taskId)).toBe(1);
    const detail = await supervisor.get(`/api/projects/prj_yunqi/instances/${run.instanceId}`);
    expect(detail.body.tasks.find((t: { id: string }) => t.id === run.taskId).status).toBe('closed');
    expect(detail.body.tasks.filter((t: { status: string }) => t.status === 'open').map((t: { nodeId: string }) => t.nodeId)).toEqual(['archive']);
    const history = await consultant.get(`/api/projects/prj_yunqi/records/${run.recordId}/history`);
    expect(history.body.instances.map((i: { id: string }) => i.id)).toEqual([run.instanceId]);
    expect(history.body.events.filter((e: { type: string }) => e.type === 'flow.taskCompleted')).toHaveLength(1);
    expect(history.body.events[0].type).toBe('record.created');
  });

  it('an illegal action on a closed task answers 409 with the runtime code', async () => {
    const run = await startRefund(consultant, supervisor);
    await supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion }).expect(200);
    const fresh = await supervisor.get(`/api/tasks/${run.taskId}`);
    const again = await supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: fresh.body.task.version });
    expect(again.status).toBe(409);
    expect(again.body.message.zh).toBeTruthy();
  });

  it('a consultant who is not an assignee cannot approve (4xx, nothing changes)', async () => {
    const run = await startRefund(consultant, supervisor);
    const res = await consultant.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(count(ts, 'events', "task_id = ? and type = 'flow.taskCompleted'", run.taskId)).toBe(0);
  });

  it('replays an idempotent submission: one record, one outbox row; another body with the same key gets 422', async () => {
    const key = 'phone-submit-7f3a';
    const recordsBefore = count(ts, 'records');
    const outboxBefore = count(ts, 'outbox');
    const body = { flowKey: 'refund', data: { ...refundData, customerName: '李女士' } };
    const first = await consultant.post('/api/projects/prj_yunqi/instances', body, { 'idempotency-key': key });
    const second = await consultant.post('/api/projects/prj_yunqi/instances', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(count(ts, 'records') - recordsBefore).toBe(1);
    expect(count(ts, 'outbox') - outboxBefore).toBe(1);
    const changed = await consultant.post('/api/projects/prj_yunqi/instances', { ...body, data: { ...body.data, depositAmount: 1 } }, { 'idempotency-key': key });
    expect(changed.status).toBe(422);
    expect(changed.body.code).toBe('API_IDEMPOTENCY_MISMATCH');
    expect(count(ts, 'records') - recordsBefore).toBe(1);
  });

  it('keys are per user: the same key from another user is a new request', async () => {
    const key = 'shared-key-1';
    const a = await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData }, { 'idempotency-key': key });
    const other = await signIn(ts, 'consultant2');
    const b = await other.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData }, { 'idempotency-key': key });
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('notifies the assignees in-app after commit', async () => {
    await startRefund(consultant, supervisor);
    await ts.advanceClock(0);
    const list = await supervisor.get('/api/notifications?unread=true');
    expect(list.body.unread).toBeGreaterThan(0);
    expect(list.body.items[0].title.zh).toBeTruthy();
    const read = await supervisor.post('/api/notifications/read', {});
    expect(read.body.unread).toBe(0);
  });
});
