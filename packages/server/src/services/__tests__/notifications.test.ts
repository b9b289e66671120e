import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, refundData, signIn, startRefund, type Client } from '../../__tests__/helpers.js';
import { outboxRepo } from '../../repos/outbox-repo.js';

type Item = { title: { zh: string; en: string }; body: { zh: string; en: string } | null; link: string | null; projectId: string | null; readAt: number | null };

/** The workspace task page route of the web app (packages/designer/src/workspace/routes.tsx). */
const TASK_PAGE = /^\/p\/([^/]+)\/workspace\/tasks\/([^/]+)$/;

describe('in-app notifications: links to their page, the case named in the body', () => {
  let ts: TestServer;
  let consultant: Client;
  let supervisor: Client;
  let manager: Client;
  beforeAll(async () => {
    ts = await demoServer();
    consultant = await signIn(ts, 'consultant');
    supervisor = await signIn(ts, 'salesSupervisor');
    manager = await signIn(ts, 'siteManager');
  });
  afterAll(() => ts.close());

  const items = async (client: Client): Promise<Item[]> => (await client.get('/api/notifications')).body.items;

  it('a new-task notification opens the task page of its project, and that task is there', async () => {
    const run = await startRefund(consultant, supervisor, { ...refundData, customerName: '赵先生' });
    await ts.advanceClock(0);
    const mine = (await items(supervisor)).find((n) => n.link?.endsWith(`/tasks/${run.taskId}`));
    expect(mine?.link).toBe(`/p/prj_yunqi/workspace/tasks/${run.taskId}`);
    const [, projectId, taskId] = TASK_PAGE.exec(mine!.link!)!;
    expect(projectId).toBe('prj_yunqi');
    expect((await supervisor.get(`/api/tasks/${taskId}`)).status).toBe(200);
  });

  it('names the case masked for a supervisor who does not own the customer (赵**), zh and en', async () => {
    const run = await startRefund(consultant, supervisor, { ...refundData, customerName: '赵先生' });
    await ts.advanceClock(0);
    const mine = (await items(supervisor)).find((n) => n.link?.endsWith(`/tasks/${run.taskId}`))!;
    expect(mine.title.zh).toMatch(/^您有新的待办：/);
    expect(mine.body).toEqual({ zh: '工单：赵**', en: 'Case: 赵**' });
    expect(JSON.stringify(mine)).not.toContain('赵先生');
  });

  it('an alert about a case opens its record page; a site manager sees the name in clear', async () => {
    const run = await startRefund(consultant, supervisor, { ...refundData, customerName: '钱女士' });
    const ctx = ts.server.ctx;
    const now = ctx.clock.now();
    const message = { zh: '自动步骤失败，请人工处理', en: 'An automatic step failed; handle it by hand' };
    outboxRepo.insert(ctx.db, {
      id: `obx_t_${run.recordId}`, projectId: 'prj_yunqi', kind: 'alert', dedupeKey: `test-alert:${run.recordId}`,
      payload: { kind: 'alert', level: 'critical', message, instanceId: run.instanceId, recordId: run.recordId },
      status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now,
    });
    await ts.advanceClock(0);
    const alert = (await items(manager)).find((n) => n.title.zh === message.zh)!;
    expect(alert.link).toBe(`/p/prj_yunqi/workspace/records/${run.recordId}`);
    expect(alert.body).toEqual({ zh: '工单：钱女士', en: 'Case: 钱女士' });
  });

  it('the assignee’s notice of a cancelled case opens its record page, the name masked for them', async () => {
    const run = await startRefund(consultant, supervisor, { ...refundData, customerName: '孙先生' });
    const detail = await consultant.get(`/api/projects/prj_yunqi/instances/${run.instanceId}`);
    const res = await consultant.post(`/api/projects/prj_yunqi/instances/${run.instanceId}/actions`, { action: 'cancel', version: detail.body.version });
    expect([res.status, res.body.code]).toEqual([200, undefined]);
    await ts.advanceClock(0);
    const notice = (await items(supervisor)).find((n) => n.link === `/p/prj_yunqi/workspace/records/${run.recordId}`);
    expect(notice?.title.zh).toBe('工单已被取消');
    expect(notice?.body?.zh).toBe('工单：孙**');
  });
});
