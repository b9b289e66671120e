import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot } from './support/index.js';
import { DESKTOP, P, PHONE, fillFirstInterview, startWorkspaceApp, type WorkspaceApp } from './workspace-harness.js';

const PHONE_375 = { width: 375, height: 812 } as const;
const settingsPath = `/p/${P}/settings`;
const startPath = `/p/${P}/workspace/start`;
const FLOW = 'cancellation-e2e';
// 统一社会信用代码 with a correct check character, and the same code with a wrong one.
const GOOD_CODE = '91330106MA27YQ3K5B';
const BAD_CODE = '91330106MA27YQ3K5A';

type Draft = { flowKey: string; data: Record<string, unknown>; version: number };

describe('project settings and start-form drafts across devices', () => {
  let app: WorkspaceApp;
  beforeAll(async () => { app = await startWorkspaceApp(); });
  afterAll(async () => { await app?.close(); });

  it('lets the site manager fix and save the seller profile, and shows it read-only to a consultant', async () => {
    // Given the site manager on 项目设置 (reached from the menu)
    const { page } = await app.open('siteManager', DESKTOP, `/p/${P}/workspace`);
    const errors = collectErrors(page);
    await page.getByTestId('nav-settings').click();
    await page.waitForURL((u) => u.pathname === settingsPath);
    const form = page.getByTestId('seller-form');
    await form.waitFor();
    // When they type a credit code whose check character is wrong
    await page.locator('#sellerName').fill('杭州云栖置业有限公司');
    await page.locator('#sellerCreditCode').fill(BAD_CODE);
    await page.locator('#sellerAddress').fill('杭州市西湖区云栖路 1 号');
    // Then the field says so as soon as they leave it, and saving is refused
    await page.getByText('统一社会信用代码校验位不符').waitFor();
    await page.locator('#sellerRepresentative').fill('王建');
    await page.locator('#refundDays').fill('15');
    await page.getByTestId('seller-save').click();
    await page.getByText('统一社会信用代码校验位不符').waitFor();
    // When they correct it (typed in lower case, as people do) and save
    await page.locator('#sellerCreditCode').fill(GOOD_CODE.toLowerCase());
    await page.getByTestId('seller-save').click();
    await page.getByText('卖方信息已保存').waitFor();
    await expect.poll(() => page.getByText('统一社会信用代码校验位不符').count()).toBe(0);
    await expect.poll(() => page.getByTestId('seller-not-configured').count()).toBe(0);
    // Then after a reload the stored values are shown
    await page.reload();
    await form.waitFor();
    expect(await page.locator('#sellerName').inputValue()).toBe('杭州云栖置业有限公司');
    expect(await page.locator('#sellerCreditCode').inputValue()).toBe(GOOD_CODE);
    expect(await page.locator('#refundDays').inputValue()).toBe('15');
    await screenshot(page, 'project-settings');
    // And the server has them too
    const managerApi = await app.api('siteManager');
    const stored = await managerApi.request('GET', `/api/projects/${P}/seller-profile`);
    expect(stored.body).toMatchObject({ configured: true, profile: { sellerCreditCode: GOOD_CODE, sellerRepresentative: '王建', refundDays: 15 } });

    // When someone else saves a change while the page is open, and the site manager then saves theirs
    const { projectName: _name, ...profile } = stored.body.profile as Record<string, unknown>;
    const other = await managerApi.request('PUT', `/api/projects/${P}/seller-profile`, { ...profile, refundDays: 20, version: stored.body.version });
    expect(other.status).toBe(200);
    await page.locator('#sellerRepresentative').fill('王建国');
    await page.getByTestId('seller-save').click();
    // Then they are told, and the form shows what the other person saved
    await page.getByTestId('seller-conflict').waitFor();
    await expect.poll(() => page.locator('#refundDays').inputValue()).toBe('20');
    expect(await page.locator('#sellerRepresentative').inputValue()).toBe('王建');
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);

    // When a consultant opens the same page on a 375 px phone
    const consultant = await app.open('consultant', PHONE_375, settingsPath);
    const view = consultant.page.getByTestId('seller-profile');
    await view.waitFor();
    // Then they see the values read-only: no form, no save button
    await consultant.page.getByTestId('seller-read-only').waitFor();
    expect(await consultant.page.getByTestId('seller-value-sellerCreditCode').textContent()).toBe(GOOD_CODE);
    expect(await consultant.page.getByTestId('seller-value-sellerName').textContent()).toBe('杭州云栖置业有限公司');
    expect(await consultant.page.getByTestId('seller-value-refundDays').textContent()).toBe('20 个工作日');
    expect(await consultant.page.getByTestId('seller-save').count()).toBe(0);
    // And the page fits the phone
    expect(await consultant.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await consultant.context.close();
  }, 180_000);

  it('restores a start-form draft on a second device of the same consultant; discarding or submitting removes it everywhere', async () => {
    const consultant = await app.api('consultant');
    const serverDrafts = async () => ((await consultant.request('GET', `/api/projects/${P}/drafts`)).body.items as Draft[]);
    // Given a consultant who fills part of the first interview on the phone
    const phone = await app.open('consultant', PHONE, `${startPath}/${FLOW}`);
    await phone.page.getByTestId('start-form').waitFor();
    await phone.page.locator('#customerName').fill('王女士');
    await phone.page.locator('#customerPhone').fill('13700002222');
    await phone.page.locator('#building').fill('5');
    // Then the draft is saved on the phone and reaches the server
    await phone.page.locator('[data-testid=draft-saved][data-sync=synced]').waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await serverDrafts()).find((d) => d.flowKey === FLOW)?.data, { timeout: 20_000 })
      .toMatchObject({ customerName: '王女士', customerPhone: '13700002222', building: '5' });
    await phone.context.close();

    // When the same consultant opens the start page on a desktop (a second device, nothing stored locally)
    const desk = await app.open('consultant', DESKTOP, startPath);
    const item = desk.page.getByTestId(`start-${FLOW}`);
    await item.waitFor();
    // Then the flow is marked with a draft from another device
    await item.getByText('其他设备').waitFor();
    // And opening it restores the values typed on the phone
    await item.click();
    await desk.page.getByTestId('start-form').waitFor();
    await desk.page.getByText('已恢复您在其他设备上保存的草稿').waitFor();
    await expect.poll(() => desk.page.locator('#customerName').inputValue()).toBe('王女士');
    expect(await desk.page.locator('#customerPhone').inputValue()).toBe('13700002222');
    expect(await desk.page.locator('#building').inputValue()).toBe('5');

    // When the consultant discards the draft there
    await desk.page.getByRole('button', { name: '清空草稿' }).click();
    // Then the form is empty and the server no longer has it
    await expect.poll(() => desk.page.locator('#customerName').inputValue()).toBe('');
    await expect.poll(async () => (await serverDrafts()).some((d) => d.flowKey === FLOW)).toBe(false);

    // When the consultant fills the whole form there (the draft syncs again) and submits it
    await fillFirstInterview(desk.page, '赵先生', '13600003333');
    await desk.page.locator('[data-testid=draft-saved][data-sync=synced]').waitFor({ timeout: 20_000 });
    expect((await serverDrafts()).some((d) => d.flowKey === FLOW)).toBe(true);
    await desk.page.getByTestId('start-submit').click();
    await desk.page.waitForURL((u) => u.pathname === `/p/${P}/workspace`);
    // Then the draft is gone from the server and from the device: the start page marks no draft
    expect((await serverDrafts()).some((d) => d.flowKey === FLOW)).toBe(false);
    await desk.page.goto(startPath);
    await desk.page.getByTestId(`start-${FLOW}`).waitFor();
    await desk.page.waitForLoadState('networkidle');
    expect(await desk.page.getByTestId(`start-${FLOW}`).getByTestId('draft-mark').count()).toBe(0);
  }, 180_000);
});
