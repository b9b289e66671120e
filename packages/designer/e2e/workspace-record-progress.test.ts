import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot } from './support/index.js';
import { cancellationFlow, P, PHONE, startWorkspaceApp, zhangInterview, type WorkspaceApp } from './workspace-harness.js';

// The record page tells where the customer's case stands: the flow, its open step, who holds it and
// how long is left, one tap from the step; and below, everything that happened to the customer.
describe('workspace: a customer\'s progress on the record page', () => {
  let app: WorkspaceApp;
  let recordId = '';
  let instanceId = '';
  beforeAll(async () => {
    app = await startWorkspaceApp();
    // Given 王芳 filed 张先生's first interview: the 退订工单 waits for the sales supervisor's approval
    const wang = await app.api('consultant');
    const res = await wang.request('POST', `/api/projects/${P}/instances`, { flowKey: cancellationFlow.key, data: zhangInterview });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ({ recordId, instanceId } = res.body as { recordId: string; instanceId: string });
  });
  afterAll(async () => { await app?.close(); });

  it('the site manager on a phone sees the open step, who holds it and the time left, reads the activity, opens the step and comes back by 客户详情', async () => {
    const { page } = await app.open('siteManager', PHONE, `/p/${P}/workspace/records/${recordId}`);
    const errors = collectErrors(page);
    // Then 办理进度 names the flow, running, started by 王芳
    const flow = page.getByTestId('record-flow').filter({ hasText: '退订工单（首谈直报）' });
    await flow.waitFor();
    expect(await flow.getByTestId('record-flow-status').innerText()).toBe('进行中');
    await flow.getByText(/王芳.* 发起于 /).waitFor();
    // And its open step: 销售主管审批, held by 陈静, with its 24-hour countdown
    const step = flow.getByTestId('record-flow-step');
    expect(await step.count()).toBe(1);
    await step.getByText('销售主管审批').waitFor();
    await step.getByText(/处理人：.*陈静/).waitFor();
    expect(await step.getByTestId('sla').getAttribute('data-sla')).toBe('ok');
    // And 动态 tells the story: the record created, the flow (named) started, the step created
    const activity = page.getByTestId('record-activity');
    const types = await activity.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-type')));
    expect(types.slice(0, 2)).toEqual(['record.created', 'flow.started']);
    await activity.locator('[data-type="flow.started"]').getByText('退订工单（首谈直报）').waitFor();
    await activity.locator('[data-type="flow.taskCreated"]').first().getByText('销售主管审批').waitFor();
    // And nothing sticks out of the phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'workspace-record-progress-phone');
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);

    // When the manager taps the step, its page opens
    await step.click();
    await page.waitForURL(/\/workspace\/tasks\//);
    await page.getByTestId('task-page').getByText('销售主管审批').first().waitFor();
    // And 客户详情 on the step's page leads back to the customer
    await page.getByTestId('task-record-link').click();
    await page.waitForURL(new RegExp(`/workspace/records/${recordId}$`));
    await page.getByTestId('record-flows').waitFor();

    // When 陈静 approves, the record page shows the next step instead (the family meeting)
    const chen = await app.api('salesSupervisor');
    const tasks = (await chen.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as { id: string; instanceId: string; version: number }[];
    const review = tasks.find((t) => t.instanceId === instanceId)!;
    const approved = await chen.request('POST', `/api/tasks/${review.id}/actions`, { action: 'approve', version: review.version, comment: '同意，安排家庭会谈' });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    await page.goto(`/p/${P}/workspace/records/${recordId}`);
    await flow.getByTestId('record-flow-step').getByText('二次家庭会谈').waitFor();
    expect(await flow.getByTestId('record-flow-step').getByText('销售主管审批').count()).toBe(0);
    await activity.getByText('同意，安排家庭会谈').waitFor();
  }, 180_000);

  it('says when the progress cannot be read, and shows it after 重试', async () => {
    const { page } = await app.open('siteManager', PHONE, `/p/${P}/workspace`);
    // Given the server cannot answer for the customer's flows
    await page.route('**/records/*/history', (route) => route.fulfill({ status: 503, contentType: 'application/json',
      body: JSON.stringify({ code: 'UNAVAILABLE', message: { zh: '服务暂时不可用，请稍后重试', en: 'Service unavailable; retry later' } }) }));
    await page.goto(`/p/${P}/workspace/records/${recordId}`);
    // Then the record shows, with the reason the progress is missing (after the client's own retries)
    await page.getByTestId('record-page').waitFor();
    const alert = page.getByTestId('record-history-error');
    await alert.getByText('服务暂时不可用，请稍后重试').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('record-flows').count()).toBe(0);
    // When the server answers again and the manager taps 重试, the progress appears
    await page.unroute('**/records/*/history');
    await alert.getByTestId('record-history-retry').click();
    await page.getByTestId('record-flow').first().waitFor();
    expect(await alert.count()).toBe(0);
  }, 120_000);
});
