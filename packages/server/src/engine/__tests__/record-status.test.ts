import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, refundData, signIn, startRefund, type Client } from '../../__tests__/helpers.js';

// A record's status follows its flows: 进行中 while one runs, then how the case ended, written in
// the transaction of the decision that ended the last one.
describe('record status follows its flow instances', () => {
  let ts: TestServer;
  let consultant: Client;
  let supervisor: Client;
  let service: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, supervisor, service] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor'), signIn(ts, 'customerService')]);
  });
  afterAll(() => ts.close());

  const record = async (id: string) => (await consultant.get(`/api/projects/prj_yunqi/records/${id}`)).body as { status: string; version: number };
  const instanceVersion = async (id: string) => (await consultant.get(`/api/projects/prj_yunqi/instances/${id}`)).body.version as number;

  async function finishRefund(run: { instanceId: string; taskId: string; taskVersion: number }): Promise<void> {
    await supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion }).expect(200);
    const tasks = (await service.get('/api/tasks?scope=mine&projectId=prj_yunqi')).body.items as { id: string; instanceId: string; version: number }[];
    const archive = tasks.find((t) => t.instanceId === run.instanceId)!;
    await service.post(`/api/tasks/${archive.id}/actions`, { action: 'submit', version: archive.version, data: { archiveNote: '已归档' } }).expect(200);
  }

  it('stays open while a second flow of the record runs, and closes when that last one completes', async () => {
    // Given a case with two work orders running on one record
    const first = await startRefund(consultant, supervisor, { ...refundData, unitNo: '7-1-101' });
    const second = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', recordId: first.recordId }).expect(201);
    expect((await record(first.recordId)).status).toBe('open');
    // When the first one completes, the record is still open: the second runs
    await finishRefund(first);
    expect((await record(first.recordId)).status).toBe('open');
    // When the second is withdrawn, the case is over: it completed once, so the record is closed
    await consultant.post(`/api/projects/prj_yunqi/instances/${second.body.instanceId}/actions`, { action: 'withdraw', version: await instanceVersion(second.body.instanceId), comment: '客户改期' }).expect(200);
    const closed = await record(first.recordId);
    expect(closed.status).toBe('closed');
    // And the tracking table filters on it
    const list = await consultant.get(`/api/projects/prj_yunqi/records?form=refund-request&filter=${encodeURIComponent(JSON.stringify([{ field: 'status', op: 'eq', value: 'closed' }]))}`);
    expect(list.body.items.map((r: { id: string }) => r.id)).toContain(first.recordId);
  });

  it('a case withdrawn before any completion shows 已撤回 (withdrawn); a stale edit of the record gets 409', async () => {
    const run = await startRefund(consultant, supervisor, { ...refundData, unitNo: '7-1-102' });
    const before = await record(run.recordId);
    await consultant.post(`/api/projects/prj_yunqi/instances/${run.instanceId}/actions`, { action: 'withdraw', version: await instanceVersion(run.instanceId), comment: '录错了' }).expect(200);
    const after = await record(run.recordId);
    expect(after.status).toBe('withdrawn');
    expect((await consultant.patch(`/api/projects/prj_yunqi/records/${run.recordId}`, { data: { detail: '改' }, version: before.version })).status).toBe(409);
  });
});
