import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createContext, manualClock, seedDemo } from '@siteflow/server';
import { chinaDateTime, generateHistory } from '../../../examples/demo/history.js';
import { seedDemoHistory } from '../../../examples/demo/seed-history.js';
import { collectErrors, demoIds, screenshot, startTestApp, viewports, type TestApp } from './support/index.js';

// The 《退筹动因分析报告》 page over the demo history that `npm start` loads: three months of cases
// played through the real flows, opened on 1 December 2025, 09:00 China time, so the last full
// month is November. This test also draws docs/screenshots/reports-page.png for the README.
const NOW = Date.parse('2025-12-01T09:00:00+08:00');
const MONTH = '2025-11';
const DAY = 86_400_000;
const CAUSES_ZH = ['家庭内部争议', '贷款审批失败', '工程进度质疑', '纯粹反悔无理由'];

let dir: string;
let app: TestApp;

/** Seeds the demo organisation and its history into a new database file, as `npm start` does; returns its path. */
async function seededDatabase(): Promise<string> {
  dir = mkdtempSync(join(tmpdir(), 'siteflow-reports-'));
  const dbPath = join(dir, 'db.sqlite');
  const ctx = createContext({ dbPath, clock: manualClock(NOW) });
  try {
    await seedDemo(ctx, { templatePackages: true });
    await seedDemoHistory(ctx);
  } finally {
    ctx.sqlite.close();
  }
  return dbPath;
}

/** Returns the value shown on a KPI card. */
async function kpi(page: Page, key: string): Promise<string> {
  return (await page.getByTestId(`kpi-${key}`).locator('.ant-statistic-content').innerText()).trim();
}

/** Returns the size of the canvas ECharts drew a chart on. */
async function canvasSize(chart: Locator): Promise<{ width: number; height: number }> {
  const canvas = chart.locator('canvas').first();
  await canvas.waitFor();
  return canvas.evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height }));
}

/** Returns the accessible description ECharts writes on a chart's container (its aria-label). */
async function chartDescription(chart: Locator): Promise<string> {
  await expect.poll(() => chart.getAttribute('aria-label'), { timeout: 10_000 }).toBeTruthy();
  return (await chart.getAttribute('aria-label'))!;
}

/** Waits until every chart stopped animating: two looks at its canvases a moment apart are the same picture. */
async function chartsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const seen = window as unknown as { sfChartPixels?: string };
    const pixels = [...document.querySelectorAll('.echarts-for-react canvas')].map((c) => (c as HTMLCanvasElement).toDataURL()).join('|');
    const same = seen.sfChartPixels === pixels;
    seen.sfChartPixels = pixels;
    return same;
  }, undefined, { polling: 300, timeout: 15_000 });
}

