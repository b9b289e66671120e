import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUserId } from '@siteflow/server/testing';
import { collectErrors, screenshot } from './support/index.js';
import { DESKTOP, P, startWorkspaceApp, zhangInterview, type WorkspaceApp } from './workspace-harness.js';

// The record page of a 退订工单: its status follows the case (进行中 → 已完结), people read by name
// and role, and the legal document package (解约协议, 退款申请书, 风险告知函) is generated and
// downloaded from the page.
describe('workspace: record page', () => {
  let app: WorkspaceApp;
  let openId = '';
  let closedId = '';
  beforeAll(async () => {
    app = await startWorkspaceApp();
    // Given two cases filed by consultant 李强 (consultant2), each naming him as the consultant, with what the documents need
    const contract = {
      caseNo: 'TD-2025-0001', customerIdCard: '330106198001011235', unit: '1单元', area: 98.5, cancellationType: 'familyDispute', subscriptionNo: 'RG-2025-001',
      subscriptionDate: '2025-10-01', refundBankName: '中国银行杭州分行', refundAccountName: '张先生', refundAccountNo: '6217001234567890123',
    };
    const filer = await app.api('consultant2');
    const file = async (customerName: string, reasons: string[]) => {
      const res = await filer.request('POST', `/api/projects/${P}/instances`, { flowKey: 'cancellation-e2e', data: { ...zhangInterview, ...contract, customerName, reasons, consultant: demoUserId('consultant2') } });
      expect(res.status).toBe(201);
      return res.body as { recordId: string; instanceId: string };
    };
    openId = (await file('张先生', ['familyDispute'])).recordId;
    // and 周女士's, which the site manager approves: the case is over
    const done = await file('周女士', ['schoolDistrict']);
    closedId = done.recordId;
    const manager = await app.api('siteManager');
    const tasks = (await manager.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as { id: string; instanceId: string; version: number }[];
    const review = tasks.find((t) => t.instanceId === done.instanceId)!;
    expect((await manager.request('POST', `/api/tasks/${review.id}/actions`, { action: 'approve', version: review.version })).status).toBe(200);
  });
  afterAll(async () => { await app?.close(); });

  it('shows people by name, generates the document package and downloads a document', async () => {
    const { page } = await app.open('siteManager', DESKTOP, `/p/${P}/workspace/records/${openId}`);
    const errors = collectErrors(page);
    await page.getByTestId('record-page').waitFor();
    // Then the consultant reads as 李强（置业顾问）, never as a user id, and the case is 进行中
    await page.getByTestId('record-page').getByText('李强（置业顾问）').first().waitFor();
    expect(await page.getByText(demoUserId('consultant2')).count()).toBe(0);
    expect(await page.getByTestId('record-status').textContent()).toBe('进行中');
    // When the manager generates the document package
    const section = page.getByTestId('record-documents');
    await section.getByText('尚未生成文书').waitFor();
    await page.getByTestId('generate-documents').click();
    // Then the three documents are listed with their time
    await page.locator('[data-testid=record-document], [data-testid=generate-documents-error]').first().waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('generate-documents-error').allTextContents()).toEqual([]);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=record-document]').length === 3);
    for (const name of ['解约协议', '退款申请书', '风险告知函']) await section.getByText(name).first().waitFor();
    await section.getByText(/生成于 2025年12月20日/).first().waitFor();
    await screenshot(page, 'workspace-record-documents');
    // And one downloads as a Word file
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: /下载/ }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await download.createReadStream().then(async (s) => { const c: Buffer[] = []; for await (const d of s) c.push(d as Buffer); return Buffer.concat(c); });
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(errors.filter((e) => !/401|Failed to load resource/.test(e))).toEqual([]);
  }, 300_000);

  it('a consultant sees the manager’s clear copies listed but not downloadable, and generates a masked package of their own', async () => {
    const { page } = await app.open('consultant2', DESKTOP, `/p/${P}/workspace/records/${openId}`);
    const section = page.getByTestId('record-documents');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=record-document]').length === 3);
    // Then the three copies the manager generated in clear offer no download link
    expect(await section.getByTestId('document-clear-copy').count()).toBe(3);
    expect(await section.getByRole('link', { name: /下载/ }).count()).toBe(0);
    // When the consultant generates their own package
    await page.getByTestId('generate-documents').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=record-document]').length === 6, undefined, { timeout: 120_000 });
    // Then their three masked copies download
    expect(await section.getByRole('link', { name: /下载/ }).count()).toBe(3);
  }, 300_000);

  it('the tracking table shows the status and the consultant by name, and filters 已完结', async () => {
    const { page } = await app.open('siteManager', DESKTOP, `/p/${P}/workspace/tracking?form=cancellation-work-order`);
    const table = page.getByTestId('tracking-table');
    await table.locator('tbody tr.ant-table-row').nth(1).waitFor();
    // When the manager shows the 置业顾问 column
    await page.getByTestId('columns-button').click();
    await page.getByTestId('column-chooser').getByText('置业顾问').click();
    await page.keyboard.press('Escape');
    await table.getByText('李强（置业顾问）').first().waitFor();
    expect(await table.getByText(demoUserId('consultant2')).count()).toBe(0);
    // When they keep only closed cases
    await page.getByTestId('status-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '已完结' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=tracking-table] tbody tr.ant-table-row').length === 1);
    // Then 周女士's case remains, 已完结
    const row = table.locator('tbody tr.ant-table-row').first();
    await row.getByText('周女士').waitFor();
    expect(await row.getByTestId('record-status').textContent()).toBe('已完结');
    await row.click();
    await page.getByTestId('record-page').waitFor();
    expect(page.url()).toContain(closedId);
    expect(await page.getByTestId('record-status').textContent()).toBe('已完结');
  }, 300_000);
});
