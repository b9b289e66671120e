import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot } from './support/index.js';
// exceljs is a server dependency: read the workbook through the server package's reader.
import { readXlsxRows } from '../../server/src/exports/read-xlsx.js';
import { DESKTOP, P, PHONE, startWorkspaceApp, zhangInterview, type WorkspaceApp } from './workspace-harness.js';

const trackingPath = `/p/${P}/workspace/tracking?form=cancellation-work-order`;

// 追踪表: pinyin-initial search, column chooser, saved views, masking per role, and an XLSX export
// that a real reader (exceljs) opens with the same masking as the screen.
describe('workspace: tracking table', () => {
  let app: WorkspaceApp;
  beforeAll(async () => {
    app = await startWorkspaceApp();
    // Given three cases filed by consultant 李强 (consultant2): 张先生, 李女士, 王先生
    const filer = await app.api('consultant2');
    for (const [customerName, customerPhone] of [['张先生', '13812341234'], ['李女士', '13900001111'], ['王先生', '13700002222']] as const) {
      const res = await filer.request('POST', `/api/projects/${P}/instances`, { flowKey: 'cancellation-e2e', data: { ...zhangInterview, customerName, customerPhone } });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => { await app?.close(); });

  it('finds 张先生 by "zxs" and lets the site manager choose columns and save the view', async () => {
    const { page } = await app.open('siteManager', DESKTOP, trackingPath);
    const errors = collectErrors(page);
    const table = page.getByTestId('tracking-table');
    await table.locator('tbody tr.ant-table-row').nth(2).waitFor();
    // When the manager searches by pinyin initials
    await page.getByTestId('tracking-search').locator('input').fill('zxs');
    await page.getByTestId('tracking-search').locator('input').press('Enter');
    // Then only 张先生 remains, in clear for a site manager
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tracking-table] tbody tr.ant-table-row').length === 1);
    await table.getByText('张先生').waitFor();
    await table.getByText('13812341234').waitFor();
    // When a column is added through the chooser, it shows
    await page.getByTestId('columns-button').click();
    await page.getByTestId('column-chooser').getByText('支付方式').click();
    await table.locator('th', { hasText: '支付方式' }).waitFor();
    await table.getByText('银行转账').waitFor();
    await page.keyboard.press('Escape');
    // When the view is saved without a name, the dialog asks for one and stays open
    await page.getByRole('button', { name: /保存视图/ }).click();
    const dialog = page.getByRole('dialog');
    const nameField = dialog.getByTestId('save-view-form');
    await dialog.getByTestId('view-save-confirm').click();
    await nameField.getByText('请填写视图名称').waitFor();
    // And the built-in view's name is refused too
    await dialog.getByTestId('view-name').fill('默认视图');
    await nameField.getByText('「默认视图」是系统自带视图的名称，请换一个名称').waitFor();
    await dialog.getByTestId('view-save-confirm').click();
    expect(await page.getByText('视图已保存').count()).toBe(0);
    // And the view can be saved under a name of its own
    await dialog.getByTestId('view-name').fill('张先生跟进');
    await dialog.getByTestId('view-save-confirm').click();
    // Then the saved view is selected, and the server has it
    await page.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: '张先生跟进' }).first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    const listViews = async () => (await (await app.api('siteManager')).request('GET', `/api/projects/${P}/views?form=cancellation-work-order`)).body.items as { name: string; columns: string[] }[];
    expect((await listViews()).find((v) => v.name === '张先生跟进')?.columns).toContain('paymentMethod');
    // When the manager goes back to the built-in view and saves a new one under the same name, it is refused
    await page.getByTestId('tracking-view').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '默认视图' }).click();
    await page.getByRole('button', { name: /保存视图/ }).click();
    await dialog.getByTestId('view-name').fill('张先生跟进');
    await dialog.getByTestId('view-save-confirm').click();
    await nameField.getByText(/已有名为「张先生跟进」的视图，请换一个名称/).waitFor();
    await dialog.getByRole('button', { name: /取\s*消|Cancel/ }).click();
    await dialog.waitFor({ state: 'detached' });
    // Then the server holds it once, and no view is called 默认视图
    const names = (await listViews()).map((v) => v.name);
    expect(names.filter((n) => n === '张先生跟进')).toHaveLength(1);
    expect(names).not.toContain('默认视图');
    await page.getByText('视图已保存').waitFor({ state: 'detached' }).catch(() => undefined);
    await screenshot(page, 'workspace-tracking-desktop');
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);

  it('masks phone numbers for another consultant on screen and in the XLSX export', async () => {
    // Given consultant 王芳, who did not file these cases, on a phone (records as cards)
    const { page } = await app.open('consultant', PHONE, trackingPath);
    const cards = page.getByTestId('tracking-cards');
    await page.getByTestId('tracking-search').locator('input').fill('zxs');
    await page.getByTestId('tracking-search').locator('input').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tracking-card]').length === 1);
    // Then the phone number is masked on screen
    await cards.getByText('138****1234').waitFor();
    expect(await cards.getByText('13812341234').count()).toBe(0);
    await screenshot(page, 'workspace-tracking-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // When the list is exported from the More menu
    await page.getByTestId('tracking-more').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    // Then exceljs reads a workbook holding the same masked number and never the clear one
    const cells = (await readXlsxRows(readFileSync((await download.path())!))).flat();
    expect(cells).toContain('客户手机号');
    expect(cells).toContain('138****1234');
    expect(cells.join('|')).not.toContain('13812341234');
    expect(cells.join('|')).not.toContain('李女士');
    // And opening the card shows the record with the masked fields listed
    await page.getByTestId('tracking-card').first().click();
    await page.getByTestId('record-page').waitFor();
    await page.getByText('138****1234').first().waitFor();
  }, 300_000);

  it('opens the 退筹事件追踪表 with the seed’s columns, the owners’ follow-ups summarised in one cell', async () => {
    // Given a tracking case with two follow-ups by its owner
    const consultant = await app.api('consultant');
    const created = await consultant.request('POST', `/api/projects/${P}/records`, { formKey: 'cancellation-tracking', data: {
      customerName: '孙先生', customerPhone: '13600003333', concernFirstShownAt: '2025-12-19T15:00:00+08:00', modules: ['construction'], cause: 'constructionDoubt',
      ownerFollowups: [
        { at: '2025-12-19T18:00:00+08:00', owner: consultant.userId, action: '电话安抚' },
        { at: '2025-12-20T10:00:00+08:00', owner: consultant.userId, action: '邀请参加工地开放日' },
      ],
    } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // When the site manager opens that table
    const { page } = await app.open('siteManager', DESKTOP, `/p/${P}/workspace/tracking?form=cancellation-tracking`);
    const table = page.getByTestId('tracking-table');
    const row = table.locator('tbody tr.ant-table-row', { hasText: '孙先生' });
    await row.waitFor();
    // Then the columns are the seed's: customer (masked per role), when the concern showed, modules, final reason, follow-ups
    const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim()).filter(Boolean);
    expect(headers.slice(0, 6)).toEqual(['客户姓名', '客户手机号', '首次暴露疑虑的时间点', '涉及的具体产品模块', '最终决策原因类型（回访获取）', '责任人跟进记录']);
    await row.getByText('2 条，最近：').waitFor();
    expect(await row.textContent()).toContain('邀请参加工地开放日');

    // When a case without follow-ups is opened (its record page is read-only)
    const quiet = await consultant.request('POST', `/api/projects/${P}/records`, { formKey: 'cancellation-tracking', data: {
      customerName: '钱女士', customerPhone: '13600004444', concernFirstShownAt: '2025-12-19T16:00:00+08:00', modules: ['construction'],
    } });
    expect(quiet.status, JSON.stringify(quiet.body)).toBe(201);
    await page.goto(`/p/${P}/workspace/records/${(quiet.body as { id: string }).id}`);
    // Then its empty follow-up table says just 暂无明细, without pointing at an 添加一行 button it does not have
    const followups = page.getByTestId('record-page').locator('[data-field="ownerFollowups"]');
    await followups.getByText('暂无明细', { exact: true }).waitFor();
    expect(await followups.getByText(/添加一行/).count()).toBe(0);
  }, 300_000);
});
