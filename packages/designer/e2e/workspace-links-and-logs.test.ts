import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
// exceljs is a server dependency: the spreadsheet is written by the server package's test helper.
import { commLogXlsx } from '../../server/src/comm-logs/testing.js';
import { collectErrors, demoIds, openContext, screenshot, startTestApp, type TestApp } from './support/index.js';

const P = demoIds.projectYunqi;
const FLOW = 'school-district-cancellation';
type Task = { id: string; nodeId: string; instanceId: string; version: number; status: string };

async function noHorizontalScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

// The two screens over server APIs that had none: the signed one-time link an education
// consultant sends to the education bureau (学区房退订 → 教育局对接), and the communication logs
// (沟通记录) page with its CSV import, on the real server with the demo organisation.
/** Waits for the import's list of refused rows and checks it names only file row `row`, in Chinese, with `reason`. */
async function expectOnlyRejectedRow(page: Page, row: number, reason: string): Promise<void> {
  const rejected = page.getByTestId('import-rejected-row');
  await rejected.first().waitFor();
  expect(await rejected.count()).toBe(1);
  expect(await rejected.getAttribute('data-row')).toBe(String(row));
  expect(await rejected.innerText()).toContain(`第 ${row} 行`);
  expect(await rejected.innerText()).toContain(reason);
}

