import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, refundData, signIn, type Client } from '../../__tests__/helpers.js';
import { outboxRepo } from '../../repos/outbox-repo.js';

type Item = { title: { zh: string; en: string }; body: { zh: string; en: string } | null; link: string | null };

const m = (zh: string, en: string) => ({ zh, en });
const FLOW_KEY = 'tell-consultants';
/** A flow whose first step tells every consultant, the site manager and the site group who asks to cancel. */
const tellFlow = {
  key: FLOW_KEY, name: m('退订通知', 'Cancellation notice'), formKey: 'refund-request',
  nodes: [
    { id: 'start', kind: 'start', name: m('开始', 'Start') },
    {
      id: 'tell', kind: 'action', name: m('通知', 'Tell'), steps: [{
        kind: 'notify', to: [{ kind: 'role', role: 'consultant' }, { kind: 'role', role: 'siteManager' }], robots: ['site-group'],
        template: { title: m('客户{customerName}申请退订 {unitNo}', 'Customer {customerName} asks to cancel {unitNo}'), body: m('电话 {customerPhone}', 'Phone {customerPhone}') },
      }],
    },
    { id: 'review', kind: 'task', name: m('审核', 'Review'), taskType: 'approve', mode: 'any', assignees: [{ kind: 'role', role: 'salesSupervisor' }], actions: ['approve', 'reject'] },
    { id: 'end', kind: 'end', name: m('结束', 'End') },
  ],
  edges: [{ id: 'a', source: 'start', target: 'tell' }, { id: 'b', source: 'tell', target: 'review' }, { id: 'c', source: 'review', target: 'end' }],
};

describe('notification texts: personal data as each recipient may see it', () => {
  let ts: TestServer;
  let hook: Server;
  const received: string[] = [];
  let owner: Client;
  let otherConsultant: Client;
  let manager: Client;

  beforeAll(async () => {
    hook = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        received.push(text);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    ts = await demoServer();
    owner = await signIn(ts, 'consultant');
    otherConsultant = await signIn(ts, 'consultant2');
    manager = await signIn(ts, 'siteManager');
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    expect((await manager.put('/api/projects/prj_yunqi/robots/site-group', { kind: 'wecom', name: '案场群', url })).status).toBe(200);
    expect((await manager.post('/api/projects/prj_yunqi/flows', { definition: tellFlow })).body.issues).toEqual([]);
    expect((await manager.post(`/api/projects/prj_yunqi/flows/${FLOW_KEY}/publish`, {})).status).toBe(201);
  });
  afterAll(async () => {
    await ts.close();
    hook.close();
  });

  const noticeOf = async (client: Client, recordId: string): Promise<Item | undefined> =>
    ((await client.get('/api/notifications')).body.items as Item[]).find((n) => n.link === `/p/prj_yunqi/workspace/records/${recordId}`);

  it('a consultant who does not own the case sees the name and phone masked; the owner and the site manager see them in clear; the group chat gets the mask', async () => {
    const data = { ...refundData, customerName: '赵六', customerPhone: '13812345678' };
    const started = await owner.post('/api/projects/prj_yunqi/instances', { flowKey: FLOW_KEY, data }).expect(201);
    await ts.advanceClock(0);
    await ts.advanceClock(0);
    const recordId = started.body.recordId as string;

    const other = await noticeOf(otherConsultant, recordId);
    expect(other?.title).toEqual({ zh: '客户赵*申请退订 3-1-1502\n电话 138****5678', en: 'Customer 赵* asks to cancel 3-1-1502\nPhone 138****5678' });
    expect(other?.body).toEqual({ zh: '工单：赵*', en: 'Case: 赵*' });
    expect(JSON.stringify(other)).not.toMatch(/赵六|13812345678/);

    for (const reader of [owner, manager]) {
      const clear = await noticeOf(reader, recordId);
      expect(clear?.title.zh).toBe('客户赵六申请退订 3-1-1502\n电话 13812345678');
      expect(clear?.body).toEqual({ zh: '工单：赵六', en: 'Case: 赵六' });
    }

    const robotBody = received.find((b) => b.includes('3-1-1502'));
    expect(robotBody).toContain('客户赵*申请退订 3-1-1502');
    expect(robotBody).toContain('138****5678');
    expect(robotBody).not.toMatch(/赵六|13812345678/);
  });

  it('a notification stored before notices existed still delivers its stored text', async () => {
    const ctx = ts.server.ctx;
    const now = ctx.clock.now();
    const message = { zh: '旧通知：客户张先生', en: 'Old notice: customer 张先生' };
    outboxRepo.insert(ctx.db, {
      id: 'obx_old_shape', projectId: 'prj_yunqi', kind: 'notify', dedupeKey: 'old-shape:1',
      payload: { kind: 'notify', reason: 'action', to: { users: ['usr_consultant2'] }, message },
      status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
    });
    await ts.advanceClock(0);
    const items = (await otherConsultant.get('/api/notifications')).body.items as Item[];
    expect(items.find((n) => n.title.zh === message.zh)?.body).toBeNull();
  });
});
