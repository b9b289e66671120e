import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, DEMO_PASSWORD, demoUserId, login, screenshot } from './support/index.js';
import { DESKTOP, P, PHONE, startWorkspaceApp, type WorkspaceApp } from './workspace-harness.js';

const workspace = `/p/${P}/workspace`;
const FOLLOWUP = 'customer-followup';
/** What a consultant is told when the record waits on her device, and how 待发送 names it. */
const QUEUED = '网络不可用：记录已保存在本机，网络恢复后自动发送';
const LABEL = '登记记录 · 客户跟进记录';

/** Returns how many 客户跟进记录 match `q`, asked through the API as the site manager. */
async function followUps(app: WorkspaceApp, q: string): Promise<number> {
  const manager = await app.api('siteManager');
  const res = await manager.request('GET', `/api/projects/${P}/records?form=${FOLLOWUP}&pageSize=200&q=${encodeURIComponent(q)}`);
  if (res.status !== 200) throw new Error(`records: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.total as number;
}

/** Answers "是" to the yes/no field `#id`, as a consultant taps it. */
const yes = (page: Page, id: string) => page.locator(`#${id}`).getByText('是', { exact: true }).click();

/** True when the element is inside the visible part of the window. */
const inView = (page: Page, selector: string) => page.locator(selector).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
});

