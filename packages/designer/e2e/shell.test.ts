import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, demoIds, screenshot, startTestApp, type TestApp } from './support/index.js';

// The app shell: sign-in, project routes that survive a reload, the area navigation, language
// switch, the 404 page and a phone-width layout.
describe('web app shell', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('signs in, lands in a project, survives a reload and switches language', async () => {
    // Given a site manager who opens a deep studio link while signed out
    const { page } = await app.open({ viewport: 'desktop' });
    const errors = collectErrors(page);
    const deep = `/p/${demoIds.projectYunqi}/studio/forms`;
    await page.goto(deep);
    // Then the login page asks for credentials in Chinese
    await page.waitForURL(/\/login\?next=/);
    await page.getByRole('heading', { name: '登录案场流' }).waitFor();
    // When a wrong password is tried, the server's Chinese message is shown
    await page.locator('#username').fill('siteManager');
    await page.locator('#password').fill('wrong-password');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('login-error').waitFor();
    // When the right password is given, the user is brought back to the deep link
    await page.locator('#password').fill('siteflow2025');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => u.pathname === deep);
    await page.getByTestId('nav-studio').waitFor();
    // And a reload keeps the page
    await page.reload();
    await page.getByTestId('studio-nav-forms').waitFor();
    expect(new URL(page.url()).pathname).toBe(deep);
    // When the language is switched, the navigation speaks English and stays so after reload
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: 'Workspace' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: 'Workspace' }).waitFor();
    await page.getByTestId('lang-switch').click();
    await page.getByRole('link', { name: '工作台' }).waitFor();
    // An unknown page shows the 404 page
    await page.goto(`/p/${demoIds.projectYunqi}/nowhere`);
    await page.getByTestId('not-found').waitFor();
    expect(errors.filter((e) => !e.includes('401') && !e.includes('Failed to load resource'))).toEqual([]);
  });

  it('sends the user back to sign-in when the session expires, then returns to the same page', async () => {
    const { context, page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${demoIds.projectYunqi}/studio` });
    await page.getByTestId('studio-nav-forms').waitFor();
    // When the session cookie is gone (expired) and the user opens the forms list
    await context.clearCookies();
    await page.getByTestId('studio-nav-forms').click();
    // Then the app says so in Chinese and shows the login page with the way back
    await page.getByText('登录已过期，请重新登录').waitFor();
    await page.waitForURL(/\/login\?next=%2Fp%2Fprj_yunqi%2Fstudio%2Fforms/);
    await page.locator('#username').fill('siteManager');
    await page.locator('#password').fill('siteflow2025');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('form-list').waitFor();
  });

  it('is usable at 375 px: the menu moves into a drawer', async () => {
    const { page } = await app.open({ viewport: 'phone', user: 'consultant', next: `/p/${demoIds.projectYunqi}/workspace` });
    await screenshot(page, 'shell-phone');
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('link', { name: '工作台' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('honours the phone\'s reduce-motion setting: the menu drawer appears at once instead of sliding in', async () => {
    // Records every class name with an enter or appear motion that shows up on the page.
    const watchMotion = (page: Page) => page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { motionSeen: string[] }).motionSeen = seen;
      new MutationObserver((changes) => {
        for (const c of changes) {
          const cls = c.target instanceof Element ? c.target.getAttribute('class') ?? '' : '';
          if (/-(enter|appear)(-active)?\b/.test(cls)) seen.push(cls);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
    });
    const openMenu = async (page: Page) => {
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('link', { name: '工作台' }).waitFor();
      return page.evaluate(() => (window as unknown as { motionSeen: string[] }).motionSeen.length);
    };
    const next = `/p/${demoIds.projectYunqi}/workspace`;
    // Given a phone set to reduce motion (the default of these tests): the drawer never animates
    const still = await app.open({ viewport: 'phone', user: 'consultant', next });
    await still.page.getByRole('button', { name: '菜单' }).waitFor();
    await watchMotion(still.page);
    expect(await openMenu(still.page)).toBe(0);
    // And a phone that allows motion: the same drawer slides in
    const moving = await app.open({ viewport: 'phone', user: 'consultant', next, motion: true });
    await moving.page.getByRole('button', { name: '菜单' }).waitFor();
    await watchMotion(moving.page);
    expect(await openMenu(moving.page)).toBeGreaterThan(0);
  });
});
