import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, demoIds, dragTo, screenshot, startTestApp, type TestApp } from './support/index.js';

const project = demoIds.projectYunqi;

/** Picks an option of an antd Select (opened by clicking `trigger`) by its visible label. */
async function pickOption(page: Page, trigger: ReturnType<Page['locator']>, label: string): Promise<void> {
  await trigger.click();
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label }).first();
  await option.waitFor();
  await option.click();
}

// A site manager builds the cancellation request form without IT: drag six field types onto the
// canvas, make the phone required and the name sensitive, show the details only for one reason,
// publish v1; the preview (the workspace's renderer) rejects a bad phone number in Chinese.
describe('form designer', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('builds, links and publishes a form by drag and drop; the preview validates in Chinese', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${project}/studio/forms` });
    const errors = collectErrors(page);

    // Given a new empty form
    await page.getByTestId('new-form').click();
    await page.getByTestId('create-name-zh').fill('退筹申请');
    await page.getByTestId('create-name-en').fill('Cancellation request');
    await page.getByTestId('create-key').fill('cancelRequest');
    await page.getByRole('button', { name: '创建并设计' }).click();
    await page.waitForURL(`**/studio/forms/cancelRequest`);
    await page.getByTestId('form-designer').waitFor();

    // When six field types are dragged from the palette onto the canvas
    const root = page.getByTestId('container-root');
    for (const type of ['text', 'phone', 'money', 'select', 'date', 'textarea'] as const) {
      await dragTo(page, page.getByTestId(`palette-${type}`), root, 'bottom');
      await page.getByTestId(`field-${type}1`).waitFor();
    }
    // Then they are on the canvas in drop order
    const order = await root.locator(':scope > .sf-cfield').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(order).toEqual(['field-text1', 'field-phone1', 'field-money1', 'field-select1', 'field-date1', 'field-textarea1']);

    // When the date is dragged above the money field, the order follows
    await dragTo(page, page.getByTestId('field-date1'), page.getByTestId('field-money1'), 'top');
    const reordered = await root.locator(':scope > .sf-cfield').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(reordered.indexOf('field-date1')).toBe(reordered.indexOf('field-money1') - 1);

    // And undo puts it back, redo moves it again
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    const undone = await root.locator(':scope > .sf-cfield').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(undone.indexOf('field-date1')).toBeGreaterThan(undone.indexOf('field-money1'));
    await page.keyboard.press('Control+Shift+z');

    // When the text field is named 客户姓名 and marked sensitive (name)
    await page.getByTestId('field-text1').click();
    await page.getByTestId('prop-label-zh').fill('客户姓名');
    await page.getByTestId('prop-label-en').fill('Customer name');
    await pickOption(page, page.getByTestId('prop-sensitivity'), '姓名');
    await expect(page.getByTestId('field-text1').locator('.ant-tag', { hasText: '姓名' }).count()).resolves.toBe(1);

    // And the phone field is required
    await page.getByTestId('field-phone1').click();
    await page.getByTestId('prop-label-zh').fill('客户手机号');
    await page.getByRole('tab', { name: '校验' }).click();
    await page.getByTestId('prop-required').click();
    await page.getByTestId('field-phone1').locator('.sf-form__star').waitFor();

    // And the details (textarea) only show when the reason (select) is 选项一
    await page.getByTestId('field-textarea1').click();
    await page.getByTestId('tab-linkage').click();
    await page.getByTestId('add-visibleWhen').click();
    await page.getByTestId('rule-visibleWhen').getByTestId('cond-add').click();
    await pickOption(page, page.getByTestId('rule-visibleWhen').getByTestId('cond-field').first(), '单选');
    await page.getByTestId('field-textarea1').getByTestId('linkage-tag').waitFor();

    // Then the form has no problems, and the draft saves
    await expect(page.getByTestId('problem-count').innerText()).resolves.toBe('无问题');
    await page.getByTestId('save-draft').click();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();

    // The screenshot shows the linkage rule being edited with the visual condition builder.
    await page.getByTestId('field-textarea1').click();
    await page.getByTestId('tab-linkage').click();
    await page.getByTestId('rule-visibleWhen').getByTestId('condition-builder').waitFor();
    await screenshot(page, 'form-designer');

    // When it is published with a note
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-note').fill('首版：退筹申请表');
    await page.getByTestId('publish-confirm').click();
    await page.getByText('已发布 v1').first().waitFor();
    // Then the version history lists v1 with its note
    await page.getByTestId('open-versions').click();
    await page.getByTestId('version-1').filter({ hasText: '首版：退筹申请表' }).waitFor();
    expect(await page.getByTestId('version-1').innerText()).toContain('赵磊（案场经理） 发布于');
    await page.keyboard.press('Escape');

    // When the phone preview is opened, the linked details are hidden until 选项一 is chosen
    await page.getByTestId('mode-switch').getByText('手机').click();
    const preview = page.getByTestId('preview-phone');
    await preview.waitFor();
    expect(await preview.locator('[data-field="textarea1"]').count()).toBe(0);
    await preview.locator('[data-field="select1"]').getByText('选项一').click();
    await preview.locator('[data-field="textarea1"]').waitFor();

    // And a bad phone number is submitted, the preview rejects it in Chinese under the field
    await preview.locator('[data-field="phone1"] input').fill('12345');
    await preview.getByTestId('preview-submit').click();
    const phoneError = preview.locator('[data-error-for="phone1"]');
    await phoneError.waitFor();
    expect(await phoneError.innerText()).toContain('手机号格式不正确');
    await preview.locator('[data-field="phone1"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'form-preview-phone');

    // And a good number passes
    await preview.locator('[data-field="phone1"] input').fill('13812345678');
    await preview.getByTestId('preview-submit').click();
    await preview.getByTestId('preview-ok').waitFor();

    // And the server stored the published version with the rules set in the designer
    const session = await app.server.login('siteManager');
    const v1 = await session.request('GET', `/api/projects/${project}/forms/cancelRequest/versions/1`);
    expect(v1.status).toBe(200);
    const props = v1.body.definition.schema.properties;
    expect(v1.body.definition.schema.required).toContain('phone1');
    expect(props.text1['x-ui'].sensitivity).toBe('name');
    expect(props.textarea1['x-ui'].visibleWhen).toEqual({ all: [{ field: 'select1', op: 'eq', value: 'option1' }] });
    expect(errors).toEqual([]);
  });

  it('nests fields in sections and sub-table columns, previews money in yuan, and reports a save conflict', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${project}/studio/forms` });
    await page.getByTestId('new-form').click();
    await page.getByTestId('create-name-zh').fill('退款明细');
    await page.getByTestId('create-key').fill('refundItems');
    await page.getByRole('button', { name: '创建并设计' }).click();
    await page.getByTestId('form-designer').waitFor();

    // Given a section and a sub-table added by clicking the palette
    await page.getByTestId('palette-section').click();
    // (a palette click adds into the selected section; click the canvas margin to add to the form)
    await page.getByTestId('canvas').click({ position: { x: 4, y: 4 } });
    await page.getByTestId('palette-subtable').click();
    // When a phone field is dragged into the section and a money field into the sub-table
    await dragTo(page, page.getByTestId('palette-phone'), page.getByTestId('container-section1'));
    await page.getByTestId('field-section1/phone1').waitFor();
    await dragTo(page, page.getByTestId('palette-money'), page.getByTestId('container-subtable1'));
    await page.getByTestId('field-subtable1/money1').waitFor();
    // And a sub-table may not hold a section: the drop is refused
    await dragTo(page, page.getByTestId('palette-section'), page.getByTestId('container-subtable1'));
    expect(await page.getByTestId('container-subtable1').locator('.sf-cfield').count()).toBe(1);
    await expect(page.getByTestId('problem-count').innerText()).resolves.toBe('无问题');
    // And a 退款单号 numbered automatically by month (流水号), shown with an example of its first number
    await page.getByTestId('canvas').click({ position: { x: 4, y: 4 } });
    await page.getByTestId('palette-text').click();
    await page.getByTestId('field-text1').click();
    await page.getByTestId('prop-auto-number').click();
    await page.getByTestId('prop-auto-number-prefix').fill('RF-');
    const month = await page.evaluate(() => `${new Date().getFullYear()}${String(new Date().getMonth() + 1).padStart(2, '0')}`);
    await page.getByText(`留空时，系统在创建记录时按顺序编号，例如 RF-${month}-001`).waitFor();
    await expect(page.getByTestId('problem-count').innerText()).resolves.toBe('无问题');

    // Then the desktop preview renders the sub-table; a row's amount shows as yuan with 2 decimals
    await page.getByTestId('mode-switch').getByText('桌面').click();
    const preview = page.getByTestId('preview-desktop');
    expect(await preview.locator('[data-field="text1"] input').getAttribute('placeholder')).toBe('可留空，保存时自动编号');
    await preview.getByTestId('add-row-subtable1').click();
    const amount = preview.locator('[data-field="subtable1.0.money1"] input');
    await amount.fill('80000');
    await amount.blur();
    expect(await amount.inputValue()).toBe('80,000.00');
    await preview.getByTestId('preview-submit').click();
    await preview.getByTestId('preview-ok').waitFor();
    expect(await preview.getByTestId('preview-ok').innerText()).toContain('"money1": 80000');

    // When someone else saves the same draft first, saving here reports the conflict clearly
    await page.getByTestId('mode-switch').getByText('画布').click();
    await page.getByTestId('save-draft').click();
    await page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();
    const other = await app.server.login('salesSupervisor');
    const current = await other.request('GET', `/api/projects/${project}/forms/refundItems`);
    const bumped = await other.request('PUT', `/api/projects/${project}/forms/refundItems`, { definition: current.body.definition, version: current.body.version });
    expect(bumped.status).toBe(200);
    await page.getByTestId('palette-note').click();
    await page.getByTestId('save-draft').click();
    await page.getByTestId('conflict-banner').filter({ hasText: '版本冲突' }).waitFor();
  });

  it('copies 退订处理记录 into a new draft form with all its fields, leaving the original alone, and deletes the copy once nothing uses it', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${project}/studio/forms` });
    const errors = collectErrors(page);
    const session = await app.server.login('siteManager');
    const original = await session.request('GET', `/api/projects/${project}/forms/cancellation-work-order`);
    const fields = Object.keys((original.body.definition as { schema: { properties: object } }).schema.properties);

    // When the site manager copies the form from the list
    await page.getByTestId('form-copy-cancellation-work-order').click();
    await page.getByTestId('form-copy-help').waitFor();
    // Then the dialog suggests a free key and the name marked as a copy in both languages
    expect(await page.getByRole('dialog').innerText()).toContain('复制表单「退订处理记录」');
    expect(await page.getByTestId('create-key').inputValue()).toBe('cancellation-work-order-copy');
    expect(await page.getByTestId('create-name-zh').inputValue()).toBe('退订处理记录（副本）');
    expect(await page.getByTestId('create-name-en').inputValue()).toBe('Cancellation case records (copy)');

    // And a key that is taken is refused by name, and nothing is created
    await page.getByTestId('create-key').fill('cancellation-tracking');
    await page.getByRole('button', { name: '复制并设计' }).click();
    expect(await page.getByTestId('create-error').innerText()).toContain('cancellation-tracking');

    // When he keeps the suggested key
    await page.getByTestId('create-key').fill('cancellation-work-order-copy');
    await page.getByRole('button', { name: '复制并设计' }).click();
    // Then the copy opens in the designer with every field of the original, as an unpublished draft
    await page.waitForURL('**/studio/forms/cancellation-work-order-copy');
    await page.getByTestId('form-designer').waitFor();
    const copy = await session.request('GET', `/api/projects/${project}/forms/cancellation-work-order-copy`);
    expect([copy.status, copy.body.latestVersion, copy.body.name]).toEqual([200, null, { zh: '退订处理记录（副本）', en: 'Cancellation case records (copy)' }]);
    expect(Object.keys(copy.body.definition.schema.properties)).toEqual(fields);
    expect(copy.body.definition.schema).toEqual(original.body.definition.schema);
    // And the original is as it was
    const after = await session.request('GET', `/api/projects/${project}/forms/cancellation-work-order`);
    expect([after.body.version, after.body.latestVersion]).toEqual([original.body.version, original.body.latestVersion]);

    // When a flow draft is built on the copy, the copy cannot be deleted: the refusal names the flow
    const flow = await session.request('GET', `/api/projects/${project}/flows/cancellation-work-order`);
    const onCopy = await session.request('POST', `/api/projects/${project}/flows`, { definition: { ...flow.body.definition, key: 'on-copy', name: { zh: '试用副本的流程', en: 'Trial' }, formKey: 'cancellation-work-order-copy' } });
    expect(onCopy.status).toBe(201);
    await page.goto(`/p/${project}/studio/forms`);
    await page.getByTestId('delete-draft-cancellation-work-order-copy').waitFor();
    expect(await page.getByTestId('delete-draft-cancellation-work-order').count()).toBe(0);
    await page.getByTestId('delete-draft-cancellation-work-order-copy').click();
    await page.getByTestId('delete-draft-ok').click();
    await page.locator('.ant-message').getByText('表单「退订处理记录（副本）」正被流程「试用副本的流程」使用，请先让它们改用其他表单或删除它们').waitFor();
    // And once that flow draft is gone, it can
    expect((await session.request('DELETE', `/api/projects/${project}/flows/on-copy?version=1`)).status).toBe(200);
    await page.getByTestId('delete-draft-cancellation-work-order-copy').click();
    await page.getByTestId('delete-draft-ok').click();
    await page.locator('.ant-message').getByText('已删除「退订处理记录（副本）」').waitFor();
    await page.getByTestId('form-copy-cancellation-work-order-copy').waitFor({ state: 'detached' });
    // (the refused key's 409 is the only failed request)
    expect(errors.filter((e) => !e.includes('Failed to load resource'))).toEqual([]);
  });
});
