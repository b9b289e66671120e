import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer, type TestSession } from '@siteflow/server/testing';
import { DEMO_PASSWORD, launchBrowser, login, openContext } from './support/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The published cancellation form of the templates helper (templates/cancellation-work-order). */
export const cancellationForm = JSON.parse(readFileSync(join(root, 'templates/cancellation-work-order/forms/cancellation-work-order.json'), 'utf8')) as { key: string };

const m = (zh: string, en: string) => ({ zh, en });
const day = { amount: 24, unit: 'hours' } as const;

/**
 * A compact cancellation flow over the template's form, shaped like the acceptance scenario:
 * the consultant files the first interview; the case routes by the reasons ticked (family →
 * sales supervisor approves, loan → finance specialist, else site manager); then customer service
 * lead holds the family meeting within 24 h, and a breach adds the site manager to the task.
 */
export const cancellationFlow = {
  key: 'cancellation-e2e',
  name: m('退订工单（首谈直报）', 'Cancellation (first-interview filing)'),
  formKey: cancellationForm.key,
  nodes: [
    { id: 'start', kind: 'start', name: m('首次面谈登记', 'First interview') },
    { id: 'route', kind: 'condition', name: m('按退订类型分派', 'Route by type') },
    { id: 'supervisorReview', kind: 'task', taskType: 'approve', mode: 'any', name: m('销售主管审批', 'Sales supervisor approval'),
      assignees: [{ kind: 'role', role: 'salesSupervisor' }], fields: { classificationNote: 'edit' },
      actions: ['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment'], sla: { duration: day } },
    { id: 'financeReview', kind: 'task', taskType: 'fill', mode: 'any', name: m('金融专员出方案', 'Financing options'),
      assignees: [{ kind: 'role', role: 'financeSpecialist' }], fields: { loanOption: 'required' }, actions: ['submit', 'transfer', 'comment'], sla: { duration: day } },
    { id: 'managerReview', kind: 'task', taskType: 'approve', mode: 'any', name: m('案场经理研判', 'Site manager review'),
      assignees: [{ kind: 'role', role: 'siteManager' }], fields: { classificationNote: 'edit' }, actions: ['approve', 'reject', 'comment'], sla: { duration: day } },
    { id: 'familyMeeting', kind: 'task', taskType: 'fill', mode: 'any', name: m('二次家庭会谈', 'Second family meeting'),
      assignees: [{ kind: 'role', role: 'customerServiceLead' }], fields: { familyMeetingAt: 'required', familyNotes: 'required' },
      actions: ['submit', 'transfer', 'comment'],
      sla: { duration: day, escalation: [{ after: { amount: 0, unit: 'minutes' }, action: 'addAssignees', to: [{ kind: 'role', role: 'siteManager' }] }] } },
    { id: 'done', kind: 'end', name: m('完成', 'Done'), outcome: { key: 'closed', label: m('已处理', 'Handled') } },
    { id: 'rejected', kind: 'end', name: m('驳回', 'Rejected'), outcome: { key: 'rejected', label: m('已驳回', 'Rejected') } },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'route' },
    { id: 'e2', source: 'route', target: 'supervisorReview', condition: { field: 'reasons', op: 'contains', value: 'familyDispute' }, order: 1 },
    { id: 'e3', source: 'route', target: 'financeReview', condition: { field: 'reasons', op: 'contains', value: 'loanRejected' }, order: 2 },
    { id: 'e4', source: 'route', target: 'managerReview', default: true },
    { id: 'e5', source: 'supervisorReview', target: 'familyMeeting' },
    { id: 'e6', source: 'supervisorReview', target: 'rejected', on: 'rejected' },
    { id: 'e7', source: 'financeReview', target: 'done' },
    { id: 'e8', source: 'managerReview', target: 'done' },
    { id: 'e9', source: 'managerReview', target: 'rejected', on: 'rejected' },
    { id: 'e10', source: 'familyMeeting', target: 'done' },
  ],
};

/** A running workspace test app: server, Chromium, and API sessions. */
export interface WorkspaceApp {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Opens a context at a viewport, signed in as `user`, on `path`. */
  open(user: string, viewport: { width: number; height: number }, path: string): Promise<{ context: BrowserContext; page: Page }>;
  /** An API session (cookie + CSRF) of a demo user. */
  api(user: string): Promise<TestSession>;
  close(): Promise<void>;
}

/** Phone and desktop sizes of the acceptance. */
export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1440, height: 900 } as const;
export const P = 'prj_yunqi';

/**
 * Starts the demo server in test mode on a temp SQLite file (serving `SF_WEB_DIST` when set, else
 * the built app) and Chromium; publishes the cancellation form and flow.
 */