describe('workspace: external links and communication logs', () => {
  let app: TestApp;
  // A Monday morning, so working-day lifetimes count from now.
  beforeAll(async () => { app = await startTestApp({ startAt: Date.parse('2025-12-22T10:00:00+08:00') }); });
  afterAll(async () => { await app?.close(); });

  /** Files a school-district case through the API and brings it to the 教育局对接 step; returns that task. */
  async function caseAtBureauStep(customerName: string): Promise<Task> {
    const consultant = await app.server.login('consultant');
    const education = await app.server.login('educationConsultant');
    const started = await consultant.request('POST', `/api/projects/${P}/instances`, {
      flowKey: FLOW, data: { customerName, customerPhone: '13800001234', building: '3', room: '1201', requestedAt: '2025-12-22T09:30:00+08:00' },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const open = async (who: typeof consultant) => ((await who.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as Task[])
      .find((t) => t.instanceId === started.body.instanceId && t.status === 'open')!;
    const interview = await open(consultant);
    expect((await consultant.request('POST', `/api/tasks/${interview.id}/actions`, { action: 'submit', version: interview.version, data: {
      interviewAt: '2025-12-22T09:40:00+08:00', reasons: ['schoolDistrict'], depositAmount: 800000, paymentMethod: 'bankTransfer',
      thirdPartyInfluence: false, expectedResolution: 'within24h',
    } })).status).toBe(200);
    const prepare = await open(education);
    expect((await education.request('POST', `/api/tasks/${prepare.id}/actions`, { action: 'submit', version: prepare.version, data: {
      schoolQuestion: '该地块是否对应云栖小学学区？', eduBureauContactName: '刘老师', eduBureauContactPhone: '13900005678',
    } })).status).toBe(200);
    const bureau = await open(education);
    expect(bureau.nodeId).toBe('bureauConfirm');
    return bureau;
  }

  it('lets the education consultant create a one-time link that the bureau opens without an account', async () => {
    const task = await caseAtBureauStep('张先生');
    // Given the education consultant on the 教育局对接 task at a desk
    const { context, page } = await app.open({ viewport: 'desktop', user: 'educationConsultant', next: `/p/${P}/workspace/tasks/${task.id}` });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseURL });
    const errors = collectErrors(page);
    await page.getByTestId('task-page').waitFor();
    // When they record that the bureau confirms through the link, and open 生成外部办理链接
    await page.locator('#confirmedBy').getByText('教育局对接人通过一次性链接确认').click();
    await page.getByTestId('external-link-open').click();
    // Then the bureau is offered the two empty policy fields, and the confirmation method goes with the link
    const fields = page.getByTestId('external-link-fields');
    expect(await fields.getByRole('checkbox', { name: /政策确认结果/ }).isChecked()).toBe(true);
    expect(await fields.getByRole('checkbox', { name: /政策说明/ }).isChecked()).toBe(true);
    expect(await fields.getByRole('checkbox', { name: /确认方式/ }).isChecked()).toBe(false);
    await page.getByText('随链接一并提交您已填写的：确认方式').waitFor();
    // When the contact is named, the lifetime set to 2 working days, and the link created
    await page.getByTestId('external-link-contact-name').fill('刘老师（区教育局）');
    await page.getByTestId('external-link-contact').fill('13900005678');
    await page.getByTestId('external-link-amount').fill('2');
    await page.getByTestId('external-link-create').click();
    // Then the full address, its expiry, a QR code and the one-use warning are shown
    const url = await page.getByTestId('external-link-url').inputValue();
    expect(url.startsWith(`${app.baseURL}/api/external-links/`)).toBe(true);
    expect(url.endsWith('/page')).toBe(true);
    // Two working days from Monday 10:00 is Wednesday 10:00 (the browser runs in Asia/Shanghai)
    expect(await page.getByTestId('external-link-expires').innerText()).toBe('有效期至 2025年12月24日 10:00');
    await page.getByText('该链接只能提交一次').waitFor();
    await page.getByTestId('external-link-result').locator('canvas, svg').first().waitFor();
    // And the copy button puts exactly that address on the clipboard
    await page.getByTestId('external-link-copy').click();
    await page.getByText('链接已复制').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await screenshot(page, 'external-link');

    // When the bureau contact opens the address on a phone, signed in nowhere
    const outsider = await openContext(app.browser, { baseURL: app.baseURL, viewport: 'phone' });
    try {
      const bureau = await outsider.newPage();
      await bureau.goto(url);
      // Then the step's page greets them and asks for the policy answer
      await bureau.getByText('刘老师（区教育局），您好').waitFor();
      await bureau.getByText('政策确认结果').first().waitFor();
      // And answering it completes the step for the education consultant
      await bureau.getByText('政策确认：可按原承诺入学/落户').click();
      await bureau.locator('textarea[name=f_policyDetail]').fill('该地块已纳入云栖小学学区，2026年秋季可按片区入学。');
      await bureau.getByRole('button', { name: /提交/ }).click();
      await bureau.getByText('已提交，感谢您的确认').waitFor();
    } finally {
      await outsider.close();
    }
    const education = await app.server.login('educationConsultant');
    const detail = (await education.request('GET', `/api/tasks/${task.id}`)).body;
    expect(detail.task.status).toBe('closed');
    expect(detail.record.data).toMatchObject({ policyStatus: 'confirmed', confirmedBy: 'bureauLink' });
    expect(errors).toEqual([]);
  });

  it('fits a 375 px phone, and a colleague who is not the assignee is not offered a link', async () => {
    const task = await caseAtBureauStep('赵女士');
    const { page } = await app.open({ viewport: 'phone', user: 'educationConsultant', next: `/p/${P}/workspace/tasks/${task.id}` });
    await page.getByTestId('external-link-open').click();
    await page.getByTestId('external-link-contact-name').fill('刘老师');
    // When the empty 确认方式 is taken away from the contact, the dialog says nobody would fill it and will not create the link
    await page.getByTestId('external-link-fields').getByText('确认方式').click();
    await page.getByTestId('external-link-missing').getByText('确认方式').waitFor();
    expect(await page.getByTestId('external-link-create').isDisabled()).toBe(true);
    // When it is given back to the contact, the link is created
    await page.getByTestId('external-link-fields').getByText('确认方式').click();
    await page.getByTestId('external-link-create').click();
    await page.getByTestId('external-link-url').waitFor();
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    // A site manager sees the task but may not issue a link for it (the server would refuse: not an assignee)
    const manager = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${P}/workspace/tasks/${task.id}` });
    await manager.page.getByTestId('timeline').waitFor();
    await manager.page.getByText('生成了外部办理链接').waitFor();
    expect(await manager.page.getByTestId('external-link-open').count()).toBe(0);
  });

  it('imports a CSV of communication logs: the bad row is reported by number, the good one is scored and listed', async () => {
    // Given a consultant in the workspace who opens 沟通记录 from the menu
    const { page } = await app.open({ viewport: 'desktop', user: 'consultant', next: `/p/${P}/workspace` });
    const errors = collectErrors(page);
    await page.getByTestId('ws-nav-comm-logs').click();
    await page.getByTestId('comm-logs-page').waitFor();
    // When they download the example template, it carries the columns the import reads
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('comm-log-template').click()]);
    expect(download.suggestedFilename()).toBe('沟通记录导入模板.csv');
    const template = readFileSync((await download.path())!, 'utf8');
    expect(template).toContain('消息编号,客户编号,客户姓名,置业顾问,渠道,发言方,沟通内容,沟通时间');
    // When a file with one good message (a cancellation keyword) and one bad row (unknown speaker) is uploaded
    const csv = [
      '消息编号,客户编号,客户姓名,置业顾问,渠道,发言方,沟通内容,沟通时间',
      'E2E-0001,C20001,张先生,王芳,微信,客户,家里人不同意，我有点后悔了，定金能不能退？,2025-12-22 09:30',
      'E2E-0002,C20002,李女士,王芳,微信,路人,你好,2025-12-22 09:40',
    ].join('\r\n');
    await page.getByTestId('comm-log-import').locator('input[type=file]').setInputFiles({ name: '微信沟通.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // Then row 3 is named with the server's reason, and nothing is imported yet
    await expectOnlyRejectedRow(page, 3, '“路人”无效');
    // When the bad row is skipped and the rest imported
    await page.getByTestId('import-skip-rejected').click();
    // Then the result says 1 imported, 1 rejected (row 3), and the keywords the server found
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-inserted').locator('.ant-statistic-content-value').innerText()).toBe('1');
    expect(await page.getByTestId('import-rejected-count').locator('.ant-statistic-content-value').innerText()).toBe('1');
    expect(await page.getByTestId('import-result').getByTestId('import-rejected-row').getAttribute('data-row')).toBe('3');
    const signals = page.getByTestId('import-signals');
    await signals.getByText('E2E-0001').waitFor();
    await signals.getByText('后悔').waitFor();
    // And the message is in the table with its keywords; the bad row is not
    const row = page.locator('[data-testid=comm-log-table] [data-external-id="E2E-0001"]');
    await row.waitFor();
    expect(await row.innerText()).toContain('张先生（C20001）');
    await row.getByText('定金能不能退').first().waitFor();
    expect(await page.locator('[data-external-id="E2E-0002"]').count()).toBe(0);
    await screenshot(page, 'comm-logs');
    // The only failed request is the first upload the server refused (400)
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);

    // A site manager on a 375 px phone reads the same message as a card, without sideways scrolling
    const phone = await app.open({ viewport: 'phone', user: 'siteManager', next: `/p/${P}/workspace/comm-logs` });
    await phone.page.locator('[data-testid=comm-log-list] [data-external-id="E2E-0001"]').waitFor();
    expect(await noHorizontalScroll(phone.page)).toBeLessThanOrEqual(0);
    // Legal may read the logs but is not offered the import (the server would refuse it)
    const legal = await app.open({ viewport: 'desktop', user: 'legal', next: `/p/${P}/workspace/comm-logs` });
    await legal.page.locator('[data-external-id="E2E-0001"]').waitFor();
    expect(await legal.page.getByTestId('comm-log-import').count()).toBe(0);
  });
  it('imports an Excel file with a bad row: the row is named first, then skipping it imports the others', async () => {
    // Given a sales supervisor on 沟通记录 with an .xlsx export whose row 3 has no usable time
    const { page } = await app.open({ viewport: 'desktop', user: 'salesSupervisor', next: `/p/${P}/workspace/comm-logs` });
    const errors = collectErrors(page);
    await page.getByTestId('comm-logs-page').waitFor();
    const xlsx = await commLogXlsx([
      ['消息编号', '客户编号', '客户姓名', '置业顾问', '渠道', '发言方', '沟通内容', '沟通时间'],
      ['XLSX-0001', 'C30001', '王先生', '李强', '企业微信', '客户', '网上说项目停工了，我再想想', '2025-12-22 09:10'],
      ['XLSX-0002', 'C30001', '王先生', '李强', '企业微信', '客户', '定金能不能退？', '明天下午'],
      ['XLSX-0003', 'C30001', '王先生', '李强', '企业微信', '顾问', '王先生您好，周六工地开放日给您留了位置', '2025-12-22 09:20'],
    ]);
    // When it is uploaded
    await page.getByTestId('comm-log-import').locator('input[type=file]').setInputFiles({ name: '企业微信导出.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    // Then row 3 is named with the server's reason, and nothing is imported yet
    await expectOnlyRejectedRow(page, 3, '“明天下午”不是有效时间');
    expect(await page.locator('[data-testid=comm-log-table] [data-external-id="XLSX-0001"]').count()).toBe(0);
    // When the bad row is skipped, as the button offers, and the other two imported
    const skip = page.getByTestId('import-skip-rejected');
    expect(await skip.innerText()).toBe('跳过这 1 行，导入其余 2 行');
    await skip.click();
    // Then the result counts 2 imported and row 3 left out, with the keywords the server found
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-inserted').locator('.ant-statistic-content-value').innerText()).toBe('2');
    expect(await page.getByTestId('import-rejected-count').locator('.ant-statistic-content-value').innerText()).toBe('1');
    expect(await page.getByTestId('import-result').getByTestId('import-rejected-row').getAttribute('data-row')).toBe('3');
    await page.getByTestId('import-signals').getByText('停工').waitFor();
    // And both messages are listed, the skipped one is not
    const row = page.locator('[data-testid=comm-log-table] [data-external-id="XLSX-0001"]');
    await row.waitFor();
    await row.getByText('再想想').first().waitFor();
    await page.locator('[data-testid=comm-log-table] [data-external-id="XLSX-0003"]').waitFor();
    expect(await page.locator('[data-external-id="XLSX-0002"]').count()).toBe(0);
    // The only failed request is the first upload the server refused (400)
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it("masks another consultant's customer as the tracking table does: a consultant sees only their own, the supervisor 赵** on a 390 px phone", async () => {
    // Given the CRM pushed 王芳's customer 赵女士 (with her phone in the text) and 李强's customer 林先生
    const crm = await app.server.login('customerService');
    const pushed = await crm.request('POST', `/api/projects/${P}/comm-logs`, { logs: [
      { externalId: 'E2E-MASK-1', customerId: 'C50001', customerName: '赵女士', consultant: '王芳', from: 'staff', at: '2025-12-22 10:05', text: '赵女士您好，有事打我电话 13812345678。' },
      { externalId: 'E2E-MASK-2', customerId: 'C50002', customerName: '林先生', consultant: '李强', from: 'customer', at: '2025-12-22 10:06', text: '周末过来看房。' },
    ] });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    // When 李强 (置业顾问) opens 沟通记录 on a phone, he reads his own customer and not 王芳's
    const li = await app.open({ viewport: { width: 390, height: 844 }, user: 'consultant2', next: `/p/${P}/workspace/comm-logs` });
    const liErrors = collectErrors(li.page);
    await li.page.locator('[data-testid=comm-log-list] [data-external-id="E2E-MASK-2"]').waitFor();
    expect(await li.page.locator('[data-external-id="E2E-MASK-1"]').count()).toBe(0);
    expect(await li.page.getByTestId('comm-log-unmask').count()).toBe(0);
    expect(liErrors).toEqual([]);
    // When the sales supervisor opens it on a 390 px phone
    const { page } = await app.open({ viewport: { width: 390, height: 844 }, user: 'salesSupervisor', next: `/p/${P}/workspace/comm-logs` });
    const errors = collectErrors(page);
    const card = page.locator('[data-testid=comm-log-list] [data-external-id="E2E-MASK-1"]');
    await card.waitFor();
    // Then the name and the phone are masked with a lock, as in 追踪表, and nothing scrolls sideways
    expect(await card.innerText()).toContain('赵**（C50001）');
    expect(await card.innerText()).toContain('赵**您好，有事打我电话 138****5678。');
    expect(await card.innerText()).not.toContain('赵女士');
    expect(await card.locator('[data-masked=customerName]').count()).toBe(1);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    await screenshot(page, 'comm-logs-masked-phone');
    // When they choose to show it in clear (audited), the card shows the name and the text
    await card.getByTestId('comm-log-unmask').click();
    await card.getByText('赵女士（C50001）').waitFor();
    expect(await card.innerText()).toContain('13812345678');
    expect(await card.getByTestId('comm-log-unmask').count()).toBe(0);
    expect(await noHorizontalScroll(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });

  it('shows reassuring words green and worries red, each explained with its weight', async () => {
    // Given a customer message with a worry (定金能不能退, weight 4) and a reassuring word (放心 counts as 满意, weight -1), pushed by the CRM
    const supervisor = await app.server.login('salesSupervisor');
    const pushed = await supervisor.request('POST', `/api/projects/${P}/comm-logs`, { logs: [
      { externalId: 'E2E-POS-1', customerId: 'C40001', customerName: '陈女士', from: 'customer', at: '2025-12-22 09:55', text: '看完样板间放心了，想问下定金能不能退' },
    ] });
    expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
    // When the site manager opens 沟通记录
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${P}/workspace/comm-logs` });
    const errors = collectErrors(page);
    const row = page.locator('[data-testid=comm-log-table] [data-external-id="E2E-POS-1"]');
    await row.waitFor();
    // Then 满意 is a green tag and 定金能不能退 a red one
    const positive = row.getByTestId('comm-log-term').filter({ hasText: '满意' });
    const negative = row.getByTestId('comm-log-term').filter({ hasText: '定金能不能退' });
    const rgb = async (tag: typeof positive) => (await tag.evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    const [pr, pg, pb] = await rgb(positive);
    expect(pg).toBeGreaterThan(pr!);
    expect(pg).toBeGreaterThan(pb!);
    const [nr, ng, nb] = await rgb(negative);
    expect(nr).toBeGreaterThan(ng!);
    expect(nr).toBeGreaterThan(nb!);
    // And each tag is named for a screen reader with its polarity and weight
    expect(await positive.getAttribute('aria-label')).toBe('满意：正面词 · 权重 -1');
    expect(await negative.getAttribute('aria-label')).toBe('定金能不能退：负面词 · 权重 +4');
    // And hovering the green tag explains it
    await positive.hover();
    await page.getByRole('tooltip').filter({ hasText: '正面词 · 权重 -1' }).waitFor();
    expect(errors).toEqual([]);
  });
});
