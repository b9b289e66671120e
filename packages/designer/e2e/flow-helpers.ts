import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, demoIds, login, type TestApp } from './support/index.js';
import type { TestSession } from '@siteflow/server/testing';
import { cancelOrderForm } from './flow-fixtures.js';

/** The demo project the flow tests work in (杭州·云栖府). */
export const project = demoIds.projectYunqi;
/** API prefix of that project. */
export const api = `/api/projects/${project}`;

/**
 * Opens a signed-in 1440x900 page for `user`, under the server's real Content-Security-Policy
 * (which allows 'unsafe-eval' for ajv-compiled validators in the browser).
 */
export async function openDesignerPage(app: TestApp, user = 'siteManager'): Promise<Page> {
  const context = await app.browser.newContext({
    baseURL: app.baseURL, viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1,
    serviceWorkers: 'block', // as every context but the offline test's (support/browser.ts)
    locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce', // as openContext's default: dialogs and drop-downs appear and leave at once
  });
  await context.addInitScript(() => { try { localStorage.setItem('siteflow.lang', 'zh'); } catch { /* about:blank */ } });
  const page = await context.newPage();
  await login(page, user, DEMO_PASSWORD);
  return page;
}

/** Creates and publishes the 退订工单 form through the API (what the form designer would have done). */
export async function publishCancelOrderForm(session: TestSession): Promise<void> {
  const created = await session.request('POST', `${api}/forms`, { definition: cancelOrderForm });
  if (created.status !== 201) throw new Error(`form create ${created.status} ${JSON.stringify(created.body)}`);
  const published = await session.request('POST', `${api}/forms/${cancelOrderForm.key}/publish`, { note: 'v1' });
  if (published.status !== 201 && published.status !== 200) throw new Error(`form publish ${published.status} ${JSON.stringify(published.body)}`);
}

/** Drags a palette item onto the canvas at (x, y) in page pixels (HTML5 drag and drop). */
export async function dropFromPalette(page: Page, kind: string, x: number, y: number): Promise<void> {
  const pane = page.locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('canvas is not visible');
  await page.getByTestId(`palette-${kind}`).dragTo(pane, { targetPosition: { x: x - box.x, y: y - box.y } });
}

/** Connects the bottom handle of one node to the top handle of another with the mouse. */
export async function connect(page: Page, from: string, to: string): Promise<void> {
  const source = page.locator(`.react-flow__node[data-id="${from}"] .react-flow__handle.source`).first();
  const target = page.locator(`.react-flow__node[data-id="${to}"] .react-flow__handle.target`).first();
  // The problems panel grows as edges are added and can push the lowest row out of the canvas,
  // and a re-render can replace a handle between two reads; a person would look again or press
  // "fit view", so the test retries the same way for a few seconds.
  let a: Awaited<ReturnType<typeof source.boundingBox>> = null;
  let b: Awaited<ReturnType<typeof target.boundingBox>> = null;
  for (let attempt = 0; attempt < 10 && (!a || !b); attempt++) {
    if (attempt > 0) {
      if (attempt % 3 === 1) await page.locator('.react-flow__controls-fitview').click().catch(() => undefined);
      await page.waitForTimeout(300);
    }
    await Promise.all([source.waitFor({ state: 'visible', timeout: 2000 }), target.waitFor({ state: 'visible', timeout: 2000 })]).catch(() => undefined);
    a = await source.boundingBox().catch(() => null);
    b = await target.boundingBox().catch(() => null);
  }
  if (!a || !b) {
    await page.screenshot({ path: `/tmp/connect-${from}-${to}.png` });
    throw new Error(`handles of ${from} → ${to} not visible`);
  }
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2 - 10, { steps: 10 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 3 });
  await page.mouse.up();
  await page.locator(`.react-flow__edge[aria-label="Edge from ${from} to ${to}"]`).waitFor({ state: 'attached', timeout: 5000 })
    .catch(async (error: unknown) => { await page.screenshot({ path: `/tmp/connect-${from}-${to}.png` }); throw error; });
}

/**
 * Picks `option` in the antd Select found by `selector`: opens it and clicks the option by its
 * text; types the text first when the list is long (antd renders a virtual list).
 */
export async function choose(page: Page, selector: ReturnType<Page['locator']>, option: string): Promise<void> {
  await selector.click();
  const item = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first();
  if (!(await item.isVisible().catch(() => false))) {
    await page.waitForTimeout(200); // the dropdown animates in
    if (!(await item.isVisible().catch(() => false))) await page.keyboard.type(option);
  }
  await item.click();
}
