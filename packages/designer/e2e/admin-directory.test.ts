import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { collectErrors, demoIds, pickOption, screenshot, startTestApp, type TestApp } from './support/index.js';

const project = demoIds.projectYunqi;

/** Scrolls `target` into view (its table scrolls sideways) and expects it wholly on a 390 px screen. */
async function reachable(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
}

// The org admin creates a colleague's account with an initial password and gives them a role on
// 杭州·云栖府; the colleague signs in and sees only what a consultant may use. Other roles see
// neither 管理 nor, when they may not design, the designer's save and publish.
describe('admin: users and project members', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('creates a user, adds them to a project, and the new consultant signs in without admin or studio', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${project}/workspace` });
    const errors = collectErrors(page);
    // Given the admin opens 管理 from the menu: it lands on 用户, not on a placeholder
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-users').waitFor();
    await expect(page.getByText('该模块正在建设中').count()).resolves.toBe(0);
    // When a user is created with a bad username and a too-short password
    const sent: string[] = [];
    page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/api/admin/users')) sent.push(r.url()); });
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('张 伟');
    await page.getByTestId('user-display-name').fill('张伟');
    await page.getByTestId('user-password').fill('short');
    await page.getByTestId('user-dialog-ok').click();
    // Then the browser refuses both before sending, naming the fields by their labels, not the server's names
    await page.locator('.ant-form-item-explain-error', { hasText: '账号只能包含字母、数字及 _ . @ -' }).waitFor();
    await page.locator('.ant-form-item-explain-error', { hasText: '初始密码至少需要 8 个字符' }).waitFor();
    await expect(page.locator('.ant-modal').textContent()).resolves.not.toMatch(/username|password/);
    expect(sent).toEqual([]);
    await page.getByTestId('user-username').fill('zhang.wei');
    // When a valid initial password is given, the user appears in the list
    await page.getByTestId('user-password').fill('welcome2026');
    await page.getByTestId('user-dialog-ok').click();
    await page.getByText('已创建用户 张伟').waitFor();
    await page.getByTestId('user-row-zhang.wei').waitFor();
    expect(sent).toHaveLength(1);
    // And the search narrows the list to them
    await page.getByTestId('user-search').locator('input').fill('zhang');
    await expect(page.locator('tr[data-testid^=user-row-]').count()).resolves.toBe(1);
    // And the admin's own row offers no 停用: the button is off, and its tooltip says why
    await page.getByTestId('user-search').locator('input').fill('');
    await expect(page.getByTestId('user-disable-admin').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('user-disable-zhang.wei').isDisabled()).resolves.toBe(false);
    await page.getByTestId('user-disable-admin').hover();
    await page.locator('.ant-tooltip', { hasText: '不能停用自己的账号' }).waitFor();

    // When the admin gives 张伟 the 置业顾问 role on the current project
    await page.getByTestId('admin-nav-memberships').click();
    await page.getByTestId('admin-members').waitFor();
    await pickOption(page, 'member-user', '张伟');
    await pickOption(page, 'member-role', '置业顾问');
    await page.getByTestId('member-add').click();
    await page.getByText('已添加：张伟 (zhang.wei) · 置业顾问').waitFor();
    // Then the member list of the project shows them with the project scope
    const row = page.locator('tr[data-testid$=-consultant]', { hasText: '张伟 (zhang.wei)' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('本项目');
    // And the admin's own organisation-wide 管理员 role cannot be removed here
    await expect(page.getByTestId('member-remove-self-admin').isDisabled()).resolves.toBe(true);
    await screenshot(page, 'admin-members');
    expect(errors.filter((e) => !e.includes('400') && !e.includes('Failed to load resource'))).toEqual([]);

    // When 张伟 signs in with the initial password
    const colleague = await app.open({ viewport: 'desktop', user: 'zhang.wei', password: 'welcome2026', next: `/p/${project}/workspace` });
    await colleague.page.getByTestId('nav-workspace').waitFor();
    // Then the menu offers neither 设计器, 项目设置 nor 管理
    for (const area of ['studio', 'settings', 'admin']) await expect(colleague.page.getByTestId(`nav-${area}`).count()).resolves.toBe(0);
  });

  it('says 已被他人修改 when another admin changed the user first, and refreshes', async () => {
    const first = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${project}/admin/users` });
    const second = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${project}/admin/users` });
    // Given both admins opened the edit dialog of 何平 (finance)
    for (const { page } of [first, second]) {
      await page.getByTestId('user-row-finance').getByRole('button', { name: '编辑' }).click();
      await page.getByTestId('user-display-name').waitFor();
    }
    // When the second admin saves first
    await second.page.getByTestId('user-display-name').fill('何平（财务部）');
    await second.page.getByTestId('user-dialog-ok').click();
    await second.page.getByText('已保存').waitFor();
    // Then the first admin's save is refused with a clear message, and 刷新 shows the new name
    await first.page.getByTestId('user-display-name').fill('何平（财务）');
    await first.page.getByTestId('user-dialog-ok').click();
    await first.page.locator('.ant-modal-confirm-title', { hasText: '已被他人修改，请刷新后重试' }).waitFor();
    await first.page.locator('.ant-modal-confirm-btns button', { hasText: /刷\s*新/ }).click();
    await first.page.getByTestId('user-row-finance').getByText('何平（财务部）').waitFor();
  });

  it('shows a refusal in the server\'s own words, not as someone else\'s change', async () => {
    // The page never offers a change the server refuses, so take the server's real answer to one (the
    // only admin disabling their own account) and hand it to the page's next 停用, as a stale tab would get it.
    const api = await app.server.login('admin');
    const me = ((await api.request('GET', '/api/admin/users')).body as { id: string; username: string; version: number }[]).find((u) => u.username === 'admin')!;
    const refusal = await api.request('PATCH', `/api/admin/users/${me.id}`, { disabled: true, version: me.version });
    expect(refusal.status).toBe(409);
    const { page } = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${project}/admin/users` });
    await page.route('**/api/admin/users/*', (route) => (route.request().method() === 'PATCH'
      ? route.fulfill({ status: 409, contentType: 'application/json', body: JSON.stringify(refusal.body) })
      : route.fallback()));
    // When the admin confirms 停用 of 何平
    await page.getByTestId('user-disable-finance').click();
    await page.getByTestId('disable-ok').click();
    // Then the message says what was refused; no 已被他人修改 dialog
    await page.locator('.ant-message', { hasText: '组织至少需要一位启用的管理员' }).waitFor();
    await expect(page.locator('.ant-modal-confirm-title').count()).resolves.toBe(0);
  });

  it('at 390 px, 项目成员 and the studio lists scroll inside their tables; the page stays within the screen', async () => {
    const { page } = await app.open({ viewport: { width: 390, height: 844 }, user: 'admin', next: `/p/${project}/admin/memberships` });
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    // 管理 › 项目成员: the 操作 column's 移除 can be scrolled to inside the table
    const consultant = page.locator('tr[data-testid$=-consultant]').first();
    await consultant.waitFor();
    await expect(pageWidth(), 'members').resolves.toBeLessThanOrEqual(390);
    await reachable(consultant.getByRole('button', { name: '移除' }));
    await page.goto(`/p/${project}/admin/users`);
    await page.getByTestId('user-row-admin').waitFor();
    await expect(pageWidth(), 'users').resolves.toBeLessThanOrEqual(390);
    await page.goto(`/p/${project}/studio/flows`);
    // 设计器 › 流程: the row's 设计 link in the last column can be scrolled to inside the table
    await page.getByTestId('flow-row-refund').waitFor();
    await expect(pageWidth(), 'flows').resolves.toBeLessThanOrEqual(390);
    await reachable(page.locator('tr', { has: page.getByTestId('flow-row-refund') }).getByRole('link', { name: '设计', exact: true }));
    // 设计器 › 表单 and 规则
    await page.goto(`/p/${project}/studio/forms`);
    await page.getByTestId('form-list').locator('tbody tr.ant-table-row').first().waitFor();
    await expect(pageWidth(), 'forms').resolves.toBeLessThanOrEqual(390);
    await page.goto(`/p/${project}/studio/rules`);
    await page.getByTestId('rules-page').waitFor();
    await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'));
    await expect(pageWidth(), 'rules').resolves.toBeLessThanOrEqual(390);
  });

  it('hides 管理 from a site manager and 设计器 from a consultant; a consultant can only view a design', async () => {
    const manager = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${project}/workspace` });
    await manager.page.getByTestId('nav-studio').waitFor();
    await manager.page.getByTestId('nav-settings').waitFor();
    await expect(manager.page.getByTestId('nav-admin').count()).resolves.toBe(0);
    // A typed admin address tells the site manager they may not, without a retry loop
    await manager.page.goto(`/p/${project}/admin/users`);
    await manager.page.getByTestId('admin-forbidden').waitFor();

    const { page } = await app.open({ viewport: 'phone', user: 'consultant', next: `/p/${project}/workspace` });
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('link', { name: '工作台' }).waitFor();
    for (const name of ['设计器', '项目设置', '管理']) await expect(page.getByRole('link', { name }).count()).resolves.toBe(0);
    // A consultant who follows a link into the flow designer sees it read-only
    const desk = await app.open({ viewport: 'desktop', user: 'consultant', next: `/p/${project}/studio/flows/refund` });
    await desk.page.getByTestId('design-read-only').waitFor();
    await expect(desk.page.getByTestId('flow-save').isDisabled()).resolves.toBe(true);
    await expect(desk.page.getByTestId('flow-publish').isDisabled()).resolves.toBe(true);
  });
});
