import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot } from './support/index.js';
import { DESKTOP, P, PHONE, fillFirstInterview, recordsTotal, startWorkspaceApp, zhangInterview, type WorkspaceApp } from './workspace-harness.js';

const HOUR = 3600_000;
const inboxPath = `/p/${P}/workspace`;
type Task = { id: string; nodeId: string; instanceId: string; breached: boolean; status: string };

// The seed's cancellation case end to end in the browser: filed on a phone at the sales desk,
// routed by type, approved on a desktop, overdue after 25 hours and escalated; then the same
// filing without network, sent once when the network returns.
describe('workspace: a cancellation request from phone to escalation', () => {
  let app: WorkspaceApp;
  beforeAll(async () => { app = await startWorkspaceApp(); });
  afterAll(async () => { await app?.close(); });

  it('files on a phone, routes by type, is approved on a desktop, and escalates after 25 hours', async () => {
    // Given a consultant on a 390 px phone who opens 发起 and the cancellation flow
    const { page } = await app.open('consultant', PHONE, `${inboxPath}/start`);
    const errors = collectErrors(page);
    await page.getByTestId('start-cancellation-e2e').click();
    await page.getByTestId('start-form').waitFor();
    expect(await page.getByTestId('form-renderer').getAttribute('data-layout')).toBe('phone');
    // When the first interview is filled (reasons as checkboxes plus text, amount, payment, third party, expected date)
    await fillFirstInterview(page);
    // Then the draft autosaves on the device
    await page.getByTestId('draft-saved').waitFor();
    await screenshot(page, 'workspace-start-phone');
    // And every control is touch-sized
    const small = await page.locator('[data-testid=start-form] .ant-btn, [data-testid=start-form] .ant-select-selector, [data-testid=start-form] .ant-input-affix-wrapper').evaluateAll(
      (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null && e.getBoundingClientRect().height < 44)
        .map((e) => `${e.className} "${(e.textContent ?? '').trim()}" ${Math.round(e.getBoundingClientRect().height)}px`));
    expect(small).toEqual([]);
    await page.getByTestId('start-submit').click();
    await page.waitForURL((u) => u.pathname === inboxPath);
    expect(await recordsTotal(app, 'zxs')).toBe(1);

    // Then the case routed by type: the family dispute goes to the sales supervisor, not finance
    const supervisorApi = await app.api('salesSupervisor');
    const mine = (await supervisorApi.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as Task[];
    const review = mine.find((t) => t.nodeId === 'supervisorReview');
    expect(review).toBeTruthy();
    const finance = (await (await app.api('financeSpecialist')).request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as Task[];
    expect(finance).toHaveLength(0);

    // When the supervisor opens it on a desktop: inbox → task page with the form and the timeline
    const desk = await app.open('salesSupervisor', DESKTOP, inboxPath);
    await desk.page.locator(`[data-task-id="${review!.id}"]`).waitFor();
    await desk.page.locator(`[data-task-id="${review!.id}"] a`).first().click();
    await desk.page.getByTestId('task-page').waitFor();
    await desk.page.getByTestId('timeline-item').first().waitFor();
    await desk.page.getByText('家人意见不统一').first().waitFor();
    await screenshot(desk.page, 'workspace-task-desktop');
    // And approves with a comment
    await desk.page.getByTestId('action-approve').click();
    await desk.page.getByTestId('action-comment-text').fill('同意，安排二次家庭会谈');
    await desk.page.getByTestId('action-confirm').click();
    await desk.page.waitForURL((u) => u.pathname === inboxPath);
    await desk.context.close();

    // Then the family meeting waits for the customer service lead
    const leadApi = await app.api('customerServiceLead');
    const meeting = ((await leadApi.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as Task[]).find((t) => t.nodeId === 'familyMeeting');
    expect(meeting).toBeTruthy();
    expect(meeting!.breached).toBe(false);

    // When the test clock moves 25 hours
    await app.server.advanceClock(25 * HOUR);
    // Then the lead's inbox shows the breach in red
    const lead = await app.open('customerServiceLead', DESKTOP, inboxPath);
    const leadItem = lead.page.locator(`[data-task-id="${meeting!.id}"]`);
    await leadItem.waitFor();
    expect(await leadItem.getAttribute('data-sla')).toBe('breached');
    await leadItem.getByText(/已超时/).waitFor();
    await lead.context.close();
    // And the escalation lands in the site manager's inbox
    const manager = await app.open('siteManager', DESKTOP, inboxPath);
    const managerItem = manager.page.locator(`[data-task-id="${meeting!.id}"]`);
    await managerItem.waitFor();
    expect(await managerItem.getAttribute('data-sla')).toBe('breached');
    await screenshot(manager.page, 'workspace-inbox-desktop');
    await manager.context.close();
    // And the consultant sees it overdue under 我发起的 on the phone, and may urge
    await page.goto(`${inboxPath}?scope=started`);
    const started = page.locator(`[data-task-id="${meeting!.id}"]`);
    await started.waitFor();
    expect(await started.getAttribute('data-sla')).toBe('breached');
    await screenshot(page, 'workspace-inbox-phone');
    await started.getByTestId('urge').click();
    await page.getByText('已催办').waitFor();
    // And the task page works on the phone too (read-only for the consultant, timeline with the breach)
    await started.locator('a').first().click();
    await page.getByTestId('task-page').waitFor();
    await page.locator('[data-testid=timeline-item][data-type="flow.breached"]').first().waitFor();
    await screenshot(page, 'workspace-task-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);

  it('keeps an offline submission on the phone and sends it exactly once when back online', async () => {
    // Given a consultant on the start form with the first interview filled
    const before = await recordsTotal(app);
    const { context, page } = await app.open('consultant2', PHONE, `${inboxPath}/start/cancellation-e2e`);
    await page.getByTestId('start-form').waitFor();
    await fillFirstInterview(page, '李女士', '13900001111');
    // When the network drops and the consultant submits
    await context.setOffline(true);
    await page.getByTestId('start-submit').click();
    // Then it is kept on the device as 等待发送 and nothing reached the server
    const item = page.getByTestId('outbox-item');
    await item.waitFor();
    await item.getByText('等待发送').waitFor();
    await page.getByTestId('offline-banner').waitFor();
    expect(await recordsTotal(app)).toBe(before);
    // When the network returns
    await context.setOffline(false);
    // Then the consultant is told it was sent, the outbox empties and exactly one record exists
    await page.getByText(/^离线提交已发送：/).waitFor({ timeout: 30_000 });
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    expect(await recordsTotal(app)).toBe(before + 1);
    // And a reload (which flushes the outbox again) does not double it
    await page.reload();
    await page.getByTestId('inbox-list').or(page.getByText('暂无待办')).first().waitFor();
    expect(await recordsTotal(app)).toBe(before + 1);
    expect(await recordsTotal(app, 'lns')).toBe(1);
  }, 300_000);

  it('asks for the comment of 评论 and the reason of 驳回 in their own words, without a page error', async () => {
    // Given a family-dispute case waiting for the sales supervisor, who may comment on it or reject it
    const filer = await app.api('consultant2');
    const started = await filer.request('POST', `/api/projects/${P}/instances`, { flowKey: 'cancellation-e2e', data: { ...zhangInterview, customerName: '陈女士', customerPhone: '13500005555' } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const supervisorApi = await app.api('salesSupervisor');
    const review = ((await supervisorApi.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as Task[]).find((t) => t.instanceId === started.body.instanceId);
    expect(review?.nodeId).toBe('supervisorReview');
    const { page } = await app.open('salesSupervisor', DESKTOP, `${inboxPath}/tasks/${review!.id}`);
    const errors = collectErrors(page);
    await page.getByTestId('task-page').waitFor();
    const dialog = page.getByRole('dialog');
    const box = dialog.getByTestId('action-comment-text');
    const cancel = async () => {
      await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
      await dialog.waitFor({ state: 'detached' });
    };

    // When the supervisor opens 评论, whose comment is required, and presses it twice with nothing typed
    await page.getByTestId('action-comment').click();
    expect(await box.getAttribute('placeholder')).not.toContain('可选');
    await dialog.getByTestId('action-confirm').click();
    // Then the dialog asks for the comment itself, not with the placeholder's "optional" text, and stays open
    await dialog.getByText('请填写评论内容').waitFor();
    await dialog.getByTestId('action-confirm').click();
    expect(await dialog.getByText('填写意见（可选）').count()).toBe(0);
    await cancel();

    // When 驳回 is pressed with no reason
    await page.getByTestId('action-reject').click();
    expect(await box.getAttribute('placeholder')).not.toContain('可选');
    await dialog.getByTestId('action-confirm').click();
    // Then it asks for the reason
    await dialog.getByText('请填写驳回理由').waitFor();
    await cancel();

    // And a comment with text still goes through and shows in the timeline
    await page.getByTestId('action-comment').click();
    await box.fill('请补充客户家人的意见');
    await dialog.getByTestId('action-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('timeline').getByText('请补充客户家人的意见').waitFor();
    // And none of the refused tries left an error on the page
    expect(errors).toEqual([]);
  }, 300_000);
});
