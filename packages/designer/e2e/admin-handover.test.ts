import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, demoIds, pickOption, screenshot, startTestApp, type TestApp } from './support/index.js';

const P = demoIds.projectYunqi;
const T0 = Date.parse('2025-12-22T10:00:00+08:00');

// 工作交接: 王芳 (consultant) goes on leave with a 退订工单 interview open and her customers'
// records; the admin hands her work in 杭州·云栖府 to 李强, and 李强 finds her task in 我的待办.
describe('admin: 交接工作 hands a consultant\'s open work to a colleague', () => {
  let app: TestApp;
  let instanceId: string;
  beforeAll(async () => {
    app = await startTestApp({ startAt: T0 });
    const wang = await app.server.login('consultant');
    const started = await wang.request('POST', `/api/projects/${P}/instances`, {
      flowKey: 'cancellation-work-order', data: { customerName: '王女士', customerPhone: '13912345678', building: '5', room: '902', requestedAt: '2025-12-22T09:50:00+08:00' },
    });
    if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
    instanceId = started.body.instanceId as string;
  });
  afterAll(async () => { await app?.close(); });

  it('warns before disabling her, hands her work to 李强 with the counts, and 李强 finds her task', async () => {
    const { page } = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${P}/admin/users` });
    const errors = collectErrors(page);
    await page.getByTestId('admin-users').waitFor();

    // Given the admin starts disabling 王芳: a warning names her open work and offers 先交接工作
    await page.getByTestId('user-disable-consultant').click();
    const warning = page.getByTestId('disable-open-work');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/杭州·云栖府：\d+ 个待办、\d+ 个客户/);
    await page.getByTestId(`disable-handover-${P}`).click();

    // When the admin picks 李强 as the receiver, the dialog says what will move
    const dialog = page.getByRole('dialog');
    await dialog.getByText('交接「王芳（置业顾问）」的工作').waitFor();
    await pickOption(page, 'handover-to', '李强');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    // The confirm button is enabled once the preview for 李强 is in.
    await dialog.locator('[data-testid=handover-ok]:not([disabled])').waitFor();
    const preview = dialog.getByTestId('handover-preview');
    await preview.getByText(/将移交 [1-9]\d* 个待办、[1-9]\d* 个客户/).waitFor();
    const [, tasks, records] = /将移交 (\d+) 个待办、(\d+) 个客户/.exec(await preview.innerText())!;
    await screenshot(page, 'admin-handover');

    // And confirms: the success message repeats the counts
    await dialog.getByTestId('handover-ok').click();
    await page.getByText(`已交接：${tasks} 个待办、${records} 个客户移交给 李强（置业顾问）`).waitFor();
    // 王芳 was not disabled by handing over
    expect(await page.getByTestId('user-row-consultant').innerText()).toContain('正常');
    expect(errors).toEqual([]);

    // Then 李强 signs in and finds her interview in 我的待办
    const li = await app.open({ viewport: 'desktop', user: 'consultant2', next: `/p/${P}/workspace` });
    const list = li.page.getByTestId('inbox-list');
    await list.waitFor();
    const item = li.page.getByTestId('inbox-item').filter({ hasText: '首次面谈' });
    await item.first().waitFor();
    const inbox = await app.server.login('consultant2');
    const mine = (await inbox.request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as { instanceId: string }[];
    expect(mine.map((t) => t.instanceId)).toContain(instanceId);
    // The admin supervises the flow, so the step moved by 改派 in the admin's name (not as 王芳's 转交).
    const taskId = (mine as { id: string; instanceId: string }[]).find((t) => t.instanceId === instanceId)!.id;
    const timeline = (await inbox.request('GET', `/api/tasks/${taskId}`)).body.timeline as { type: string; actorId: string; data: { from?: string; to?: string } }[];
    expect(timeline.at(-1)).toMatchObject({ type: 'flow.taskReassigned', actorId: 'usr_admin', data: { from: 'usr_consultant', to: 'usr_consultant2' } });
  });
});