describe('《退筹动因分析报告》 page over the demo history', () => {
  beforeAll(async () => {
    app = await startTestApp({ dbPath: await seededDatabase(), startAt: NOW, demo: false });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the site manager November: cases, SLA compliance below 100 %, escalations, the four causes and charts', async () => {
    // Given the site manager of 杭州·云栖府 signed in on a desktop, in Chinese
    const { page } = await app.open({ viewport: viewports.desktop, user: 'siteManager', next: `/p/${demoIds.projectYunqi}/workspace` });
    const errors = collectErrors(page);
    await page.getByTestId('project-switcher').getByText('杭州·云栖府', { exact: true }).waitFor();

    // When they open 报表 from the top navigation
    await page.getByTestId('nav-reports').click();
    await page.getByRole('heading', { name: '退筹动因分析报告' }).waitFor();

    // Then the page opens on the last full month on the server's clock
    await expect.poll(() => page.getByTestId('report-month').inputValue()).toBe(MONTH);
    // And counts every case opened in November (China time), as the history generated them
    const novemberCases = generateHistory({ start: NOW - 91 * DAY }).filter((c) => c.createdAt <= NOW && chinaDateTime(c.createdAt).startsWith(MONTH)).length;
    await page.getByTestId('kpi-cases').waitFor();
    expect(Number(await kpi(page, 'cases'))).toBe(novemberCases);
    expect(novemberCases).toBeGreaterThan(15);
    // And the SLA compliance is a percentage strictly below 100 % (some steps ran late)
    const sla = await kpi(page, 'sla');
    expect(sla).toMatch(/^\d{1,3}\.\d%$/);
    expect(Number.parseFloat(sla)).toBeGreaterThan(0);
    expect(Number.parseFloat(sla)).toBeLessThan(100);
    // And late steps were escalated
    expect(Number(await kpi(page, 'escalations'))).toBeGreaterThan(0);
    // And the 72-hour closure rate of the 退订工单 is a percentage, with the cases still open past 72 hours,
    // the same figures the API reports; November is finished, so no month-to-date note
    const closureRate = await kpi(page, 'closure');
    expect(closureRate).toMatch(/^\d{1,3}\.\d%$/);
    const november = await page.evaluate(async (url) => (await (await fetch(url)).json()) as { report: { closure: { rate: number; openOverdue: number; measured: number } } },
      `/api/projects/${demoIds.projectYunqi}/reports/cause-analysis?month=${MONTH}&trend=6`);
    expect(november.report.closure.measured).toBeGreaterThan(0);
    expect(closureRate).toBe(`${(november.report.closure.rate * 100).toFixed(1)}%`);
    expect(await page.getByTestId('kpi-closure-overdue').innerText()).toBe(`${november.report.closure.openOverdue} 起超 72 小时未闭环`);
    await expect.poll(() => page.getByTestId('kpi-cases').innerText()).toContain('较上月');
    expect(await page.getByTestId('report-month-to-date').count()).toBe(0);

    // And the three charts are drawn on canvases with a real size
    for (const id of ['chart-causes', 'chart-modules', 'chart-trend']) {
      const size = await canvasSize(page.getByTestId(id));
      expect(size.width, id).toBeGreaterThan(100);
      expect(size.height, id).toBeGreaterThan(100);
    }
    // And the causes chart has a bar for each of the four cancellation types
    // (read from the chart's accessible description, as a screen reader would)
    const causes = await chartDescription(page.getByTestId('chart-causes'));
    for (const cause of CAUSES_ZH) expect(causes).toContain(cause);
    // And the top risk signals and keywords are listed
    expect(await page.getByTestId('table-signals').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('table-terms').locator('tbody tr').count()).toBeGreaterThan(0);
    // And the steps that ran late in the 退订工单 and the 跟进与复盘 are ranked, most breaches first
    const stepRows = page.getByTestId('table-steps').locator('tbody tr.ant-table-row');
    expect(await stepRows.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('table-steps').innerText()).toContain('客户退订处理');
    const breaches = await stepRows.evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[1]?.textContent)));
    expect(breaches).toEqual([...breaches].sort((a, b) => b - a));

    // When they switch the language to English
    await page.getByTestId('lang-switch').click();
    // Then the headings speak English and the figures stay
    await page.getByRole('heading', { name: 'Cancellation cause analysis' }).waitFor();
    for (const title of ['Cancellation types', 'Product modules involved', 'Monthly trend', 'SLA breaches by step', 'Top risk signals', 'Top keywords']) {
      await page.getByText(title, { exact: true }).waitFor();
    }
    await page.getByTestId('kpi-escalations').getByText('Escalations', { exact: true }).waitFor();
    expect(await kpi(page, 'sla')).toBe(sla);
    expect(await page.getByText('退筹动因分析报告').count()).toBe(0);

    // When they switch back to Chinese, the page is the one the README shows
    await page.getByTestId('lang-switch').click();
    await page.getByRole('heading', { name: '退筹动因分析报告' }).waitFor();
    await page.getByText('退订类型分布', { exact: true }).waitFor();
    // (pointer off the charts and the header, charts done growing, top of the page)
    await page.mouse.move(720, 80);
    await page.evaluate(() => window.scrollTo(0, 0));
    await chartsSettled(page);
    await screenshot(page, 'reports-page');
    expect(errors).toEqual([]);
  });

  it('says plainly that the running month is month to date and compares it with the same days of the month before', async () => {
    // Given it is 24 December, 09:00 on the server's clock
    await app.server.advanceClock(23 * DAY);
    // When a site manager opens the report link of the running month
    const { page } = await app.open({ viewport: viewports.desktop, user: 'siteManager', next: `/p/${demoIds.projectYunqi}/reports?month=2025-12` });
    const errors = collectErrors(page);
    await page.getByRole('heading', { name: '退筹动因分析报告' }).waitFor();
    // Then the page says the month is still running and what it is compared with
    const note = page.getByTestId('report-month-to-date');
    await note.waitFor();
    expect(await note.innerText()).toContain('本月截至 12月24日（进行中）');
    expect(await note.innerText()).toContain('上月同期（11月1日–11月24日）');
    // And the change in cases is against November's cases up to 24 November, 09:00, not the whole of November
    const novemberToDate = generateHistory({ start: NOW - 91 * DAY })
      .filter((c) => c.createdAt <= NOW && chinaDateTime(c.createdAt).startsWith(MONTH) && c.createdAt < Date.parse('2025-11-24T09:00:00+08:00')).length;
    const decemberCases = Number(await kpi(page, 'cases'));
    const change = decemberCases - novemberToDate;
    expect(novemberToDate).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('kpi-cases').innerText()).toContain(`较上月同期 ${change > 0 ? '+' : ''}${change}`);
    // And the 72-hour closure card shows the cases of the month still open past 72 hours
    expect(await page.getByTestId('kpi-closure').innerText()).toContain('72 小时闭环率');
    expect(await page.getByTestId('kpi-closure-overdue').innerText()).toMatch(/^\d+ 起超 72 小时未闭环$/);
    // When they switch to English, the note says the same
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => note.innerText()).toContain('Month to date, to 24 Dec (in progress)');
    expect(await page.getByTestId('kpi-closure').innerText()).toContain('72-hour closure rate');
    expect(errors).toEqual([]);
  });
});
