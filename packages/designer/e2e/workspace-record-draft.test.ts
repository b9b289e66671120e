import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, screenshot } from './support/index.js';
import { DESKTOP, P, PHONE, startWorkspaceApp, type WorkspaceApp } from './workspace-harness.js';

const workspace = `/p/${P}/workspace`;
const startPath = `${workspace}/start`;
const FOLLOWUP = 'customer-followup';

type RecordDraft = { formKey: string; data: Record<string, unknown>; version: number };

/** Answers "是" to the yes/no field `#id`, as a consultant taps it. */
const yes = (page: Page, id: string) => page.locator(`#${id}`).getByText('是', { exact: true }).click();

/** Opens 发起 → 登记记录 → 客户跟进记录 and waits for the form (and its draft) to load. */
async function openFollowUp(page: Page): Promise<void> {
  await page.goto(startPath);
  await page.getByTestId('start-log').getByTestId(`log-${FOLLOWUP}`).click();
  await page.getByTestId('record-create').getByRole('heading', { name: '客户跟进记录' }).waitFor();
  await page.locator('#customerName').waitFor();
}

// A consultant typing a 客户跟进记录 on her phone loses nothing when the tab closes or the network
// drops: the form autosaves a draft on the device and on the server, as a flow's start form does.
describe('workspace: drafts of a record form (登记记录)', () => {
  let app: WorkspaceApp;
  beforeAll(async () => { app = await startWorkspaceApp(); });
  afterAll(async () => { await app?.close(); });

  it('keeps what the consultant typed across a reload and on another device; saving the record removes the draft everywhere', async () => {
    const consultant = await app.api('consultant');
    const serverDrafts = async () => ((await consultant.request('GET', `/api/projects/${P}/record-drafts`)).body.items as RecordDraft[]);
    // Given consultant 王芳 on her phone, who opens 登记记录 → 客户跟进记录 and types part of a follow-up
    const phone = await app.open('consultant', PHONE, startPath);
    const errors = collectErrors(phone.page);
    await openFollowUp(phone.page);
    await phone.page.locator('#customerName').fill('钱先生');
    await phone.page.locator('#customerPhone').fill('13811112222');
    await yes(phone.page, 'mentionsComparison');
    // Then the draft is saved on the phone and reaches the server
    await phone.page.locator('[data-testid=draft-saved][data-sync=synced]').waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await serverDrafts()).find((d) => d.formKey === FOLLOWUP)?.data, { timeout: 20_000 })
      .toMatchObject({ customerName: '钱先生', customerPhone: '13811112222', mentionsComparison: true });

    // When the page reloads (the tab was closed and opened again)
    await phone.page.reload();
    await phone.page.getByTestId('record-create').waitFor();
    // Then the values are back, with the draft notice
    await expect.poll(() => phone.page.locator('#customerName').inputValue()).toBe('钱先生');
    expect(await phone.page.locator('#customerPhone').inputValue()).toBe('13811112222');
    await phone.page.getByTestId('draft-saved').getByText('草稿已自动保存').waitFor();
    await screenshot(phone.page, 'workspace-record-draft-phone');
    // And 登记记录 marks the form as having a draft here
    await phone.page.goto(startPath);
    await phone.page.getByTestId(`log-${FOLLOWUP}`).locator('[data-testid=draft-mark][data-mark=here]').waitFor();
    expect(await phone.page.getByTestId(`log-${FOLLOWUP}`).getByText('其他设备').count()).toBe(0);

    // When she continues on a desktop (nothing stored on that device)
    const desk = await app.open('consultant', DESKTOP, startPath);
    const item = desk.page.getByTestId(`log-${FOLLOWUP}`);
    // Then the form is marked with a draft from another device, and opening it restores what she typed
    await item.getByText('其他设备').waitFor();
    await item.click();
    await desk.page.getByText('已恢复您在其他设备上保存的草稿').waitFor();
    await expect.poll(() => desk.page.locator('#customerName').inputValue()).toBe('钱先生');
    expect(await desk.page.locator('#customerPhone').inputValue()).toBe('13811112222');

    // When she saves the record there
    await desk.page.getByTestId('record-save').click();
    // Then she sees the record page, and the draft is gone from the server
    await desk.page.waitForURL((u) => u.pathname.startsWith(`${workspace}/records/`));
    await desk.page.getByTestId('record-page').getByText('钱先生').first().waitFor();
    expect(await serverDrafts()).toEqual([]);
    // And opening the form again shows it empty, without a draft
    await openFollowUp(desk.page);
    await desk.page.waitForLoadState('networkidle');
    expect(await desk.page.locator('#customerName').inputValue()).toBe('');
    expect(await desk.page.getByTestId('draft-saved').count()).toBe(0);
    // And on the phone too: its device copy is dropped, and 登记记录 marks no draft
    await openFollowUp(phone.page);
    await phone.page.waitForLoadState('networkidle');
    expect(await phone.page.locator('#customerName').inputValue()).toBe('');
    await phone.page.goto(startPath);
    await phone.page.getByTestId(`log-${FOLLOWUP}`).waitFor();
    await phone.page.waitForLoadState('networkidle');
    expect(await phone.page.getByTestId(`log-${FOLLOWUP}`).getByTestId('draft-mark').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 300_000);

  it('discards the draft on the device and on the server', async () => {
    const consultant = await app.api('consultant2');
    const serverDrafts = async () => ((await consultant.request('GET', `/api/projects/${P}/record-drafts`)).body.items as RecordDraft[]);
    // Given consultant 李强 with a follow-up draft of 孙女士
    const { page } = await app.open('consultant2', DESKTOP, startPath);
    await openFollowUp(page);
    await page.locator('#customerName').fill('孙女士');
    await page.locator('[data-testid=draft-saved][data-sync=synced]').waitFor({ timeout: 20_000 });
    expect((await serverDrafts()).map((d) => d.data.customerName)).toEqual(['孙女士']);
    // When he discards it
    await page.getByRole('button', { name: '清空草稿' }).click();
    // Then the form is empty, the server has no draft, and after a reload the form stays empty
    await expect.poll(() => page.locator('#customerName').inputValue()).toBe('');
    await expect.poll(async () => (await serverDrafts()).length).toBe(0);
    await page.reload();
    await page.locator('#customerName').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#customerName').inputValue()).toBe('');
  }, 300_000);
});
