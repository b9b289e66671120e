import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoIds, demoUsers, pickOption, screenshot, startTestApp, type TestApp } from './support/index.js';
import { openTaskPage, startCancellationCase } from './cancellation-case.js';

const P = demoIds.projectYunqi;
const T0 = Date.parse('2025-12-22T10:00:00+08:00');
const nameOf = (username: string) => demoUsers.find((u) => u.username === username)!.displayName;

// 改派: on a shipped 退订工单 the first interview waits for 王芳, but the customer asked for 李强;
// the site manager (a supervisor of the flow) moves the step from her to him on a desktop, with a
// reason. The page then shows 李强 as the one to act, and the timeline says who moved whom to whom.
describe('workspace: the site manager reassigns a step (改派)', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startTestApp({ startAt: T0 });
    ({ taskId } = await startCancellationCase(app));
  });
  afterAll(async () => { await app?.close(); });

  it('moves 王芳\'s step to 李强: the page shows him waiting and the timeline names the manager, both people and the reason', async () => {
    const { page, errors } = await openTaskPage(app, 'siteManager', taskId);
    await page.getByTestId('task-pending').getByText(nameOf('consultant'), { exact: true }).waitFor();

    // When the manager opens 改派: the only person waiting, 王芳, is already chosen
    await page.getByTestId('action-reassign').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('改派：首次面谈（15分钟内）').waitFor();
    await dialog.getByTestId('reassign-from').getByText(nameOf('consultant')).waitFor();
    // Saving without the new person is refused in the dialog
    await dialog.getByTestId('reassign-confirm').click();
    await dialog.getByText('请选择人员').waitFor();
    // And picks 李强 by the labelled field, with a reason
    await pickOption(page, 'reassign-to', '李强');
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await dialog.getByLabel('原因（可选）').fill('客户指定李强接待');
    await screenshot(page, 'task-reassign-dialog');
    await dialog.getByTestId('reassign-confirm').click();

    // Then the page shows 李强 as the one to act
    await page.getByText(`已改派给 ${nameOf('consultant2')}`).waitFor();
    await page.getByTestId('task-pending').getByText(nameOf('consultant2'), { exact: true }).waitFor();
    // And the timeline says who moved whom to whom, and why
    const entry = page.locator('[data-testid=timeline-item][data-type="flow.taskReassigned"]');
    await entry.waitFor();
    expect(await entry.innerText()).toContain(nameOf('siteManager'));
    expect(await entry.getByTestId('timeline-reassigned').innerText())
      .toBe(`改派：${nameOf('consultant')} → ${nameOf('consultant2')}（客户指定李强接待）`);
    await screenshot(page, 'task-reassign');
    expect(errors).toEqual([]);

    // And 李强 has the step in his inbox, 王芳 no longer does
    const mine = async (username: string) => ((await (await app.server.login(username)).request('GET', `/api/tasks?scope=mine&projectId=${P}`)).body.items as { id: string }[]).map((t) => t.id);
    expect(await mine('consultant2')).toContain(taskId);
    expect(await mine('consultant')).not.toContain(taskId);
  });

  it('the consultant working a step sees no 改派 button', async () => {
    const { page } = await openTaskPage(app, 'consultant2', taskId, 'phone');
    await page.getByTestId('action-submit').waitFor();
    expect(await page.getByTestId('action-reassign').count()).toBe(0);
  });
});
