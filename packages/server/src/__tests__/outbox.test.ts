import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { checkRobotUrlShape, robotPayload } from '../index.js';
import { demoServer, refundData, signIn, type Client } from './helpers.js';

const m = (zh: string, en: string) => ({ zh, en });
const robotFlow = (robot: string) => ({
  key: `alert-${robot}`, name: m('群提醒', 'Group alert'), formKey: 'refund-request',
  nodes: [
    { id: 'start', kind: 'start', name: m('开始', 'Start') },
    { id: 'tell', kind: 'action', name: m('通知群', 'Tell the group'), steps: [{ kind: 'notify', to: [{ kind: 'initiator' }], robots: [robot], template: { title: m('新退订申请 {unitNo}', 'New cancellation {unitNo}') } }] },
    { id: 'review', kind: 'task', name: m('审核', 'Review'), taskType: 'approve', mode: 'any', assignees: [{ kind: 'role', role: 'salesSupervisor' }], actions: ['approve', 'reject'] },
    { id: 'end', kind: 'end', name: m('结束', 'End') },
  ],
  edges: [{ id: 'a', source: 'start', target: 'tell' }, { id: 'b', source: 'tell', target: 'review' }, { id: 'c', source: 'review', target: 'end' }],
});

describe('outbox: robot webhooks with retries, failures visible to admins', () => {
  let ts: TestServer;
  let hook: Server;
  let hookUrl: string;
  const received: { path: string; body: Record<string, unknown> }[] = [];
  let manager: Client;
  let consultant: Client;

  beforeAll(async () => {
    hook = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(text) });
        res.writeHead(req.url === '/down' ? 500 : 200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}`;
    ts = await demoServer();
    manager = await signIn(ts, 'siteManager');
    consultant = await signIn(ts, 'consultant');
    for (const [key, path] of [['site-group', '/hook'], ['broken', '/down']] as const) {
      expect((await manager.put(`/api/projects/prj_yunqi/robots/${key}`, { kind: 'wecom', name: '案场群', url: hookUrl + path })).status).toBe(200);
      const flow = robotFlow(key);
      expect((await manager.post('/api/projects/prj_yunqi/flows', { definition: flow })).body.issues).toEqual([]);
      expect((await manager.post(`/api/projects/prj_yunqi/flows/${flow.key}/publish`, {})).status).toBe(201);
    }
  });
  afterAll(async () => {
    await ts.close();
    hook.close();
  });

  it('sends a WeCom markdown message with a link, once', async () => {
    await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'alert-site-group', data: refundData }).expect(201);
    await ts.advanceClock(0);
    await ts.advanceClock(0);
    const sent = received.filter((r) => r.path === '/hook');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.msgtype).toBe('markdown');
    expect(JSON.stringify(sent[0]!.body)).toContain('新退订申请 3-1-1502');
    expect(JSON.stringify(sent[0]!.body)).toMatch(/\/p\/prj_yunqi\/workspace\/records\/rec_/);
  });

  it('retries a failing robot with backoff, then shows it as failed to admins', async () => {
    await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'alert-broken', data: refundData }).expect(201);
    await ts.advanceClock(0);
    for (let i = 0; i < 8; i++) await ts.advanceClock(60 * 60 * 1000);
    const attempts = received.filter((r) => r.path === '/down').length;
    expect(attempts).toBe(6);
    const admin = await signIn(ts, 'admin');
    const failed = await admin.get('/api/admin/outbox?status=failed');
    expect(failed.body).toHaveLength(1);
    expect(failed.body[0]).toMatchObject({ kind: 'robot', attempts: 6, lastError: 'HTTP 500' });
    await admin.post(`/api/admin/outbox/${failed.body[0].id}/retry`, {}).expect(200);
    expect((await admin.get('/api/admin/outbox?status=failed')).body).toHaveLength(0);
  });

  it('refuses robot URLs that are not https, not allow-listed, or private (outside test mode)', () => {
    const opts = { allowList: ['qyapi.weixin.qq.com', '*.feishu.cn'], testMode: false };
    expect(() => checkRobotUrlShape('http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=1', opts)).toThrow(/https/);
    expect(() => checkRobotUrlShape('https://evil.example.com/hook', opts)).toThrow(/allow-list/);
    expect(() => checkRobotUrlShape('https://127.0.0.1/hook', opts)).toThrow(/private/);
    expect(() => checkRobotUrlShape('https://10.0.0.8/hook', opts)).toThrow(/private/);
    expect(checkRobotUrlShape('https://open.feishu.cn/open-apis/bot/v2/hook/x', opts).hostname).toBe('open.feishu.cn');
    expect(robotPayload('dingtalk', { title: '超时', link: 'https://x/tasks/1' })).toMatchObject({ msgtype: 'markdown', markdown: { title: '超时' } });
    expect(robotPayload('feishu', { title: '超时', link: 'https://x/tasks/1' })).toMatchObject({ msg_type: 'text' });
  });
});