// 客户跟进记录 has no flow: the consultant logs it from the workspace (发起 → 登记记录, or 追踪表 → 新建),
// and the project's rules score it on the spot: any 2 of the 4 risk signals → 一级预警 → the site
// manager must hold a 协调会 within 2 hours (templates/followup-risk).
describe('workspace: logging a record of a form without a flow', () => {
  let app: WorkspaceApp;
  beforeAll(async () => { app = await startWorkspaceApp(); });
  afterAll(async () => { await app?.close(); });

  it('a consultant logs a follow-up with 2 of the 4 risk signals on a phone; the site manager gets the 协调会 task', async () => {
    // Given consultant 王芳 on her phone at 发起
    const { page } = await app.open('consultant', PHONE, `${workspace}/start`);
    const errors = collectErrors(page);
    // Then 登记记录 lists 客户跟进记录, but not the work orders a flow starts
    const section = page.getByTestId('start-log');
    await section.getByText('登记记录').waitFor();
    await section.getByTestId(`log-${FOLLOWUP}`).getByText('客户跟进记录').waitFor();
    expect(await section.getByTestId('log-cancellation-work-order').count()).toBe(0);
    expect(await section.getByTestId('log-coordination-meeting').count()).toBe(0);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'workspace-start-log-phone');

    // When she opens it and logs 钱先生, who compares other projects without naming one and asks whether the deposit is refundable
    await section.getByTestId(`log-${FOLLOWUP}`).click();
    await page.getByTestId('record-create').waitFor();
    await page.getByTestId('record-create').getByRole('heading', { name: '客户跟进记录' }).waitFor();
    await page.locator('#customerName').fill('钱先生');
    await page.locator('#customerPhone').fill('13811112222');
    await yes(page, 'mentionsComparison');
    await yes(page, 'askedDepositRefund');
    await screenshot(page, 'workspace-log-record-phone');
    await page.getByTestId('record-save').click();

    // Then she sees the saved record, raised to 一级预警 by the rules
    await page.waitForURL((u) => u.pathname.startsWith(`${workspace}/records/`));
    const record = page.getByTestId('record-page');
    await record.getByText('钱先生').first().waitFor();
    await record.locator('[data-field="riskLevel"]').getByText('一级预警').waitFor();
    expect(await followUps(app, '钱先生')).toBe(1);
    await screenshot(page, 'workspace-log-record-saved-phone');
    expect(errors).toEqual([]);

    // When the site manager opens 我的待办
    const manager = await app.open('siteManager', DESKTOP, workspace);
    // Then the coordination meeting for 钱先生 is there, due within 2 hours
    const task = manager.page.getByTestId('inbox-item').filter({ hasText: '2小时内组织协调会' }).filter({ hasText: '钱先生' });
    await task.waitFor();
    expect(await task.count()).toBe(1);
    await screenshot(manager.page, 'workspace-log-record-meeting-task');
  }, 300_000);

  it('names the missing field and stores nothing; a server error keeps the record on the device and sends it once (追踪表 → 新建)', async () => {
    // Given consultant 李强 at the follow-up tracking table on a desktop
    const { page } = await app.open('consultant2', DESKTOP, `${workspace}/tracking?form=${FOLLOWUP}`);
    const errors = collectErrors(page);
    await page.getByTestId('tracking-table').waitFor();
    // When he presses 新建 and saves with the customer's mobile number left empty
    await page.getByTestId('tracking-new').click();
    await page.getByTestId('record-create').waitFor();
    await page.locator('#customerName').fill('孙女士');
    await yes(page, 'photographedDetails');
    await page.getByTestId('record-save').click();
    // Then the field is named, in view, and nothing is stored
    const phone = page.locator('[data-field="customerPhone"]');
    await phone.getByText('「客户手机号」为必填项').waitFor();
    await page.getByText('表单填写有误，请检查标注的字段').waitFor();
    expect(await inView(page, '[data-field="customerPhone"]')).toBe(true);
    expect(await followUps(app, '孙女士')).toBe(0);
    // And in English the same field is named too, with what was typed kept
    await page.getByTestId('lang-switch').click();
    await phone.getByText('"Customer mobile" is required').waitFor();
    expect(await page.locator('#customerName').inputValue()).toBe('孙女士');
    await page.getByTestId('lang-switch').click();
    await phone.getByText('「客户手机号」为必填项').waitFor();

    // When he fills it in but the server fails to answer
    await page.locator('#customerPhone').fill('13933334444');
    await page.route(`**/api/projects/${P}/records`, (route) => (route.request().method() === 'POST'
      ? route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'UNAVAILABLE', message: { zh: '服务暂时不可用，请稍后重试', en: 'Service unavailable; retry later' } }) })
      : route.continue()));
    await page.getByTestId('record-save').click();
    // Then he is told the record is kept on this device, and it waits in 待发送 back at the tracking table; nothing is stored yet
    await page.getByText(QUEUED).waitFor();
    await page.getByTestId('tracking-table').waitFor();
    const waiting = page.getByTestId('outbox-item').filter({ hasText: LABEL });
    await waiting.getByText('等待发送').waitFor();
    await screenshot(page, 'workspace-log-record-queued-desktop');
    expect(await followUps(app, '孙女士')).toBe(0);

    // When the server is back, the outbox sends it by itself (same Idempotency-Key on every attempt)
    await page.unroute(`**/api/projects/${P}/records`);
    await page.getByText(`离线提交已发送：${LABEL}`).waitFor({ timeout: 60_000 });
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    // Then the new row is listed in the tracking table, stored once
    await page.getByTestId('tracking-table').getByText('孙女士').waitFor();
    expect(await followUps(app, '孙女士')).toBe(1);
    await screenshot(page, 'workspace-tracking-new-desktop');
    expect(errors.filter((e) => !/503|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);

  it('keeps a follow-up saved without network on the phone and stores it exactly once when back online', async () => {
    const consultant = await app.api('consultant');
    const serverDrafts = async () => ((await consultant.request('GET', `/api/projects/${P}/record-drafts`)).body.items as { formKey: string }[]);
    // Given consultant 王芳 on her phone typing a follow-up of 赵先生, whose draft reached the server
    const { context, page } = await app.open('consultant', PHONE, `${workspace}/start`);
    await page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`).click();
    await page.getByTestId('record-create').waitFor();
    await page.locator('#customerName').fill('赵先生');
    await page.locator('#customerPhone').fill('13755556666');
    await yes(page, 'askedDepositRefund');
    await page.locator('[data-testid=draft-saved][data-sync=synced]').waitFor({ timeout: 20_000 });
    // When the network drops and she saves
    await context.setOffline(true);
    await page.getByTestId('record-save').click();
    // Then she is told it is kept on the phone, and it waits in 待发送 with the form's name; nothing reached the server
    await page.getByText(QUEUED).waitFor();
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('outbox-item').filter({ hasText: LABEL }).getByText('等待发送').waitFor();
    await screenshot(page, 'workspace-log-record-offline-phone');
    expect(await followUps(app, '赵先生')).toBe(0);

    // When the network returns
    await context.setOffline(false);
    // Then she is told it was sent, the outbox empties and exactly one record exists, and the server's draft is gone with it
    await page.getByText(`离线提交已发送：${LABEL}`).waitFor({ timeout: 30_000 });
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    expect(await followUps(app, '赵先生')).toBe(1);
    expect((await serverDrafts()).some((d) => d.formKey === FOLLOWUP)).toBe(false);
    // And a reload (which flushes the outbox again) neither doubles it nor brings the draft back
    await page.reload();
    await page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`).click();
    await page.getByTestId('record-create').waitFor();
    await page.locator('#customerName').waitFor();
    expect(await page.locator('#customerName').inputValue()).toBe('');
    expect(await followUps(app, '赵先生')).toBe(1);
    // And the record is among her tracking cards
    const stored = await consultant.request('GET', `/api/projects/${P}/records?form=${FOLLOWUP}&q=${encodeURIComponent('赵先生')}`);
    const id = (stored.body.items as { id: string }[])[0]!.id;
    await page.goto(`${workspace}/tracking?form=${FOLLOWUP}`);
    await page.locator(`[data-testid=tracking-card][data-record-id="${id}"]`).getByText('赵', { exact: false }).first().waitFor();
    await screenshot(page, 'workspace-log-record-offline-sent-phone');
  }, 300_000);

  it('on a shared phone, a follow-up 王芳 saved offline is neither shown to nor sent as 李强; it goes when she signs in again', async () => {
    // Given 王芳 saved a follow-up of 吴女士 on the site's shared phone without network
    const { context, page } = await app.open('consultant', PHONE, `${workspace}/start`);
    await page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`).click();
    await page.getByTestId('record-create').waitFor();
    await context.setOffline(true);
    await page.locator('#customerName').fill('吴女士');
    await page.locator('#customerPhone').fill('13766667777');
    await yes(page, 'askedDepositRefund');
    await page.getByTestId('record-save').click();
    await page.getByText(QUEUED).waitFor();
    await page.getByTestId('outbox-item').filter({ hasText: LABEL }).waitFor();

    // When she signs out
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    // Then she is told the submission waits on the phone for her, and may still sign out
    const dialog = page.getByRole('dialog').filter({ hasText: '还有 1 条提交未发送' });
    await dialog.getByText('您下次在这台设备登录时自动发送').waitFor();
    // (the dialog's enter animation and the menu's fade are over before the picture)
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 }).catch(() => undefined);
    await screenshot(page, 'workspace-logout-pending-phone');
    await dialog.getByRole('button', { name: '仍然退出' }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));

    // When the network returns while the phone shows the sign-in page, nothing is sent in her name
    await context.setOffline(false);
    await page.waitForTimeout(1_500);
    expect(await followUps(app, '吴女士')).toBe(0);
    // And 李强 signs in on the same phone
    // (her sign-out, which had no network, is finished first: the phone does not open as hers)
    await login(page, 'consultant2', DEMO_PASSWORD, `${workspace}/start`);
    await page.getByTestId('start-log').waitFor();
    expect(await page.evaluate(async () => ((await (await fetch('/api/auth/session')).json()) as { user: { username: string } }).user.username)).toBe('consultant2');
    // Then he sees nothing of hers waiting, and nothing is sent under his name (the sender runs at sign-in)
    await page.waitForTimeout(3_000);
    expect(await page.getByTestId('outbox').count()).toBe(0);
    expect(await followUps(app, '吴女士')).toBe(0);

    // When he signs out (nothing of his waits: no question) and 王芳 signs in again
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
    await login(page, 'consultant', DEMO_PASSWORD, `${workspace}/start`);
    // Then her follow-up is sent once, as hers
    await page.getByText(`离线提交已发送：${LABEL}`).waitFor({ timeout: 60_000 });
    expect(await followUps(app, '吴女士')).toBe(1);
    const manager = await app.api('siteManager');
    const stored = await manager.request('GET', `/api/projects/${P}/records?form=${FOLLOWUP}&q=${encodeURIComponent('吴女士')}`);
    expect((stored.body.items as { createdBy: string }[])[0]!.createdBy).toBe(demoUserId('consultant'));
  }, 300_000);
});
