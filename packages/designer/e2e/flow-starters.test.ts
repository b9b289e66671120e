import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, startTestApp, type TestApp } from './support/index.js';
import type { Locator, Page } from 'playwright-core';
import { openDesignerPage, project } from './flow-helpers.js';

/**
 * Adds a role to a multiple select as a person would: open the drop-down when it is closed (a pick may
 * leave it open or not), type the role to find it in the long list, click it.
 */
async function pickRole(page: Page, select: Locator, label: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first();
  for (let attempt = 0; attempt < 5 && !(await select.innerText()).includes(label); attempt++) {
    if ((await page.locator('.ant-select-dropdown:visible').count()) === 0) await select.click();
    await page.keyboard.type(label);
    await option.click({ timeout: 3000 }).catch(() => undefined);
  }
  expect(await select.innerText()).toContain(label);
}

// 可发起的角色: the site manager has rumours reported through the brand specialist, so 舆情事件处置
// leaves the consultants' 发起 list; the shipped 一级预警协调会 is already kept for the managers.
describe('flow designer: who may start a flow', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('limits 舆情事件处置 to the brand specialist and site manager; a consultant no longer sees it under 发起', async () => {
    // Given a consultant's 发起 list offers 舆情事件处置, but not the 一级预警协调会 (shipped for 案场经理 and 销售主管)
    const { page: phone } = await app.open({ viewport: 'phone', user: 'consultant', next: `/p/${project}/workspace/start` });
    const errors = collectErrors(phone);
    await phone.getByTestId('start-rumour-case').waitFor();
    expect(await phone.getByTestId('start-coordination-meeting').count()).toBe(0);

    // When the site manager opens the flow's settings and picks the two roles
    const page = await openDesignerPage(app);
    await page.goto(`/p/${project}/studio/flows/rumour-case`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByTestId('flow-arranging').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    const starters = page.getByTestId('flow-starter-roles');
    await starters.waitFor();
    expect(await starters.innerText()).toContain('项目成员均可发起');
    await pickRole(page, starters, '品牌专员');
    await pickRole(page, starters, '案场经理');
    await page.keyboard.press('Escape');
    // And publishes it
    await page.getByTestId('flow-publish').click();
    await page.getByTestId('flow-publish-note').fill('舆情由品牌专员或案场经理发起');
    await page.getByTestId('flow-publish-confirm').click();
    await page.getByText('已发布 v2').first().waitFor();

    // Then the consultant's 发起 list no longer offers it, and still offers the cancellation work order
    await phone.reload();
    await phone.getByTestId('start-cancellation-work-order').waitFor();
    expect(await phone.getByTestId('start-rumour-case').count()).toBe(0);
    // And opening its address says who starts it instead of a form that would be refused
    await phone.goto(`/p/${project}/workspace/start/rumour-case`);
    const refused = phone.getByTestId('start-not-starter');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('您不能发起「舆情事件处置」');
    expect(await refused.innerText()).toContain('它由品牌专员、案场经理发起');
    expect(await phone.getByTestId('start-form').count()).toBe(0);

    // And the tracking table offers her 新建 on the work orders she starts, but none on 舆情事件处置单,
    // which would lead to that refusal
    await phone.goto(`/p/${project}/workspace/tracking?form=cancellation-work-order`);
    await phone.getByTestId('tracking-new').waitFor();
    await phone.getByTestId('tracking-form').click();
    await phone.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '舆情事件处置单' }).click();
    await phone.waitForURL(/form=rumour-case/);
    await phone.getByTestId('tracking-form').getByText('舆情事件处置单').waitFor();
    expect(await phone.getByTestId('tracking-new').count()).toBe(0);

    // And the brand specialist still sees it, and 新建 on its tracking table opens its start form
    const { page: brand } = await app.open({ viewport: 'phone', user: 'brand', next: `/p/${project}/workspace/start` });
    await brand.getByTestId('start-rumour-case').waitFor();
    await brand.goto(`/p/${project}/workspace/tracking?form=rumour-case`);
    await brand.getByTestId('tracking-new').click();
    await brand.waitForURL(/\/workspace\/start\/rumour-case$/);
    await brand.getByTestId('start-form').waitFor();
    expect(errors).toEqual([]);
  });
});
