import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startTestApp, type TestApp } from './support/index.js';
import type { TestSession } from '@siteflow/server/testing';
import { cancelOrderFlow } from './flow-fixtures.js';
import { api, choose, openDesignerPage, project, publishCancelOrderForm } from './flow-helpers.js';

// The Friday-afternoon change from seed 001: a supervisor adds an 教育局对接 step to the
// school-district (学区房退订) branch of the cancellation work order by drag and drop, simulates it
// with the clock jumped 25 hours, sees the escalation, and publishes v2 while a v1 case runs on.
describe('flow designer: insert an education-bureau step into the cancellation flow', () => {
  let app: TestApp;
  let session: TestSession;
  let runningV1: string;

  beforeAll(async () => {
    app = await startTestApp();
    session = await app.server.login('siteManager');
    await publishCancelOrderForm(session);
    // Given the cancellation work order published as v1 with one case already running on it
    expect((await session.request('POST', `${api}/flows`, { definition: cancelOrderFlow })).status).toBe(201);
    expect((await session.request('POST', `${api}/flows/${cancelOrderFlow.key}/publish`, { note: '退订工单 v1' })).status).toBe(201);
    const started = await session.request('POST', `${api}/instances`, {
      flowKey: cancelOrderFlow.key, data: { customerName: '张先生', cancelType: 'school', depositAmount: 800000, schoolName: '文三街小学' },
    });
    expect(started.status).toBe(201);
    runningV1 = started.body.instanceId as string;
  });
  afterAll(async () => { await app?.close(); });

  it('drops a task onto the school-district branch, simulates +25 h, sees the escalation, publishes v2, and rolls back to v1 as v3', async () => {
    const page = await openDesignerPage(app);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`/p/${project}/studio/flows/${cancelOrderFlow.key}`);
    await page.getByTestId('flow-node-school').waitFor();
    await expect.poll(() => page.getByTestId('flow-problem-count').getAttribute('data-count'), { timeout: 20_000 }).toBe('0');

    // When a task is dragged from the palette onto the 学区房 connection, just above 学区核实
    const school = await page.getByTestId('flow-node-school').boundingBox();
    const pane = await page.locator('.react-flow__pane').boundingBox();
    if (!school || !pane) throw new Error('canvas not ready');
    await page.getByTestId('palette-task').dragTo(page.locator('.react-flow__pane'), {
      targetPosition: { x: school.x + school.width / 2 - pane.x, y: school.y - 6 - pane.y },
    });

    // Then the branch now leads into the new step, which continues to 学区核实
    await page.getByTestId('flow-node-task-1').waitFor();
    await page.locator('.react-flow__edge[aria-label="Edge from triage to task-1"]').waitFor({ state: 'attached' });
    await page.locator('.react-flow__edge[aria-label="Edge from task-1 to school"]').waitFor({ state: 'attached' });
    expect(await page.locator('.react-flow__edge[aria-label="Edge from triage to school"]').count()).toBe(0);

    // When the step is named 教育局对接 and given to the education consultant
    const props = page.getByTestId('node-props');
    await props.getByTestId('node-name-zh').fill('教育局对接');
    await props.getByTestId('node-name-en').fill('Education bureau liaison');
    await choose(page, props.getByTestId('assignee-role'), '教育顾问');
    // And the layout is tidied
    await page.getByTestId('flow-layout').click();
    await expect.poll(() => page.getByTestId('flow-node-task-1').textContent(), { timeout: 20_000 }).toContain('教育局对接');
    await expect.poll(() => page.getByTestId('flow-problem-count').getAttribute('data-count'), { timeout: 20_000 }).toBe('0');
    await page.getByTestId('flow-node-task-1').click();
    await screenshot(page, 'flow-designer');

    // When it is simulated for a school-district case
    await page.getByTestId('flow-simulate').click();
    const sim = page.getByTestId('simulator');
    await choose(page, sim.getByTestId('sim-field-cancelType'), '学区问题');
    await sim.getByTestId('sim-start').click();
    // The consultant submits the first interview; the case goes down the school-district branch
    await sim.locator('[data-testid="sim-task"][data-node-id="interview"]').getByTestId('sim-act-submit').click();
    const liaison = sim.locator('[data-testid="sim-task"][data-node-id="task-1"]');
    await liaison.waitFor();
    expect(await liaison.textContent()).toContain('教育顾问 1');
    // And the clock jumps 25 hours
    await sim.getByTestId('sim-plus25h').click();

    // Then the step is overdue and escalated: on the task, on the timeline and on the canvas
    await liaison.getByTestId('sim-overdue').waitFor();
    await liaison.getByTestId('sim-escalated').waitFor();
    await sim.locator('[data-testid="sim-event"][data-type="reminder"]').first().waitFor();
    await sim.locator('[data-testid="sim-event"][data-type="breached"]').first().waitFor();
    const escalated = sim.locator('[data-testid="sim-event"][data-type="escalated"]').first();
    await escalated.waitFor();
    expect(await escalated.textContent()).toContain('教育局对接');
    await expect.poll(() => page.getByTestId('flow-node-task-1').getAttribute('class'), { timeout: 20_000 }).toContain('sim-escalated');
    expect(await sim.getByTestId('sim-now').textContent()).toContain('25 h');
    await screenshot(page, 'flow-simulator');

    // When the simulation is closed and the flow published as v2
    await page.getByTestId('flow-simulate').click();
    await page.getByTestId('flow-publish').click();
    // (the dialog says which running cases stay on v1)
    await page.getByTestId('flow-publish-running').getByText('1 个运行中的工单（v1：1 个）继续按原版本办理，也可以在「版本历史」中迁移到新版本；新发起的工单使用新版本。').waitFor();
    await page.getByTestId('flow-publish-note').fill('学区房分支增加教育局对接环节');
    await page.getByTestId('flow-publish-confirm').click();
    await page.getByText('已发布 v2').first().waitFor();

    // Then v2 holds the new step on the branch, and the running case stays on v1
    const v2 = await session.request('GET', `${api}/flows/${cancelOrderFlow.key}/versions/2`);
    expect(v2.status).toBe(200);
    const def = v2.body.definition as typeof cancelOrderFlow;
    expect(def.nodes.find((n) => n.id === 'task-1')?.name).toEqual({ zh: '教育局对接', en: 'Education bureau liaison' });
    expect(def.edges.find((e) => e.id === 'b-school')).toMatchObject({ source: 'triage', target: 'task-1', label: { zh: '学区房' } });
    expect(def.edges.some((e) => e.source === 'task-1' && e.target === 'school')).toBe(true);
    const running = await session.request('GET', `${api}/instances/${runningV1}`);
    expect(running.body.flowVersion).toBe(1);
    expect(running.body.status).toBe('running');
    // And the version history lists both versions with their notes, naming who published them
    await page.getByTestId('flow-versions').click();
    await page.getByTestId('version-2').filter({ hasText: '学区房分支增加教育局对接环节' }).waitFor();
    expect(await page.getByTestId('version-1').count()).toBe(1);
    expect(await page.getByTestId('version-2').innerText()).toContain('赵磊（案场经理） 发布于');
    // And v1 shows its running case, which he moves to v2 (it waits at 首次面谈, which v2 keeps)
    expect(await page.getByTestId('version-running-1').innerText()).toContain('运行中 1 个工单');
    expect(await page.getByTestId('version-migrate-2').count()).toBe(0);
    await page.getByTestId('version-migrate-1').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '把 v1 的 1 个运行中的工单迁移到 v2？' }).waitFor();
    await screenshot(page, 'flow-versions-migrate');
    await page.getByTestId('version-migrate-ok').click();
    await page.locator('.ant-message').getByText('已将 1 个工单迁移到 v2').waitFor();
    // Then the case runs on v2, as the history now shows
    await page.getByTestId('version-running-2').waitFor();
    expect(await page.getByTestId('version-running-1').count()).toBe(0);
    const moved = await session.request('GET', `${api}/instances/${runningV1}`);
    expect([moved.body.flowVersion, moved.body.status]).toEqual([2, 'running']);
    // And comparing v2 with v1 names the new step and the changed links
    await page.getByTestId('version-compare-2').click();
    const changes = page.getByTestId('version-changes-2');
    await changes.getByText('新增「教育局对接」').waitFor();
    expect(await changes.innerText()).toContain('连线有变化');
    expect(await page.getByTestId('version-compare-1').count()).toBe(0);

    // When the bureau step turns out premature, he rolls back: v1 is restored as the draft
    await page.getByTestId('version-restore-1').click();
    await page.locator('.ant-modal-confirm-title', { hasText: '用 v1 替换当前草稿？' }).waitFor();
    await page.getByTestId('version-restore-ok').click();
    await page.locator('.ant-message').getByText('草稿已恢复为 v1，发布后生效').waitFor();
    // Then the canvas shows v1 again, saved as the draft, and v2 still runs until he publishes
    await page.getByTestId('flow-node-task-1').waitFor({ state: 'detached' });
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);
    const draft = await session.request('GET', `${api}/flows/${cancelOrderFlow.key}`);
    expect([draft.body.latestVersion, draft.body.definition.nodes.some((n: { id: string }) => n.id === 'task-1')]).toEqual([2, false]);
    // And publishing it makes v3, the same flow as v1
    await page.getByTestId('flow-publish').click();
    await page.getByTestId('flow-publish-note').fill('撤回教育局对接环节');
    await page.getByTestId('flow-publish-confirm').click();
    await page.getByText('已发布 v3').first().waitFor();
    const v1 = await session.request('GET', `${api}/flows/${cancelOrderFlow.key}/versions/1`);
    const v3 = await session.request('GET', `${api}/flows/${cancelOrderFlow.key}/versions/3`);
    expect(v3.body.definition.nodes).toEqual(v1.body.definition.nodes);
    expect(v3.body.definition.edges).toEqual(v1.body.definition.edges);
    // And the history says what v3 undid
    await page.getByTestId('flow-versions').click();
    await page.getByTestId('version-compare-3').click();
    await page.getByTestId('version-changes-3').getByText('删除「教育局对接」').waitFor();
    expect(errors).toEqual([]);
  });
});
