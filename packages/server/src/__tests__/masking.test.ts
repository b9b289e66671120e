import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, refundData, signIn, startRefund, type Client } from './helpers.js';

describe('masking: personal data masked per role, unmasking audited', () => {
  let ts: TestServer;
  let owner: Client;
  let recordId: string;
  beforeAll(async () => {
    ts = await demoServer();
    owner = await signIn(ts, 'consultant');
    recordId = (await owner.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData })).body.id;
  });
  afterAll(() => ts.close());

  it("another consultant sees 138****1234 for this consultant's customer, in lists and detail", async () => {
    const other = await signIn(ts, 'consultant2');
    const detail = await other.get(`/api/projects/prj_yunqi/records/${recordId}`);
    expect(detail.body.data.customerPhone).toBe('138****1234');
    expect(detail.body.data.customerName).not.toBe('张先生');
    expect(detail.body.masked).toEqual(expect.arrayContaining(['customerPhone', 'customerName']));
    const list = await other.get('/api/projects/prj_yunqi/records?form=refund-request');
    expect(JSON.stringify(list.body)).not.toContain('13812341234');
  });

  it('the owner and the site manager see it in clear', async () => {
    expect((await owner.get(`/api/projects/prj_yunqi/records/${recordId}`)).body.data.customerPhone).toBe('13812341234');
    const manager = await signIn(ts, 'siteManager');
    expect((await manager.get(`/api/projects/prj_yunqi/records/${recordId}`)).body.data.customerPhone).toBe('13812341234');
  });

  it('search by pinyin initials finds 张先生 (zxs) and stays masked', async () => {
    const other = await signIn(ts, 'consultant2');
    const found = await other.get('/api/projects/prj_yunqi/records?q=zxs');
    expect(found.body.items.map((r: { id: string }) => r.id)).toContain(recordId);
    expect(found.body.items[0].title).not.toBe('张先生');
    expect((await other.get('/api/projects/prj_yunqi/records?q=13812341234')).body.total).toBe(0);
  });

  it('unmasking is explicit and every unmask is in the audit', async () => {
    const other = await signIn(ts, 'consultant2');
    const res = await other.post(`/api/projects/prj_yunqi/records/${recordId}/unmask`, { field: 'customerPhone' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ field: 'customerPhone', value: '13812341234' });
    await other.post(`/api/projects/prj_yunqi/records/${recordId}/unmask`, { field: 'customerName' });
    const audit = await owner.get(`/api/projects/prj_yunqi/records/${recordId}/unmask-audit`);
    expect(audit.body.map((a: { actorId: string; field: string }) => `${a.actorId}:${a.field}`)).toEqual(['usr_consultant2:customerPhone', 'usr_consultant2:customerName']);
    const notSensitive = await other.post(`/api/projects/prj_yunqi/records/${recordId}/unmask`, { field: 'unitNo' });
    expect(notSensitive.status).toBe(400);
  });

  it('filters, sorts and pages records', async () => {
    await owner.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: { ...refundData, customerName: '王五', depositAmount: 100, reason: 'loanFailed' } });
    const manager = await signIn(ts, 'siteManager');
    const filter = encodeURIComponent(JSON.stringify([{ field: 'reason', op: 'eq', value: 'loanFailed' }]));
    const res = await manager.get(`/api/projects/prj_yunqi/records?form=refund-request&filter=${filter}`);
    expect(res.body.items.map((r: { data: { customerName: string } }) => r.data.customerName)).toEqual(['王五']);
    const sorted = await manager.get('/api/projects/prj_yunqi/records?form=refund-request&sort=depositAmount&pageSize=1');
    expect(sorted.body.items[0].data.depositAmount).toBe(100);
    expect(sorted.body.total).toBe(2);
  });

  // Last: it adds a record, which the paging test above counts.
  it('a reviewer who sees the customer masked submits the form as shown: the masks change nothing', async () => {
    const supervisor = await signIn(ts, 'salesSupervisor');
    const run = await startRefund(owner, supervisor);
    const shown = (await supervisor.get(`/api/projects/prj_yunqi/records/${run.recordId}`)).body;
    expect(shown.data.customerPhone).toBe('138****1234');
    const res = await supervisor.post(`/api/tasks/${run.taskId}/actions`, { action: 'approve', version: run.taskVersion, data: { ...shown.data, reviewNote: '已电话确认' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const stored = (await owner.get(`/api/projects/prj_yunqi/records/${run.recordId}`)).body.data;
    expect(stored).toMatchObject({ customerPhone: '13812341234', customerName: '张先生', reviewNote: '已电话确认' });
  });
});
