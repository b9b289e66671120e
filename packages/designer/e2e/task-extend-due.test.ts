import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers, screenshot, startTestApp, type TestApp } from './support/index.js';
import { openTaskPage, startCancellationCase } from './cancellation-case.js';

const T0 = Date.parse('2025-12-22T10:00:00+08:00');
const managerName = demoUsers.find((u) => u.username === 'siteManager')!.displayName;

// 延期: on a shipped 退订工单 the consultant's first interview (15 minutes) waits for a customer who
// is travelling; the site manager gives the step 24 more hours with a reason, on a desktop. The
// consultant working the step, on a phone, sees the new due time but has no 延期 button.
describe('workspace: the site manager extends a step (延期)', () => {
  let app: TestApp;
  let taskId: string;
  beforeAll(async () => {
    app = await startTestApp({ startAt: T0 });
    ({ taskId } = await startCancellationCase(app));
  });
  afterAll(async () => { await app?.close(); });

  it('extends the step by 24 hours on a desktop: new due time, countdown and a timeline entry with who and why', async () => {
    const { page, errors } = await openTaskPage(app, 'siteManager', taskId);
    expect(await page.getByTestId('task-due').innerText()).toBe('2025年12月22日 10:15');

    // When the manager opens 延期, picks +24 小时 and gives a reason
    await page.getByTestId('action-extendDue').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('延期：首次面谈（15分钟内）').waitFor();
    expect(await dialog.getByTestId('extend-current').innerText()).toBe('2025年12月22日 10:15');
    expect(await dialog.getByTestId('extend-case-clock').innerText()).toContain('工单的整体结案时钟');
    // Saving without a reason is refused in the dialog.
    await dialog.getByTestId('extend-plus-24').click();
    await dialog.getByTestId('extend-confirm').click();
    await dialog.getByText('请填写延期原因').waitFor();
    await dialog.getByTestId('extend-reason').fill('客户出差在外地，明天上午回杭州再面谈');
    await dialog.getByText('请填写延期原因').waitFor({ state: 'detached' });
    expect(await dialog.locator('#until').inputValue()).toBe('2025-12-23 10:15');
    await screenshot(page, 'task-extend-due-dialog');
    await dialog.getByTestId('extend-confirm').click();

    // Then the page shows the new due time and a countdown that is no longer about to run out
    await page.getByTestId('task-due').getByText('2025年12月23日 10:15').waitFor();
    await page.getByTestId('sla').getByText(/剩余 1天/).waitFor();
    // And the timeline says who extended it, from when to when, and why
    const entry = page.locator('[data-testid=timeline-item][data-type="flow.dueExtended"]');
    await entry.waitFor();
    expect(await entry.innerText()).toContain(managerName);
    expect(await entry.getByTestId('timeline-extended').innerText())
      .toBe('由 2025年12月22日 10:15 延至 2025年12月23日 10:15，原因：客户出差在外地，明天上午回杭州再面谈');
    await screenshot(page, 'task-extend-due');
    expect(errors).toEqual([]);
  });

  it('the consultant working the step, on a phone, sees the new due time and no 延期 button', async () => {
    const { page } = await openTaskPage(app, 'consultant', taskId, 'phone');
    await page.getByTestId('task-due').getByText('2025年12月23日 10:15').waitFor();
    await page.getByTestId('action-submit').waitFor();
    expect(await page.getByTestId('action-extendDue').count()).toBe(0);
    expect(await page.getByRole('button', { name: '延期' }).count()).toBe(0);
  });
});
