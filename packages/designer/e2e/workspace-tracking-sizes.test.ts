import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, screenshot } from './support/index.js';
import { DESKTOP, P, PHONE, startWorkspaceApp, type WorkspaceApp } from './workspace-harness.js';

const trackingPath = `/p/${P}/workspace/tracking?form=cancellation-tracking`;
const LONG_ACTION = '电话回访：客户仍担心学区划片，约定周六带家人来案场听学位政策说明并参观样板间，届时由案场经理一同接待';

// The 退筹事件追踪表 where consultants use it: cards on a phone, a table that fits a laptop.
describe('workspace: tracking table on a phone and a laptop', () => {
  let app: WorkspaceApp;
  let total = 0;
  beforeAll(async () => {
    app = await startWorkspaceApp();
    // Given more than a page of cases filed by consultant 李强 (consultant2), the last one 赵六's
    // with two follow-ups, the latest a long note
    const filer = await app.api('consultant2');
    const base = { concernFirstShownAt: '2025-12-19T15:00:00+08:00', modules: ['construction'], cause: 'constructionDoubt' };
    for (let i = 1; i <= 21; i++) {
      const res = await filer.request('POST', `/api/projects/${P}/records`, { formKey: 'cancellation-tracking', data: { ...base, customerName: `客户${String(i).padStart(2, '0')}`, customerPhone: `1390000${String(1000 + i)}` } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const zhao = await filer.request('POST', `/api/projects/${P}/records`, { formKey: 'cancellation-tracking', data: {
      ...base, customerName: '赵六', customerPhone: '13800003158',
      ownerFollowups: [
        { at: '2025-12-19T18:00:00+08:00', owner: filer.userId, action: '电话安抚' },
        { at: '2025-12-20T10:00:00+08:00', owner: filer.userId, action: LONG_ACTION },
      ],
    } });
    expect(zhao.status, JSON.stringify(zhao.body)).toBe(201);
    total = (await (await app.api('consultant')).request('GET', `/api/projects/${P}/records?form=cancellation-tracking&pageSize=1`)).body.total as number;
  });
  afterAll(async () => { await app?.close(); });

  it('shows a consultant on a phone cards, 赵六 masked, a second page, and opens a card’s record', async () => {
    // Given consultant 王芳, who did not file these cases, on a 390 px phone
    const { page } = await app.open('consultant', PHONE, trackingPath);
    const errors = collectErrors(page);
    const cards = page.getByTestId('tracking-card');
    await cards.nth(19).waitFor();
    // Then the records are cards, not a table, and nothing scrolls sideways
    expect(await page.getByTestId('tracking-table').count()).toBe(0);
    expect(await cards.count()).toBe(20);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // And 赵六's card shows the name and phone masked, with the lock marker, and its status
    const zhao = cards.filter({ hasText: '138****3158' });
    await zhao.waitFor();
    expect(await zhao.getByTestId('tracking-card-title').textContent()).toBe('赵*');
    expect(await zhao.getByTestId('tracking-card-title').locator('[data-masked=true]').count()).toBe(1);
    expect(await zhao.locator('[data-masked=true]').count()).toBe(2);
    await zhao.getByTestId('record-status').waitFor();
    expect(await zhao.textContent()).toContain('客户手机号');
    expect(await page.getByText('13800003158').count()).toBe(0);
    expect(await page.getByText('赵六').count()).toBe(0);
    await screenshot(page, 'workspace-tracking-cards-phone');
    // When the consultant pages on
    await page.getByTestId('tracking-pages').locator('.ant-pagination-next').click();
    // Then page 2 holds the rest
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=tracking-card]').length === n, total - 20);
    // When the consultant sorts by customer name from the compact control
    await page.getByTestId('tracking-sort').click();
    await page.locator('.ant-select-dropdown:visible').getByText('客户姓名').click();
    // Then the list starts again at page 1, sorted by name
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tracking-card]').length === 20);
    // When the consultant searches 赵六 by pinyin initials and taps the card
    await page.getByTestId('tracking-search').locator('input').fill('zl');
    await page.getByTestId('tracking-search').locator('input').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tracking-card]').length === 1);
    await cards.first().click();
    // Then the record page opens, still masked
    await page.getByTestId('record-page').waitFor();
    expect(page.url()).toMatch(/\/workspace\/records\/rec_/);
    await page.getByText('138****3158').first().waitFor();
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);

  it('fits the default view on a 1,440 px laptop, 状态 in sight, the long follow-up whole in a tooltip', async () => {
    // Given the site manager on a 1,440 × 900 laptop
    const { page } = await app.open('siteManager', DESKTOP, trackingPath);
    const table = page.getByTestId('tracking-table');
    const row = table.locator('tbody tr.ant-table-row', { hasText: '赵六' });
    await row.waitFor();
    // Then the 状态 header is inside the window and the table does not scroll sideways
    const status = await table.locator('thead th', { hasText: '状态' }).boundingBox();
    expect(status).not.toBeNull();
    expect(status!.x + status!.width).toBeLessThanOrEqual(DESKTOP.width);
    expect(await table.locator('.ant-table-content').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    // And the follow-up summary is cut in its cell
    const cell = row.locator('td', { hasText: '2 条，最近：' });
    expect(await cell.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // When the manager hovers it, the tooltip shows it whole
    await cell.locator('.sf-ws-tracking__cell').hover();
    const tip = page.locator('.ant-tooltip:visible');
    await tip.filter({ hasText: LONG_ACTION }).waitFor();
    expect(await tip.textContent()).toBe(`2 条，最近：2025年12月20日 10:00 · ${LONG_ACTION}`);
    await screenshot(page, 'workspace-tracking-laptop');
  }, 300_000);
});
