import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors } from './support/index.js';
import { cancellationForm, P, PHONE, fillFirstInterview, startWorkspaceApp, zhangInterview, type WorkspaceApp } from './workspace-harness.js';

const inboxPath = `/p/${P}/workspace`;
const ID_NUMBER = '330106199001010018';
const m = (zh: string, en: string) => ({ zh, en });

/** Any consultant of the project completes the ID check of a case another consultant filed. */
const idCheckFlow = {
  key: 'id-check-e2e',
  name: m('客户证件核对', 'Customer ID check'),
  formKey: cancellationForm.key,
  nodes: [
    { id: 'start', kind: 'start', name: m('登记', 'Filing') },
    { id: 'check', kind: 'task', taskType: 'fill', mode: 'any', name: m('核对证件', 'Check ID'),
      assignees: [{ kind: 'role', role: 'consultant' }], fields: { customerIdCard: 'edit', classificationNote: 'edit' }, actions: ['submit', 'comment'] },
    { id: 'done', kind: 'end', name: m('完成', 'Done'), outcome: { key: 'closed', label: m('已处理', 'Handled') } },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'check' }, { id: 'e2', source: 'check', target: 'done' }],
};

/** True when the element is inside the visible part of the window (not under the screen's edges). */
const inView = (page: Page, selector: string) => page.locator(selector).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
});

describe('workspace forms: masked fields, scrolling to errors and people pickers', () => {
  let app: WorkspaceApp;
  beforeAll(async () => {
    app = await startWorkspaceApp();
    const manager = await app.api('siteManager');
    expect((await manager.request('POST', `/api/projects/${P}/flows`, { definition: idCheckFlow })).status).toBe(201);
    expect((await manager.request('POST', `/api/projects/${P}/flows/${idCheckFlow.key}/publish`, { note: 'e2e' })).status).toBe(201);
  });
  afterAll(async () => { await app?.close(); });

  it('lets a consultant submit a task on another consultant\'s case whose ID number he only sees masked', async () => {
    // Given 王芳 filed a case with the customer's ID number
    const wang = await app.api('consultant');
    const started = await wang.request('POST', `/api/projects/${P}/instances`, { flowKey: idCheckFlow.key, data: { ...zhangInterview, customerIdCard: ID_NUMBER } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const li = await app.api('consultant2');
    const tasks = (await li.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as { id: string; nodeId: string }[];
    const task = tasks.find((t) => t.nodeId === 'check');
    expect(task).toBeTruthy();

    // When 李强 opens the task on his phone
    const { page } = await app.open('consultant2', PHONE, `${inboxPath}/tasks/${task!.id}`);
    const errors = collectErrors(page);
    await page.getByTestId('task-page').waitFor();
    // Then the ID number shows masked, read-only, marked 已脱敏, with the audited 查看明文 beside it
    const field = page.locator('[data-field="customerIdCard"]');
    await field.getByText('330106********0018').waitFor();
    expect(await field.locator('input').count()).toBe(0);
    await field.getByText('已脱敏').waitFor();
    await field.getByTestId('unmask-customerIdCard').waitFor();

    // When he adds his note and presses 提交, the task is done without touching the ID number
    await page.locator('#classificationNote').fill('已核对客户证件原件');
    await page.getByTestId('action-submit').click();
    await page.waitForURL((u) => u.pathname === inboxPath);
    expect(await page.getByText('身份证号格式不正确').count()).toBe(0);
    // And the stored ID number is still the real one
    const record = (await wang.request('GET', `/api/projects/${P}/records/${started.body.recordId}`)).body as { data: Record<string, unknown> };
    expect(record.data.customerIdCard).toBe(ID_NUMBER);
    expect(record.data.classificationNote).toBe('已核对客户证件原件');
    expect(errors).toEqual([]);
  });

  it('shows only the intake fields of the shipped work order at 发起: 客户手机号 yes, 应退金额 no', async () => {
    // Given a consultant who opens 发起 and the shipped 客户退订处理 work order
    const { page } = await app.open('consultant', PHONE, `${inboxPath}/start`);
    const errors = collectErrors(page);
    await page.getByTestId('start-cancellation-work-order').click();
    await page.getByTestId('start-form').waitFor();
    // Then the customer's mobile number is there to fill in
    await page.locator('[data-field="customerPhone"]').getByText('客户手机号').waitFor();
    expect(await page.locator('#customerPhone').count()).toBe(1);
    // And the refund amount, decided at a later step, is not shown at all
    expect(await page.locator('[data-field="refundAmount"]').count()).toBe(0);
    expect(await page.getByTestId('start-form').getByText('应退金额').count()).toBe(0);
    // And the later steps' sections, whose fields are all hidden at 发起, leave no empty heading behind
    const form = page.getByTestId('form-renderer');
    await form.getByRole('heading', { name: '客户与房源' }).waitFor();
    for (const heading of ['第一步：首次面谈（15分钟内）', '第二步：分类研判', '响应策略执行', '第三步：闭环与归档', '第四步：复盘归因']) {
      expect(await form.getByText(heading).count(), heading).toBe(0);
    }
    expect(await form.locator('section').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('scrolls a start form submitted from the bottom with a bad phone number to the phone field, and picks people by name', async () => {
    // Given a consultant on a phone filling the cancellation start form with a short phone number
    const { page } = await app.open('consultant', PHONE, `${inboxPath}/start`);
    await page.getByTestId('start-cancellation-e2e').click();
    await page.getByTestId('start-form').waitFor();
    await fillFirstInterview(page, '周女士', '1381234');
    // When she scrolls to the bottom and presses 提交
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inView(page, '#customerPhone')).toBe(false);
    await page.getByTestId('start-submit').click();
    // Then the phone field comes into view with its error, and takes the keyboard
    await page.locator('[data-error-for="customerPhone"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'customerPhone');
    expect(await inView(page, '[data-field="customerPhone"]')).toBe(true);

    // And the 置业顾问 field is a picker of the project's people, searchable by name (not an id box)
    await page.locator('#consultant').click();
    await page.locator('#consultant').fill('李强');
    // (chosen with Enter once the search shows him: a click can land on the dropdown while it is still animating)
    await page.locator('.ant-select-dropdown:visible').getByText('李强（置业顾问）').waitFor();
    await page.keyboard.press('Enter');
    await page.locator('[data-field="consultant"]').getByTitle('李强（置业顾问）').waitFor();
    // And the inbox's other tabs say they are empty in their own words
    await page.goto(`${inboxPath}?scope=cc`);
    await page.getByText('暂无抄送给我的事项').waitFor();
    expect(await page.getByText('暂无待办，做得好！').count()).toBe(0);
  });
});
