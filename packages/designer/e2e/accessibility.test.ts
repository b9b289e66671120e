import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { demoIds, demoUserId, startTestApp, type TestApp } from './support/index.js';

// Site staff use the app all day, many on phones in bright show flats, some with screen readers or
// the keyboard only: every main page, at the sizes it is used at, passes axe-core's WCAG 2 A/AA
// rules without a serious or critical violation.
const P = demoIds.projectYunqi;
// Evaluated through the devtools protocol: the app's Content-Security-Policy forbids an inline <script>.
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DESKTOP = { width: 1440, height: 900 } as const;
const PHONE = { width: 390, height: 844 } as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; failureSummary?: string }[] }

/** Waits until the page's data arrived and antd's spinners and enter animations are over. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout: 10_000 }).catch(() => undefined);
}

/** Runs axe-core on the page and returns its serious and critical violations, one readable line each. */
async function seriousViolations(page: Page, disabledRules: readonly string[] = []): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async ({ tags, disabled }) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules: Object.fromEntries(disabled.map((r) => [r, { enabled: false }])) });
    return result.violations;
  }, { tags: WCAG_TAGS, disabled: [...disabledRules] });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} [${v.impact}] ${v.help} ${v.helpUrl} (${v.nodes.length}×):\n${v.nodes.slice(0, 8).map((n) => `    ${JSON.stringify(n.target)}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`).join('\n')}`);
}

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  let app: TestApp;
  let taskId = '';
  let recordId = '';
  beforeAll(async () => {
    app = await startTestApp({ startAt: Date.parse('2025-12-22T10:00:00+08:00') });
    // Given 王芳 filed a refund request, so 陈静 (sales supervisor) holds a task and the case has a record
    const consultant = await app.server.login('consultant');
    const data = { customerName: '赵先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };
    const started = await consultant.request('POST', `/api/projects/${P}/instances`, { flowKey: 'refund', data });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    recordId = started.body.recordId as string;
    const supervisor = await app.server.login('salesSupervisor');
    const inbox = await supervisor.request('GET', `/api/tasks?scope=mine&projectId=${P}`);
    taskId = (inbox.body.items as { id: string; instanceId: string }[]).find((t) => t.instanceId === started.body.instanceId)!.id;
  }, 180_000);
  afterAll(async () => { await app?.close(); });
  // Each user signs in through the login page once; later checks reuse that session's cookies.
  const signedIn = new Map<string, Awaited<ReturnType<BrowserContext['storageState']>>>();
  // Plain page checks share one context per user and viewport, so a page load hits the browser's
  // cache instead of fetching and compiling the app again (most of a fresh context's seconds).
  const kept = new Map<string, BrowserContext>();

  /** Opens `path` for `user` (signed out when null); `keep` reuses the user's context. Returns the page and how to let it go. */
  async function openPage(user: string | null, viewport: { width: number; height: number }, path: string, keep: boolean): Promise<{ page: Page; done: () => Promise<void> }> {
    const key = `${user}|${viewport.width}x${viewport.height}`;
    const reused = keep && user ? kept.get(key) : undefined;
    if (reused) {
      const page = await reused.newPage();
      await page.goto(path);
      return { page, done: () => page.close() };
    }
    const saved = user ? signedIn.get(user) : undefined;
    const { context, page } = await app.open({ viewport, ...(saved ? { storageState: saved } : user ? { user, next: path } : {}) });
    if (user && !saved) signedIn.set(user, await context.storageState());
    if (!user || saved) await page.goto(path);
    if (keep && user) {
      kept.set(key, context);
      return { page, done: () => page.close() };
    }
    return { page, done: () => context.close() };
  }

  /**
   * Opens `path` as `user` at `viewport`, waits for `ready`, then (when given) does what a user does
   * next (`then.act`: open a dialog, submit an empty form, switch to English, in a context of its
   * own) and waits for `then.ready`; expects no serious/critical violation on what is then on screen.
   */
  async function check(user: string | null, viewport: { width: number; height: number }, path: string, ready: string, disabledRules: readonly string[] = [],
    then?: { act: (page: Page) => Promise<void>; ready: string }): Promise<void> {
    const { page, done } = await openPage(user, viewport, path, !then);
    try {
      await settle(page, ready);
      if (then) {
        await then.act(page);
        await settle(page, then.ready);
      }
      const found = await seriousViolations(page, disabledRules);
      expect(found, `${user ?? 'anonymous'} ${viewport.width}px ${path}:\n${found.join('\n')}`).toEqual([]);
    } finally {
      await done();
    }
  }

  const ws = `/p/${P}/workspace`;
  for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    it(`login page (${name})`, () => check(null, viewport, '/login', '#username'));
    it(`我的待办 inbox (${name})`, () => check('salesSupervisor', viewport, ws, '[data-testid=inbox-item]'));
    it(`task page (${name})`, () => check('salesSupervisor', viewport, `${ws}/tasks/${taskId}`, '[data-testid=task-page]'));
    it(`发起 (${name})`, () => check('consultant', viewport, `${ws}/start`, '[data-testid=start-log]'));
    it(`start form (${name})`, () => check('consultant', viewport, `${ws}/start/refund`, '[data-testid=start-submit]'));
    it(`追踪表 tracking table (${name})`, () => check('siteManager', viewport, `${ws}/tracking?form=refund-request`, name === 'desktop' ? '[data-testid=tracking-table] tbody tr.ant-table-row' : '[data-testid=tracking-card]'));
    it(`record page (${name})`, () => check('siteManager', viewport, `${ws}/records/${recordId}`, '[data-testid=record-activity] [data-testid=timeline-item]'));
    it(`沟通记录 (${name})`, () => check('siteManager', viewport, `${ws}/comm-logs`, '[data-testid=comm-logs-page]'));
    it(`消息 (${name})`, () => check('salesSupervisor', viewport, `${ws}/notifications`, '[data-testid=notification]'));
    it(`区域看板 (${name})`, () => check('regionalDirector', viewport, '/overview', name === 'desktop' ? '[data-testid=overview-table]' : '[data-testid=overview-cards]'));
  }
  // What users see after acting: dialogs, refused input, and the English interface
  const english = { act: (page: Page) => page.getByTestId('lang-switch').click(), ready: 'html[lang=en]' };
  it('task page: 转交 dialog open (desktop)', () => check('salesSupervisor', DESKTOP, `${ws}/tasks/${taskId}`, '[data-testid=action-transfer]', [],
    { act: (page) => page.getByTestId('action-transfer').click(), ready: '.ant-modal [data-testid=action-to]' }));
  it('task page: 改派 dialog open (phone)', () => check('admin', PHONE, `${ws}/tasks/${taskId}`, '[data-testid=action-reassign]', [],
    { act: (page) => page.getByTestId('action-reassign').click(), ready: '.ant-modal [data-testid=reassign-form]' }));
  it('start form submitted empty: errors under the fields (phone)', () => check('consultant', PHONE, `${ws}/start/refund`, '[data-testid=start-submit]', [],
    { act: (page) => page.getByTestId('start-submit').click(), ready: 'text=/为必填项/' }));
  it('我的待办 inbox in English (desktop)', () => check('salesSupervisor', DESKTOP, ws, '[data-testid=inbox-item]', [], english));
  it('task page in English (phone)', () => check('salesSupervisor', PHONE, `${ws}/tasks/${taskId}`, '[data-testid=task-page]', [], english));
  it('报表 (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/reports?month=2025-12`, '[data-testid=kpi-cases]'));
  it('项目设置 (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/settings`, '[data-testid=project-settings]'));
  it('项目设置 → 成员 of the site manager (phone)', () => check('siteManager', PHONE, `/p/${P}/settings`, '[data-testid=team-list] [data-testid=team-counts]'));
  it('项目设置 (phone)', () => check('consultant', PHONE, `/p/${P}/settings`, '[data-testid=project-settings]'));
  it('项目待办 of one holder, from 成员 (phone)', () => check('siteManager', PHONE, `${ws}?scope=project&holder=${demoUserId('salesSupervisor')}`, '[data-testid=inbox-item]'));
  it('form designer (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/forms/refund-request`, '[data-testid=palette-section]'));
  it('flow designer (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/flows/refund`, '.react-flow__node'));
  it('rule designer (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/rules`, '[data-testid=rules-page]'));
  it('flow list: 复制 dialog open (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/flows`, '[data-testid=flow-copy-refund]', [],
    { act: (page) => page.getByTestId('flow-copy-refund').click(), ready: '[data-testid=flow-copy-help]' }));
  it('form list (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/forms`, '[data-testid=form-copy-refund-request]'));
  it('flow designer: 版本历史 open (desktop)', () => check('siteManager', DESKTOP, `/p/${P}/studio/flows/refund`, '[data-testid=flow-versions]', [],
    { act: (page) => page.getByTestId('flow-versions').click(), ready: '[data-testid=version-restore-1]' }));
  it('管理 → 用户 (desktop)', () => check('admin', DESKTOP, `/p/${P}/admin/users`, '[data-testid=admin-users] tbody tr.ant-table-row'));
  it('管理 → 个人信息访问记录 (desktop)', () => check('admin', DESKTOP, `/p/${P}/admin/personal-data`, '[data-testid=admin-personal-data]'));
});
