import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, demoUserId, pickOption, screenshot } from './support/index.js';
import { P, startWorkspaceApp, type WorkspaceApp } from './workspace-harness.js';

const SMALL_PHONE = { width: 375, height: 812 } as const;
const refund = { customerName: '钱先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };

// 更换置业顾问: the site manager moves one of 王芳's customers to 李强 from the record page (on a
// phone); 李强 then sees the customer's phone in clear.
describe('workspace: change the consultant of one customer', () => {
  let app: WorkspaceApp;
  let recordId = '';
  beforeAll(async () => {
    app = await startWorkspaceApp();
    // Given a customer 王芳 (consultant) filed: she owns it, 李强 sees it masked
    const wang = await app.api('consultant');
    const res = await wang.request('POST', `/api/projects/${P}/records`, { formKey: 'refund-request', data: refund });
    expect(res.status).toBe(201);
    recordId = (res.body as { id: string }).id;
  });
  afterAll(async () => { await app?.close(); });

  it('the site manager moves 王芳\'s customer to 李强 with a reason; 李强 then sees the phone in clear', async () => {
    const { page } = await app.open('siteManager', SMALL_PHONE, `/p/${P}/workspace/records/${recordId}`);
    const errors = collectErrors(page);
    const owner = page.getByTestId('record-owner');
    await owner.getByText('王芳（置业顾问）').waitFor();
    // When the manager changes the consultant to 李强, saying why
    await page.getByTestId('record-owner-change').click();
    await pickOption(page, 'record-owner-to', '李强');
    await page.getByTestId('record-owner-reason').fill('撞单，客户先到访李强');
    await screenshot(page, 'workspace-record-owner-phone');
    await page.getByTestId('record-owner-confirm').click();
    // Then the page says whom the customer went to and shows the new consultant
    await page.getByText('已将客户交给 李强（置业顾问）').waitFor();
    await owner.getByText('李强（置业顾问）').waitFor();
    expect(await page.getByTestId('record-owner-form').count()).toBe(0);
    // And the record's activity says who moved the customer, from whom to whom and why
    const change = page.getByTestId('record-activity').locator('[data-type="record.ownerChanged"]');
    await change.getByTestId('timeline-owner-changed').getByText('置业顾问：王芳（置业顾问） → 李强（置业顾问）（撞单，客户先到访李强）').waitFor();
    await change.getByText(/^赵磊/).waitFor();
    // And nothing sticks out of a 375 px screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SMALL_PHONE.width);
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);

    // When 李强 opens the customer
    const li = await app.open('consultant2', SMALL_PHONE, `/p/${P}/workspace/records/${recordId}`);
    const record = li.page.getByTestId('record-page');
    // Then he sees the phone in clear and no offer to change the consultant (he is not a manager)
    await record.getByText('13812341234').waitFor();
    expect(await record.getByText('138****1234').count()).toBe(0);
    await li.page.getByTestId('record-owner').getByText('李强（置业顾问）').waitFor();
    expect(await li.page.getByTestId('record-owner-change').count()).toBe(0);
    // And the audit names who moved it, from whom, to whom and why
    const manager = await app.api('siteManager');
    const history = (await manager.request('GET', `/api/projects/${P}/records/${recordId}/history`)).body as { events: { type: string; data: Record<string, unknown> }[] };
    expect(history.events.find((e) => e.type === 'record.ownerChanged')?.data).toEqual({ from: demoUserId('consultant'), to: demoUserId('consultant2'), reason: '撞单，客户先到访李强' });
  }, 180_000);
});