export async function startWorkspaceApp(): Promise<WorkspaceApp> {
  const server = await startTestServer({ demo: true, startAt: Date.parse('2025-12-20T16:17:00+08:00'), ...(process.env.SF_WEB_DIST ? { config: { webDist: process.env.SF_WEB_DIST } } : {}) });
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const app: WorkspaceApp = {
    server, browser,
    async open(user, viewport, path) {
      const context = await openContext(browser, { baseURL: server.baseUrl, viewport });
      contexts.push(context);
      const page = await context.newPage();
      await login(page, user, DEMO_PASSWORD, path);
      return { context, page };
    },
    api: (user) => server.login(user),
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
  const manager = await app.api('siteManager');
  for (const [kind, definition] of [['forms', cancellationForm], ['flows', cancellationFlow]] as const) {
    const created = await manager.request('POST', `/api/projects/${P}/${kind}`, { definition });
    // The demo may already ship the template's form (seeded and published): use it as it is.
    if (created.status === 409 && (await manager.request('GET', `/api/projects/${P}/${kind}/${definition.key}`)).body?.latestVersion) continue;
    if (created.status !== 201) throw new Error(`create ${kind}: ${created.status} ${JSON.stringify(created.body)}`);
    const published = await manager.request('POST', `/api/projects/${P}/${kind}/${definition.key}/publish`, { note: 'e2e' });
    if (published.status !== 201) throw new Error(`publish ${kind}: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return app;
}

/** Data of 张先生's first interview, as the API takes it. */
export const zhangInterview = {
  customerName: '张先生', customerPhone: '13812341234', building: '3', room: '1502', requestedAt: '2025-12-20T16:17:00+08:00',
  reasons: ['familyDispute', 'schoolDistrict'], reasonDetail: '家人不同意买郊区，孩子上学问题', depositAmount: 800000, paymentMethod: 'bankTransfer',
  thirdPartyInfluence: false, expectedResolution: 'within3d',
};

/** Fills the first-interview start form through the UI, as a consultant on a phone would. */
export async function fillFirstInterview(page: Page, name = '张先生', phone = '13812341234'): Promise<void> {
  await page.locator('#customerName').fill(name);
  await page.locator('#customerPhone').fill(phone);
  await page.locator('#building').fill('3');
  await page.locator('#room').fill('1502');
  await pickNow(page, 'requestedAt');
  await page.locator('#reasons').getByText('家人意见不统一').click();
  await page.locator('#reasons').getByText('学区/入学政策').click();
  await page.locator('#reasonDetail').fill('家人不同意买郊区，孩子上学问题');
  await page.locator('#depositAmount').fill('800000');
  await page.locator('#paymentMethod').click();
  await page.locator('.ant-select-dropdown:visible').getByText('银行转账').click();
  await page.locator('#thirdPartyInfluence').getByText('否').click();
  await page.locator('#expectedResolution').getByText('3个工作日内').click();
}

/**
 * Sets the date-time field `#id` to now with its picker's "此刻" button, as a user taps it. The
 * popup slides in; a press and release that straddle that movement (a busy machine) lose the
 * click and leave the popup open and the field empty, so the button is pressed only once the
 * popup has settled, and again (up to 3 times) until the field holds a value and the popup closed.
 */
async function pickNow(page: Page, id: string): Promise<void> {
  const input = page.locator(`#${id}`);
  const open = page.locator('.ant-picker-dropdown:visible');
  const closing = page.locator('.ant-picker-dropdown:visible[class*="-leave"]');
  const settled = page.locator('.ant-picker-dropdown:visible:not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])');
  for (let attempt = 1; ; attempt++) {
    await closing.waitFor({ state: 'detached' });
    if (!(await open.count())) await input.click();
    await settled.locator('.ant-picker-now-btn').click();
    const committed = await page.waitForFunction(
      (sel) => (document.querySelector(sel) as HTMLInputElement | null)?.value !== '' && !document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)'),
      `#${id}`, { timeout: 5_000 },
    ).then(() => true, () => false);
    if (committed) return;
    if (attempt === 3) throw new Error(`#${id}: "此刻" did not set a value after ${attempt} presses (value "${await input.inputValue()}")`);
  }
}

/** Returns how many records of the cancellation form match `q`, asked through the API as the site manager. */
export async function recordsTotal(app: WorkspaceApp, q?: string): Promise<number> {
  const manager = await app.api('siteManager');
  const res = await manager.request('GET', `/api/projects/${P}/records?form=${cancellationForm.key}&pageSize=200${q ? `&q=${encodeURIComponent(q)}` : ''}`);
  if (res.status !== 200) throw new Error(`records: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.total as number;
}
