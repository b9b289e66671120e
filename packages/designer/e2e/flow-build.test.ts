import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/index.js';
import { api, choose, connect, dropFromPalette, openDesignerPage, project, publishCancelOrderForm } from './flow-helpers.js';

// Building a flow from scratch in the flow designer: drag nodes from the palette, connect them,
// see validateFlow's problems on the canvas, fix them, publish.
describe('flow designer: build a flow from scratch', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await publishCancelOrderForm(await app.server.login('siteManager'));
  });
  afterAll(async () => { await app?.close(); });

  it('drags start → task → condition → two tasks → end, shows the missing default branch, fixes it and publishes', async () => {
    // Given a site manager on the flow list who creates a new flow over the 退订工单 form
    const page = await openDesignerPage(app);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/p/${project}/studio/flows`);
    await page.getByTestId('flow-new').click();
    await page.getByTestId('flow-new-key').fill('refund-review');
    await page.getByTestId('flow-new-name').fill('退订审核');
    await choose(page, page.getByTestId('flow-new-form'), '退订工单');
    await page.getByTestId('flow-create-ok').click();
    await page.getByTestId('flow-designer').waitFor();
    await page.getByTestId('flow-node-start').waitFor();

    // When they move the start node to the top of the canvas (one undoable move)
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!pane) throw new Error('no canvas');
    const cx = pane.x + pane.width / 2;
    const startBox = await page.getByTestId('flow-node-start').boundingBox();
    if (!startBox) throw new Error('no start node');
    await page.mouse.move(startBox.x + startBox.width / 2, startBox.y + 20);
    await page.mouse.down();
    await page.mouse.move(cx, pane.y + 40, { steps: 12 });
    await page.mouse.up();
    const row = (i: number) => pane.y + 55 + i * 125;
    // And drag a task, a condition, two tasks and an end onto the canvas below it
    await dropFromPalette(page, 'task', cx, row(1));
    await dropFromPalette(page, 'condition', cx, row(2));
    await dropFromPalette(page, 'task', cx - 170, row(3));
    await dropFromPalette(page, 'task', cx + 170, row(3));
    await dropFromPalette(page, 'end', cx, row(4));
    for (const id of ['task-1', 'condition-1', 'task-2', 'task-3', 'end-1']) await page.getByTestId(`flow-node-${id}`).waitFor();

    // And connect them
    await connect(page, 'start', 'task-1');
    await connect(page, 'task-1', 'condition-1');
    await connect(page, 'condition-1', 'task-2');
    await connect(page, 'condition-1', 'task-3');
    await connect(page, 'task-2', 'end-1');
    await connect(page, 'task-3', 'end-1');

    // Then the condition is marked red and the problems list names the missing default branch
    await page.locator('[data-testid="flow-problem"][data-code="FLOW_CONDITION_NO_DEFAULT"]').waitFor();
    await expect.poll(() => page.getByTestId('flow-node-condition-1').getAttribute('class'), { timeout: 20_000 }).toContain('has-problems');
    expect(await page.getByTestId('flow-node-condition-1').getByTestId('node-problem-count').textContent()).toMatch(/个问题/);

    // When they click the problem, the condition is selected and its branches are shown
    await page.locator('[data-testid="flow-problem"][data-code="FLOW_CONDITION_NO_DEFAULT"]').click();
    const branches = page.getByTestId('branch-list');
    await branches.waitFor();
    // And they give the first branch a condition (退订类型 = 学区问题) and make the second the default
    const first = branches.locator('.sf-branch').nth(0);
    await first.getByTestId('cond-add').click();
    await choose(page, first.getByTestId('cond-field'), '退订类型');
    await choose(page, first.locator('[aria-label="值"], [aria-label="Value"]').first(), '学区问题');
    await branches.locator('.sf-branch').nth(1).getByTestId('branch-default').click();

    // Then every problem is gone and the node is no longer red
    await expect.poll(() => page.getByTestId('flow-problem-count').getAttribute('data-count'), { timeout: 20_000 }).toBe('0');
    expect(await page.getByTestId('flow-node-condition-1').getAttribute('class')).not.toContain('has-problems');

    // Undo brings the problem back, redo removes it again
    await page.getByTestId('flow-undo').click();
    await page.locator('[data-testid="flow-problem"][data-code="FLOW_CONDITION_NO_DEFAULT"]').waitFor();
    await page.getByTestId('flow-redo').click();
    await expect.poll(() => page.getByTestId('flow-problem-count').getAttribute('data-count'), { timeout: 20_000 }).toBe('0');

    // When they publish with a note
    await page.getByTestId('flow-publish').click();
    await page.getByTestId('flow-publish-note').fill('首个版本：学区问题单独处理');
    await page.getByTestId('flow-publish-confirm').click();
    await page.getByText('已发布 v1').first().waitFor();

    // Then the server holds version 1 with the branch condition and the default branch
    const session = await app.server.login('siteManager');
    const v1 = await session.request('GET', `${api}/flows/refund-review/versions/1`);
    expect(v1.status).toBe(200);
    const edges = v1.body.definition.edges as { source: string; default?: boolean; condition?: unknown }[];
    const fromCondition = edges.filter((e) => e.source === 'condition-1');
    expect(fromCondition.filter((e) => e.default)).toHaveLength(1);
    expect(fromCondition.filter((e) => e.condition)).toEqual([expect.objectContaining({ condition: { all: [{ field: 'cancelType', op: 'eq', value: 'school' }] } })]);
    expect(errors).toEqual([]);
  });
});
