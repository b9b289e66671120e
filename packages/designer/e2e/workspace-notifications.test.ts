import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoUserId } from '@siteflow/server/testing';
import { collectErrors, demoIds, screenshot, startTestApp, type TestApp } from './support/index.js';

const P = demoIds.projectYunqi;
const data = { customerName: '赵先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };

// 消息中心: a notification opens its page (new project-scoped links and old /tasks/<id> rows alike),
// names the case as the reader may see it, and opening it marks it read.
describe('workspace: notifications open their task', () => {
  let app: TestApp;
  let taskId = '';
  beforeAll(async () => {
    app = await startTestApp({ startAt: Date.parse('2025-12-22T10:00:00+08:00') });
    const consultant = await app.server.login('consultant');
    const supervisor = await app.server.login('salesSupervisor');
    const started = await consultant.request('POST', `/api/projects/${P}/instances`, { flowKey: 'refund', data });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const inbox = await supervisor.request('GET', `/api/tasks?scope=mine&projectId=${P}`);
    taskId = (inbox.body.items as { id: string; instanceId: string }[]).find((t) => t.instanceId === started.body.instanceId)!.id;
    await app.server.advanceClock(0);
    // A row as databases written before project-scoped links hold it.
    app.server.server.ctx.sqlite.prepare('insert into notifications (id, user_id, project_id, dedupe_key, title, body, link, read_at, created_at) values (?, ?, ?, ?, ?, null, ?, null, ?)')
      .run('ntf_legacy', demoUserId('salesSupervisor'), P, 'legacy-row', JSON.stringify({ zh: '旧版通知：请处理待办', en: 'Old notification: handle the task' }), `/tasks/${taskId}`, Date.parse('2025-12-22T09:00:00+08:00'));
  });
  afterAll(async () => { await app?.close(); });

  const row = (page: Page, text: string) => page.getByTestId('notification').filter({ hasText: text });
  const newTask = (page: Page) => row(page, '您有新的待办').filter({ hasText: '工单：赵**' });

  it('tapping the new-task notification (case name masked for the supervisor) opens the task and marks it read', async () => {
    const { page } = await app.open({ viewport: 'phone', user: 'salesSupervisor', next: `/p/${P}/workspace/notifications` });
    const errors = collectErrors(page);
    const item = newTask(page);
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await page.getByTestId('notifications').innerText()).not.toContain('赵先生');
    expect(await item.getAttribute('data-unread')).toBe('true');
    expect(await item.innerText()).toContain('未读');
    await screenshot(page, 'notifications-phone');
    await item.click();
    await page.waitForURL(`**/p/${P}/workspace/tasks/${taskId}`);
    await page.getByTestId('task-page').waitFor();
    await page.goBack();
    await page.locator('[data-testid="notification"][data-unread="false"]', { hasText: '工单：赵**' }).waitFor();
    expect(await newTask(page).innerText()).not.toContain('未读');
    expect(errors).toEqual([]);
  });

  it('an old /tasks/<id> notification still opens the same task page', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'salesSupervisor', next: `/p/${P}/workspace/notifications` });
    const legacy = row(page, '旧版通知');
    await legacy.first().waitFor();
    await legacy.click();
    await page.waitForURL(`**/p/${P}/workspace/tasks/${taskId}`);
    await page.getByTestId('task-page').waitFor();
  });
});
