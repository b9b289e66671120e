import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, startTestApp, type TestApp } from './support/index.js';
import { choose, openDesignerPage, project } from './flow-helpers.js';

// 可发起的角色: the site manager keeps the 一级预警协调会 for himself and the sales supervisor, so
// consultants' 发起 list shows only what they start; the alert rule still calls the meeting.
describe('flow designer: who may start a flow', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('limits 一级预警协调会 to the site manager and sales supervisor; a consultant no longer sees it under 发起', async () => {
    // Given a consultant's 发起 list shows the meeting
    const { page: phone } = await app.open({ viewport: 'phone', user: 'consultant', next: `/p/${project}/workspace/start` });
    const errors = collectErrors(phone);
    await phone.getByTestId('start-coordination-meeting').waitFor();

    // When the site manager opens the flow's settings and picks the two roles
    const page = await openDesignerPage(app);
    await page.goto(`/p/${project}/studio/flows/coordination-meeting`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByTestId('flow-arranging').waitFor({ state: 'detached', timeout: 20_000 });
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    const starters = page.getByTestId('flow-starter-roles');
    await starters.waitFor();
    expect(await starters.innerText()).toContain('项目成员均可发起');
    await choose(page, starters, '案场经理');
    // (a multiple select stays open after a pick)
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '销售主管' }).first().click();
    await expect.poll(() => starters.innerText()).toContain('销售主管');
    await page.keyboard.press('Escape');
    // And publishes it
    await page.getByTestId('flow-publish').click();
    await page.getByTestId('flow-publish-note').fill('协调会由案场经理或销售主管发起');
    await page.getByTestId('flow-publish-confirm').click();
    await page.getByText('已发布 v2').first().waitFor();

    // Then the consultant's 发起 list no longer offers it, and still offers the cancellation work order
    await phone.reload();
    await phone.getByTestId('start-cancellation-work-order').waitFor();
    expect(await phone.getByTestId('start-coordination-meeting').count()).toBe(0);
    // And opening its address says who starts it instead of a form that would be refused
    await phone.goto(`/p/${project}/workspace/start/coordination-meeting`);
    const refused = phone.getByTestId('start-not-starter');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('您不能发起「一级预警协调会」');
    expect(await refused.innerText()).toContain('它由案场经理、销售主管发起');
    expect(await phone.getByTestId('start-form').count()).toBe(0);

    // And the sales supervisor still sees it
    const { page: supervisor } = await app.open({ viewport: 'phone', user: 'salesSupervisor', next: `/p/${project}/workspace/start` });
    await supervisor.getByTestId('start-coordination-meeting').waitFor();
    expect(errors).toEqual([]);
  });
});
