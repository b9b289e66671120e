import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, demoIds, screenshot, startTestApp, type TestApp } from './support/index.js';

const P = demoIds.projectYunqi;
const workspace = `/p/${P}/workspace`;
const FOLLOWUP = 'customer-followup';
/** What a consultant is told when the record waits on her phone, and how 待发送 names it. */
const QUEUED = '网络不可用：记录已保存在本机，网络恢复后自动发送';
const LABEL = '登记记录 · 客户跟进记录';

/** Returns how many 客户跟进记录 match `q`, asked through the API as the site manager. */
async function followUps(app: TestApp, q: string): Promise<number> {
  const manager = await app.server.login('siteManager');
  const res = await manager.request('GET', `/api/projects/${P}/records?form=${FOLLOWUP}&pageSize=200&q=${encodeURIComponent(q)}`);
  if (res.status !== 200) throw new Error(`records: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.total as number;
}

/** True when the device keeps the latest published 客户跟进记录 and the form list for the signed-in user (IndexedDB, see src/offline/query-cache.ts). */
const definitionsKeptNow = (page: Page) => page.evaluate((formKey) => new Promise<boolean>((resolve) => {
  const open = indexedDB.open('siteflow-kept-queries');
  // Not there yet: do not create it (the app creates it with its store).
  open.onupgradeneeded = () => open.transaction?.abort();
  open.onerror = () => resolve(false);
  open.onsuccess = () => {
    const db = open.result;
    const all = db.transaction('snapshots').objectStore('snapshots').getAll();
    all.onerror = () => { db.close(); resolve(false); };
    all.onsuccess = () => {
      db.close();
      const hashes = (all.result as { queries: { queryHash: string }[] }[]).flatMap((s) => s.queries.map((q) => q.queryHash));
      resolve(hashes.some((h) => h.includes('"version"') && h.includes(`"${formKey}"`)) && hashes.some((h) => h.includes('"forms","list"')));
    };
  };
}), FOLLOWUP);

/** Returns how many users' caches the device keeps. */
const keptSnapshots = (page: Page) => page.evaluate(() => new Promise<number>((resolve) => {
  const open = indexedDB.open('siteflow-kept-queries');
  open.onupgradeneeded = () => open.transaction?.abort();
  open.onerror = () => resolve(0);
  open.onsuccess = () => {
    const db = open.result;
    const count = db.transaction('snapshots').objectStore('snapshots').count();
    count.onsuccess = () => { db.close(); resolve(count.result); };
    count.onerror = () => { db.close(); resolve(-1); };
  };
}));

/** Waits until the device keeps what the 发起 page needs offline (saved a second or two after the app fetched it). */
async function definitionsKept(page: Page): Promise<void> {
  for (let i = 0; !(await definitionsKeptNow(page)); i++) {
    if (i === 120) throw new Error('the published definitions were not kept on the device');
    await page.waitForTimeout(250);
  }
}

/** Answers "是" to the yes/no field `#id`, as a consultant taps it. */
const yes = (page: Page, id: string) => page.locator(`#${id}`).getByText('是', { exact: true }).click();

describe('opening the app without network', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('a consultant who opened the app once logs a follow-up in a car park without signal; it is sent once when the network returns', async () => {
    // Given consultant 王芳 opened the app on her phone once, with network (the service worker installs,
    // the project's published forms are kept on the phone)
    const { context, page } = await app.open({ viewport: 'phone', user: 'consultant', next: workspace, serviceWorkers: true });
    const errors = collectErrors(page);
    await page.getByTestId('ws-nav-start').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await definitionsKept(page);

    // When she is in the basement car park without signal and opens the app again
    await context.setOffline(true);
    await page.reload();
    // Then the workspace opens (not the browser's offline page), saying she is offline
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('user-menu').waitFor();

    // And a flow's start form opens from 发起 too
    await page.getByTestId('ws-nav-start').click();
    await page.getByText('客户退订处理', { exact: true }).click();
    await page.getByTestId('start-form').getByRole('heading', { name: '客户退订处理' }).waitFor();

    // When she taps 发起 → 客户跟进记录 instead, fills in 周先生 who asked whether the deposit is refundable, and saves
    await page.getByTestId('ws-nav-start').click();
    const log = page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`);
    await log.getByText('客户跟进记录').waitFor();
    await log.click();
    await page.getByTestId('record-create').getByRole('heading', { name: '客户跟进记录' }).waitFor();
    await page.locator('#customerName').fill('周先生');
    await page.locator('#customerPhone').fill('13877778888');
    await yes(page, 'askedDepositRefund');
    await page.getByTestId('record-save').click();
    // Then she is told it is kept on the phone, and it waits in 待发送; nothing reached the server
    await page.getByText(QUEUED).waitFor();
    const waiting = page.getByTestId('outbox-item').filter({ hasText: LABEL });
    await waiting.getByText('等待发送').waitFor();
    await page.getByTestId('offline-banner').scrollIntoViewIfNeeded();
    await screenshot(page, 'offline-open-phone');
    expect(await followUps(app, '周先生')).toBe(0);

    // (Watch whether the page ever gives way to a loading screen from here on.)
    await page.evaluate(() => {
      const w = window as unknown as { pageLeft?: boolean };
      w.pageLeft = false;
      new MutationObserver(() => { if (!document.querySelector('[data-testid="ws-nav-start"]')) w.pageLeft = true; })
        .observe(document.body, { childList: true, subtree: true });
    });

    // When the network returns
    await context.setOffline(false);
    // Then she is told it was sent, 待发送 empties and exactly one record is stored
    await page.getByText(`离线提交已发送：${LABEL}`).waitFor({ timeout: 60_000 });
    await page.getByTestId('outbox').waitFor({ state: 'detached' });
    await page.getByTestId('offline-banner').waitFor({ state: 'detached' });
    expect(await followUps(app, '周先生')).toBe(1);
    // And the page she was on stayed while the app checked her session again (no loading screen)
    expect(await page.evaluate(() => (window as unknown as { pageLeft?: boolean }).pageLeft)).toBe(false);
    // And a reload with network (which flushes the outbox again) does not double it
    await page.reload();
    await page.getByTestId('ws-nav-start').waitFor();
    expect(await followUps(app, '周先生')).toBe(1);

    // When she signs out, nothing of hers stays on the phone for the next person
    await page.getByTestId('user-menu').click();
    await page.getByText('退出登录').click();
    await page.waitForURL((u) => u.pathname.startsWith('/login'));
    for (let i = 0; (await keptSnapshots(page)) !== 0 || (await page.evaluate(() => localStorage.getItem('siteflow.lastSession'))) !== null; i++) {
      if (i === 40) throw new Error('the device still keeps the signed-out user\'s cache or session');
      await page.waitForTimeout(250);
    }
    expect(errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  }, 300_000);

  it('a phone that claims to be online while nothing answers still opens 发起 from what it kept, and the follow-up is sent once answers come back', async () => {
    // Given consultant 王芳 opened the project once with network (its published forms are kept on the phone)
    const { page } = await app.open({ viewport: 'phone', user: 'consultant', next: workspace });
    await page.getByTestId('ws-nav-start').waitFor();
    await definitionsKept(page);

    // When she is in a lift: the phone still says it is online, her session is known, but no other request gets an answer
    await page.route('**/api/**', (route) => (new URL(route.request().url()).pathname === '/api/auth/session' ? route.continue() : route.abort('internetdisconnected')));
    await page.reload();
    await page.getByTestId('ws-nav-start').click();
    // Then 发起 lists 客户跟进记录 from what the phone kept (not an error page), and its form opens
    const log = page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`);
    await log.getByText('客户跟进记录').waitFor({ timeout: 30_000 });
    await log.click();
    await page.getByTestId('record-create').getByRole('heading', { name: '客户跟进记录' }).waitFor({ timeout: 30_000 });
    await page.locator('#customerName').fill('郑女士');
    await page.locator('#customerPhone').fill('13866665555');
    await yes(page, 'askedDepositRefund');
    await page.getByTestId('record-save').click();
    // And saving keeps it in 待发送
    await page.getByTestId('outbox-item').filter({ hasText: LABEL }).getByText('等待发送').waitFor();
    expect(await followUps(app, '郑女士')).toBe(0);

    // When answers come back, the outbox's next attempt sends it, once
    await page.unroute('**/api/**');
    await page.getByText(`离线提交已发送：${LABEL}`).waitFor({ timeout: 60_000 });
    expect(await followUps(app, '郑女士')).toBe(1);
  }, 300_000);
});
