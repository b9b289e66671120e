import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

/**
 * Where screenshots go: `SCREENSHOT_DIR` when set (`pnpm screenshots` points it at docs/screenshots
 * to refresh the README tour), else node_modules/.siteflow-screenshots of the repository, so any
 * test run (`npm test`, or one file run by hand) leaves git clean.
 */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '../../../../node_modules/.siteflow-screenshots');

/** Signs in through the login page and waits until the app left it. */
export async function login(page: Page, username: string, password: string, next = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), { timeout: 20_000 });
}

/**
 * Drags `source` onto `target` with real pointer events in small steps, which is what dnd-kit's
 * pointer sensor needs (it activates after a few pixels of movement). `position` picks the drop
 * point inside the target: 'center' (default), 'top' or 'bottom' edge (to insert before/after).
 */
export async function dragTo(page: Page, source: Locator, target: Locator, position: 'center' | 'top' | 'bottom' = 'center'): Promise<void> {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  if (!from) throw new Error('dragTo: source is not visible');
  const sx = from.x + from.width / 2;
  const sy = from.y + from.height / 2;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  // Leave the activation distance first, then look up the target (it may scroll or re-layout).
  await page.mouse.move(sx + 12, sy + 12, { steps: 4 });
  const to = await target.boundingBox();
  if (!to) throw new Error('dragTo: target is not visible');
  const tx = to.x + to.width / 2;
  const ty = position === 'top' ? to.y + Math.min(8, to.height / 4) : position === 'bottom' ? to.y + to.height - Math.min(8, to.height / 4) : to.y + to.height / 2;
  await page.mouse.move(tx, ty, { steps: 16 });
  await page.mouse.move(tx, ty + 1, { steps: 2 });
  await page.mouse.up();
}

/** Saves a PNG of the page (or one element) to SCREENSHOT_DIR/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string, element?: Locator): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  // Let fonts finish so Chinese never renders as boxes in a screenshot.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (element) await element.screenshot({ path });
  else await page.screenshot({ path, fullPage: false });
  return path;
}

/**
 * Picks an option of an antd Select as a keyboard user does (long lists are virtual): types part of
 * its label, waits until the active option is that one, presses Enter and waits until the Select
 * shows it. Clicking an option while the list still animates open can miss under load.
 */
export async function pickOption(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  await page.keyboard.type(label);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option-active', { hasText: label }).waitFor();
  await page.keyboard.press('Enter');
  await select.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: label }).first().waitFor();
}
