import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, demoIds, screenshot, startTestApp, type TestApp } from './support/index.js';
import { startCancellationCase } from './cancellation-case.js';

const P = demoIds.projectYunqi;
const T0 = Date.parse('2025-12-22T10:00:00+08:00');

// 模板发布: head office shortens the 退订工单's classification step to 12 hours for 杭州·云栖府 and
// moves the cases already running there to the new version as it publishes.
describe('admin: publishing a template package, moving running cases to the new version', () => {
  let app: TestApp;
  let instanceId: string;
  beforeAll(async () => {
    app = await startTestApp({ startAt: T0 });
    ({ instanceId } = await startCancellationCase(app));
  });
  afterAll(async () => { await app?.close(); });

  it('publishes the 12-hour classification to 云栖府 with 迁移运行中的工单, and the running case moves', async () => {
    const admin = await app.server.login('admin');
    const before = (await admin.request('GET', `/api/projects/${P}/instances/${instanceId}`)).body.flowVersion as number;
    const { page } = await app.open({ viewport: 'desktop', user: 'admin', next: `/p/${P}/admin/templates` });
    const errors = collectErrors(page);

    // When the admin publishes the 退订工单 package to 杭州·云栖府 with a 12-hour classification
    await page.getByTestId('tpl-publish-cancellation-work-order').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /杭州·云栖府/ }).check();
    await dialog.getByTestId('tpl-sla-classification').fill('12');
    // And asks for the running cases to move too
    await dialog.getByTestId('tpl-migrate-running').check();
    await dialog.getByRole('button', { name: '发 布' }).or(dialog.getByRole('button', { name: '发布' })).first().click();

    // Then the result says the cases of the old version moved to the new one
    const moved = dialog.getByTestId('tpl-migration').first();
    await moved.waitFor();
    expect(await moved.innerText()).toMatch(new RegExp(`^迁移工单 \\d+ 个（.+ v${before} → v${before + 1}）`));
    await moved.scrollIntoViewIfNeeded();
    await screenshot(page, 'admin-templates-migrate');
    // And the running case now runs on the new version
    const after = (await admin.request('GET', `/api/projects/${P}/instances/${instanceId}`)).body;
    expect([after.flowVersion, after.status]).toEqual([before + 1, 'running']);
    expect(errors).toEqual([]);
  });
});
