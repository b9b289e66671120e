import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, demoIds, demoUserId, pickOption, screenshot, startTestApp, type TestApp } from './support/index.js';

const P = demoIds.projectYunqi;
const T0 = Date.parse('2025-12-22T09:00:00+08:00');
const WANG = demoUserId('consultant');
const LI = demoUserId('consultant2');

/** Returns the 待办 and 客户 counts a phone row of the members card shows. */
async function counts(page: Page, userId: string): Promise<[number, number]> {
  const el = page.getByTestId(`team-row-${userId}`).getByTestId('team-counts');
  return [Number(await el.getAttribute('data-tasks')), Number(await el.getAttribute('data-records'))];
}

// 工作交接 by the 案场经理: at 9 a.m. 王芳 calls in on leave with a 退订工单 interview open; 赵磊 opens
// 项目设置 → 成员 on his phone, sees her open work and hands it to 李强 himself.
describe('site manager: 项目设置 → 成员 shows the team\'s open work and hands it over', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ startAt: T0 });
    const wang = await app.server.login('consultant');
    const started = await wang.request('POST', `/api/projects/${P}/instances`, {
      flowKey: 'cancellation-work-order', data: { customerName: '王女士', customerPhone: '13912345678', building: '5', room: '902', requestedAt: '2025-12-22T08:50:00+08:00' },
    });
    if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  });
  afterAll(async () => { await app?.close(); });

  it('on a phone: 王芳 has open work, 交接工作 gives it to 李强, and the counts move', async () => {
    const { page } = await app.open({ viewport: 'phone', user: 'siteManager', next: `/p/${P}/workspace` });
    const errors = collectErrors(page);
    // Given the site manager opens 项目设置 from the menu
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByTestId('nav-settings').click();
    await page.waitForURL((u) => u.pathname === `/p/${P}/settings`);
    const team = page.getByTestId('project-team');
    await team.getByTestId(`team-row-${WANG}`).waitFor();

    // Then 王芳 is listed as a consultant, active, with at least one open task and customer
    const wangRow = team.getByTestId(`team-row-${WANG}`);
    expect(await wangRow.innerText()).toMatch(/王芳（置业顾问）[\s\S]*正常[\s\S]*置业顾问/);
    const [tasks, records] = await counts(page, WANG);
    expect(tasks).toBeGreaterThanOrEqual(1);
    expect(records).toBeGreaterThanOrEqual(1);
    const before = await counts(page, LI);
    // And 查看待办 beside her counts leads to the steps she holds
    expect(await wangRow.getByTestId(`team-tasks-link-${WANG}`).getAttribute('href')).toBe(`/p/${P}/workspace?scope=project&holder=${WANG}`);
    // And the page fits the phone
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // What he sees on screen (an element screenshot would paint the sticky header over the list)
    await wangRow.scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-team-phone');

    // When he hands her work to 李强
    await page.getByTestId(`team-handover-${WANG}`).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('交接「王芳（置业顾问）」的工作').waitFor();
    await pickOption(page, 'handover-to', '李强');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await dialog.locator('[data-testid=handover-ok]:not([disabled])').waitFor();
    await dialog.getByTestId('handover-preview').getByText(`将移交 ${tasks} 个待办、${records} 个客户`).waitFor();
    await dialog.getByTestId('handover-ok').click();
    await page.getByText(`已交接：${tasks} 个待办、${records} 个客户移交给 李强（置业顾问）`).waitFor();

    // Then the counts move without a reload: 王芳 has nothing left to hand over, 李强 has hers too
    await expect.poll(() => counts(page, WANG)).toEqual([0, 0]);
    expect(await counts(page, LI)).toEqual([before[0] + tasks, before[1] + records]);
    expect(await page.getByTestId(`team-handover-${WANG}`).count()).toBe(0);
    expect(errors).toEqual([]);
  }, 180_000);

  it('on a desktop the same team is a table with the counts per person', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${P}/settings` });
    const row = page.getByTestId('team-table').getByTestId(`team-row-${LI}`);
    await row.waitFor();
    expect(Number(await row.getByTestId('team-tasks').innerText())).toBeGreaterThanOrEqual(1);
    expect(Number(await row.getByTestId('team-records').innerText())).toBeGreaterThanOrEqual(1);
    expect(await row.getByTestId(`team-handover-${LI}`).innerText()).toBe('交接工作');
    await page.getByTestId('project-team').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-team-desktop');

    // When the manager clicks 李强's 待办 count, the project's 待办 opens filtered to the steps he holds
    const held = Number(await row.getByTestId('team-tasks').innerText());
    await row.getByTestId('team-tasks').click();
    await page.waitForURL((u) => u.pathname === `/p/${P}/workspace` && u.searchParams.get('scope') === 'project' && u.searchParams.get('holder') === LI);
    const list = page.getByTestId('inbox-list');
    await list.waitFor();
    await expect.poll(() => list.getByTestId('inbox-item').count()).toBe(held);
    for (const holders of await list.getByTestId('task-holders').allInnerTexts()) expect(holders).toContain('李强');
    expect(await page.getByTestId('inbox-holder').innerText()).toContain('李强');

    // And searching for one customer among them keeps that customer's steps only, in the address too
    const titles = await list.locator('.sf-ws-task__title').allInnerTexts();
    const customer = titles[0]!.split(/[ ·]/)[0]!;
    await page.getByTestId('inbox-search').fill(customer);
    await expect.poll(() => list.getByTestId('inbox-item').count()).toBe(titles.filter((x) => x.includes(customer)).length);
    for (const title of await list.locator('.sf-ws-task__title').allInnerTexts()) expect(title).toContain(customer);
    expect(new URL(page.url()).searchParams.get('q')).toBe(customer);
    // And a search that matches nothing says so
    await page.getByTestId('inbox-search').fill('查无此人');
    await page.getByTestId('inbox-no-match').getByText('没有与「查无此人」相符的事项').waitFor();

    // And someone who holds nothing (吴刚, 工程对接人) still shows by name, with an empty list
    await page.goto(`/p/${P}/workspace?scope=project&holder=${demoUserId('engineeringLiaison')}`);
    await page.getByTestId('inbox-empty-project').waitFor();
    await page.getByTestId('inbox-holder').getByText('吴刚（工程对接人）').waitFor();
  }, 60_000);
});
