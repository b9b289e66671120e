import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, demoIds, screenshot, startTestApp, type TestApp } from './support/index.js';

const project = demoIds.projectYunqi;
const refund = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };

// Head office reviews, across every site, who saw customers' personal data in clear (个人信息保护法):
// a consultant unmasks the phone number of a colleague's customer; the org admin finds it in
// 管理 › 个人信息访问记录 with who, when and which field, and never the number itself.
describe('admin: 个人信息访问记录', () => {
  let app: TestApp;
  let recordId: string;
  beforeAll(async () => {
    app = await startTestApp();
    const colleague = await app.server.login('consultant2');
    const created = await colleague.request('POST', `/api/projects/${project}/records`, { formKey: 'refund-request', data: refund });
    expect(created.status).toBe(201);
    recordId = created.body.id;
    const consultant = await app.server.login('consultant');
    const unmasked = await consultant.request('POST', `/api/projects/${project}/records/${recordId}/unmask`, { field: 'customerPhone' });
    expect(unmasked.body.value).toBe('13812341234');
  });
  afterAll(async () => { await app?.close(); });

  it('shows the admin an unmask made through the API, filters it, and offers the Excel download', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${project}/workspace` });
    const errors = collectErrors(page);
    // Given the admin opens 管理 › 个人信息访问记录
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('admin-nav-personal-data').click();
    await page.getByTestId('admin-personal-data').waitFor();
    // Then the unmask is listed: who (with role), what (the field's label), which record (masked title)
    const row = page.locator('tr[data-testid^=pda-row-]', { hasText: '查看明文（记录字段）' });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('王芳（置业顾问）');
    expect(text).toContain('手机号');
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(`/p/${project}/workspace/records/${recordId}`);
    await expect(page.getByTestId('admin-personal-data').textContent()).resolves.not.toMatch(/13812341234|张先生/);
    await screenshot(page, 'admin-personal-data-access');

    // When the admin narrows to exports in clear, nothing matches
    await page.getByTestId('pda-type').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '明文导出追踪表' }).click();
    await page.getByText('没有符合条件的访问记录').waitFor();
    // And the Excel download carries the same filters
    const href = await page.getByTestId('pda-export').getAttribute('href');
    expect(href).toBe('/api/admin/personal-data-access.xlsx?type=records.exported&lang=zh');
    const download = await page.request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toContain('spreadsheetml');

    // At 390 px the page does not spill sideways (the table scrolls inside itself)
    await page.setViewportSize({ width: 390, height: 844 });
    // (waits for the menu and table to lay out again at the new width)
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390);
    await page.getByTestId('pda-export').waitFor();
    expect(errors).toEqual([]);
  });
});
