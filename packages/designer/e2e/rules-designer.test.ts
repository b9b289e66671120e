import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startTestApp, type TestApp } from './support/index.js';
import { api, choose, openDesignerPage, project, publishCancelOrderForm } from './flow-helpers.js';

// The rule designer: the seeds' 退筹风险指数 ("any two of these four signals ⇒ 一级预警") built
// from its template, tried out, adjusted and published.
describe('rule designer: refund risk index', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await publishCancelOrderForm(await app.server.login('siteManager'));
  });
  afterAll(async () => { await app?.close(); });

  it('creates the risk-index rule, previews its schedule, scores signals and keywords, and publishes it', async () => {
    const page = await openDesignerPage(app);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Given a site manager creating a rule from the risk-index template
    await page.goto(`/p/${project}/studio/rules`);
    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-new-key').fill('refund-risk');
    await page.getByTestId('rule-new-name').fill('退筹风险预警');
    await choose(page, page.getByTestId('rule-new-form'), '退订工单');
    await page.getByTestId('rule-create-ok').click();
    const editor = page.getByTestId('rule-editor');
    await editor.waitFor();
    // And the URL names the rule, so a reload keeps it open
    await page.waitForURL(/rule=refund-risk/);

    // Then the schedule reads in Chinese and a bad cron is explained
    await expect.poll(() => editor.locator('.ant-form-item-explain').first().textContent(), { timeout: 20_000 }).toContain('09:00');
    await editor.getByTestId('rule-cron').fill('0 9 * *');
    await expect.poll(() => editor.locator('.ant-form-item-explain').first().textContent(), { timeout: 20_000 }).toContain('Cron 表达式无效');
    await editor.getByTestId('rule-cron').fill('0 9 * * 1-5');
    await expect.poll(() => editor.getByTestId('rule-problem-count').textContent(), { timeout: 20_000 }).toContain('规则检查通过');

    // When two of the four signals are ticked, the index reaches 一级预警
    const signals = editor.getByTestId('risk-signal');
    expect(await signals.count()).toBe(4);
    await signals.nth(0).locator('.ant-checkbox-input').check();
    expect(await editor.getByTestId('risk-result').textContent()).toContain('未达预警');
    await signals.nth(2).locator('.ant-checkbox-input').check();
    await expect.poll(() => editor.getByTestId('risk-result').textContent(), { timeout: 20_000 }).toContain('一级预警');

    // And the keyword try-it box honours negations: 不后悔 does not count as 后悔
    const result = editor.getByTestId('dict-result');
    await expect.poll(() => result.locator('[data-negated="true"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await result.locator('[data-negated="true"]').first().textContent()).toContain('后悔');
    await editor.getByTestId('dict-sample').fill('我很后悔，定金能不能退？');
    await expect.poll(() => result.locator('[data-negated="false"]').count(), { timeout: 20_000 }).toBe(2);

    // When the level needs three signals instead of two, two ticked signals no longer alert
    await editor.getByTestId('risk-level-min-signals').first().fill('3');
    await expect.poll(() => editor.getByTestId('risk-result').textContent(), { timeout: 20_000 }).toContain('未达预警');
    await editor.getByTestId('risk-level-min-signals').first().fill('2');
    await expect.poll(() => editor.getByTestId('risk-result').textContent(), { timeout: 20_000 }).toContain('一级预警');

    // And an alert level is picked for the action
    await choose(page, editor.getByTestId('rule-alert-level').first(), '二级');
    await page.locator('.sf-rules__main').evaluate((el) => { el.scrollTop = 0; });
    await screenshot(page, 'rule-designer');

    // Then publishing stores v1 with the weekday schedule, the risk library and the dictionary
    await editor.getByTestId('rule-publish').click();
    await page.getByTestId('rule-publish-note').fill('退筹风险指数上线');
    await page.getByTestId('rule-publish-confirm').click();
    await page.getByText('规则已发布 v1').first().waitFor();
    const session = await app.server.login('siteManager');
    const v1 = await session.request('GET', `${api}/rules/refund-risk/versions/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.definition.trigger).toEqual({ kind: 'schedule', cron: '0 9 * * 1-5', workingDaysOnly: true });
    expect(v1.body.definition.risk.library.levels[0].minSignals).toBe(2);
    expect(v1.body.definition.actions[0]).toMatchObject({ kind: 'alert', level: 'level2' });
    expect(v1.body.definition.dictionary.entries.length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  });

  it('deletes a rule draft that was never published, closing its editor; a published rule offers no 删除', async () => {
    const page = await openDesignerPage(app);
    await page.goto(`/p/${project}/studio/rules`);
    await page.getByTestId('rule-new').click();
    await page.getByTestId('rule-new-key').fill('scratch-rule');
    await page.getByTestId('rule-new-name').fill('试写规则');
    await page.getByTestId('rule-create-ok').click();
    await page.waitForURL(/rule=scratch-rule/);
    await page.getByTestId('rule-editor').waitFor();

    // When the site manager deletes the draft he has open
    await page.getByTestId('delete-draft-scratch-rule').click();
    await page.getByText('删除草稿「试写规则」？').waitFor();
    await page.getByTestId('delete-draft-ok').click();
    // Then it leaves the list, its editor closes and the address no longer names it
    await page.getByTestId('rule-item-scratch-rule').waitFor({ state: 'detached' });
    await page.waitForURL((u) => !u.searchParams.has('rule'));
    expect(await page.getByTestId('rule-editor').count()).toBe(0);
    // And a published rule has no 删除
    const published = (await (await app.server.login('siteManager')).request('GET', `${api}/rules`)).body.find((r: { latestVersion: number | null }) => r.latestVersion !== null);
    expect(published).toBeTruthy();
    expect(await page.getByTestId(`rule-item-${published.key}`).count()).toBe(1);
    expect(await page.getByTestId(`delete-draft-${published.key}`).count()).toBe(0);
  });
});
