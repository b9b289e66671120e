import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, pickOption, screenshot, startTestApp, type TestApp } from './support/index.js';

// The 区域看板: the 区域总监 over 杭州·云栖府 and 杭州·西溪云庐 lands on the live figures of both
// projects and clicks from an overdue figure into the project's task view (every task of the project,
// whoever holds it). The real server runs on a manual clock from Monday 22 December 2025, 09:00 China time.
const MINUTE = 60_000;
const PHONE = { width: 390, height: 844 } as const;

describe('regional overview 区域看板', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ startAt: Date.parse('2025-12-22T09:00:00+08:00') });
    // Given 张先生 of 杭州·云栖府 asks to cancel at 09:00 and 王芳, the consultant who opened it, does not hold his 15-minute first interview
    const consultant = await app.server.login('consultant');
    const order = await consultant.request('POST', '/api/projects/prj_yunqi/instances', {
      flowKey: 'cancellation-work-order',
      data: { customerName: '张先生', customerPhone: '13900001111', building: '3幢', room: '1201', requestedAt: '2025-12-22T09:00:00+08:00' },
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    // and it is 09:20: the interview is 5 minutes late, long before the 24-hour rung adds the regional director to it
    await app.server.advanceClock(20 * MINUTE);
    await app.server.advanceClock(0);
  }, 120_000);
  afterAll(async () => { await app?.close(); });

  it('shows the director both projects, the late one first, and opens its overdue tasks from the overdue figure', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'regionalDirector' });
    const errors = collectErrors(page);
    // Then signing in lands on the overview (no project remembered yet), a table with a row per project
    await page.waitForURL((u) => u.pathname === '/overview');
    const table = page.getByTestId('overview-table');
    await table.waitFor();
    await page.getByRole('heading', { name: '区域看板' }).waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getByTestId('project-prj_yunqi').innerText()).toBe('杭州·云栖府');
    expect(await rows.nth(1).getByTestId('project-prj_xixi').innerText()).toBe('杭州·西溪云庐');
    await rows.nth(0).getByText('需关注').waitFor();
    expect(await page.getByTestId('ov-overdue-prj_yunqi').innerText()).toBe('1');
    expect(await page.getByTestId('ov-escalated-prj_yunqi').innerText()).toBe('0');
    expect(await page.getByTestId('ov-newCancellations-prj_yunqi').innerText()).toBe('1');
    expect(await page.getByTestId('ov-closureRate-prj_yunqi').innerText()).toBe('暂无');
    expect(await page.getByTestId('ov-overdue-prj_xixi').innerText()).toBe('0');
    await screenshot(page, 'overview-desktop');

    // When he clicks the overdue figure of 杭州·云栖府, its project task view opens filtered to overdue tasks, with
    // 张先生's interview although it was never escalated to him, naming who holds it
    await page.getByTestId('ov-overdue-prj_yunqi').click();
    await page.waitForURL((u) => u.pathname === '/p/prj_yunqi/workspace' && u.searchParams.get('scope') === 'project' && u.searchParams.get('state') === 'overdue');
    expect(await page.getByRole('tab', { selected: true }).innerText()).toBe('项目待办');
    const item = page.getByTestId('inbox-item');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.first().getAttribute('data-sla')).toBe('breached');
    expect(await item.first().getByTestId('task-holders').innerText()).toBe('处理人：王芳（置业顾问）');
    await screenshot(page, 'overview-project-tasks');
    // His own to-do list does not have it: it is not his step
    await page.getByTestId('inbox-tab-mine').click();
    await page.getByTestId('inbox-empty-mine').waitFor();

    // And opening it shows the step read-only to him, with its form and timeline
    await page.getByTestId('inbox-tab-project').click();
    await item.first().locator('a').first().click();
    await page.waitForURL((u) => u.pathname.startsWith('/p/prj_yunqi/workspace/tasks/'));
    await page.getByText('您不是当前处理人，仅可查看').waitFor();
    await page.getByTestId('timeline-item').first().waitFor();
    expect(await page.getByTestId('task-page').getByText('首次面谈（15分钟内）').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('task-actions').count()).toBe(0);

    // And the project switcher takes him back to the overview
    // (picked with the keyboard: a click on an option of a list still animating open can miss under load)
    await pickOption(page, 'project-switcher', '区域看板');
    await page.waitForURL((u) => u.pathname === '/overview');
    await page.getByTestId('overview-table').waitFor();

    // And 本月新增退订 opens the 退订工单's 追踪表 with this month's work orders only: the 1 the figure counts
    await page.getByTestId('ov-newCancellations-prj_yunqi').click();
    await page.waitForURL((u) => u.pathname === '/p/prj_yunqi/workspace/tracking' && u.searchParams.get('form') === 'cancellation-work-order' && u.searchParams.get('created') === '2025-12');
    const created = page.getByTestId('tracking-created');
    expect(await created.innerText()).toBe('创建于 2025 年 12 月');
    const monthRows = page.getByTestId('tracking-table').locator('tbody tr.ant-table-row');
    await monthRows.first().waitFor();
    expect(await monthRows.count()).toBe(1);
    expect(await monthRows.first().innerText()).toContain('张');
    // Closing the tag shows every work order again
    await created.locator('.ant-tag-close-icon').click();
    await page.waitForURL((u) => u.searchParams.get('created') === null);
    await page.getByTestId('tracking-created').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('shows one card per project on a phone, without sideways scrolling', async () => {
    const { page } = await app.open({ viewport: PHONE, user: 'regionalDirector', next: '/overview' });
    await page.getByTestId('overview-cards').waitFor();
    await page.getByTestId('overview-card-prj_yunqi').getByText('超时未办').waitFor();
    await page.getByTestId('overview-card-prj_xixi').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'overview-phone');
  });

  it('keeps a site manager of one project in his workspace, without the overview in the switcher', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager' });
    await page.waitForURL((u) => u.pathname === '/p/prj_yunqi/workspace');
    await page.getByTestId('project-switcher').click();
    await page.getByRole('option', { name: '杭州·云栖府' }).waitFor();
    expect(await page.getByTestId('switcher-overview').count()).toBe(0);
  });
});
