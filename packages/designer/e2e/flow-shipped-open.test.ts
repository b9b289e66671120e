import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, startTestApp, type TestApp } from './support/index.js';
import { openDesignerPage, project } from './flow-helpers.js';

type Box = { x: number; y: number; width: number; height: number };

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Returns the on-screen boxes of every node card and edge caption of the open flow. */
async function canvasBoxes(page: Page): Promise<{ nodes: { id: string; box: Box }[]; labels: { text: string; box: Box }[] }> {
  return page.evaluate(() => {
    const rect = (el: Element) => { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
    return {
      nodes: [...document.querySelectorAll('.react-flow__node')].map((el) => ({ id: el.getAttribute('data-id') ?? '', box: rect(el) })),
      labels: [...document.querySelectorAll('.sf-edge-label')].map((el) => ({ text: el.textContent ?? '', box: rect(el) })),
    };
  });
}

/** Returns the pairs of things that cover each other: node on node, caption on node. */
function collisions(found: Awaited<ReturnType<typeof canvasBoxes>>): string[] {
  const out: string[] = [];
  found.nodes.forEach((a, i) => found.nodes.slice(i + 1).forEach((b) => { if (overlaps(a.box, b.box)) out.push(`${a.id} × ${b.id}`); }));
  for (const l of found.labels) for (const n of found.nodes) if (overlaps(l.box, n.box)) out.push(`「${l.text}」 × ${n.id}`);
  return out;
}

/** Returns the connections of a shipped flow whose target card is not below its source card. */
function upwardEdges(found: Awaited<ReturnType<typeof canvasBoxes>>, file: string): string[] {
  const flow = JSON.parse(readFileSync(new URL(`../../../templates/${file}`, import.meta.url), 'utf8')) as { edges: { source: string; target: string }[] };
  const box = new Map(found.nodes.map((n) => [n.id, n.box] as const));
  return flow.edges.filter((e) => {
    const from = box.get(e.source);
    const to = box.get(e.target);
    return !from || !to || to.y < from.y + from.height;
  }).map((e) => `${e.source} → ${e.target}`);
}

/** Opens a flow in the designer and waits until it is shown laid out and its problems are checked. */
async function openFlow(page: Page, key: string): Promise<void> {
  await page.goto(`/p/${project}/studio/flows/${key}`);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByTestId('flow-arranging').waitFor({ state: 'detached', timeout: 20_000 });
  await expect.poll(() => page.getByTestId('flow-problem-count').getAttribute('data-count'), { timeout: 20_000 }).not.toBe('checking');
}

/** How the start card is shown: its top below the canvas's top edge, and its title's size on screen in pixels. */
async function startCard(page: Page): Promise<{ topInCanvas: number; centreOffset: number; scale: number; titlePx: number }> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const card = document.querySelector<HTMLElement>('[data-testid="flow-node-start"]')!;
    const title = card.querySelector<HTMLElement>('.sf-fnode__name')!;
    const r = card.getBoundingClientRect();
    const scale = r.width / card.offsetWidth;
    return {
      topInCanvas: r.top - canvas.top,
      centreOffset: r.left + r.width / 2 - (canvas.left + canvas.width / 2),
      scale, titlePx: parseFloat(getComputedStyle(title).fontSize) * scale,
    };
  });
}

/** Presses the Controls' fit-view button and waits until every card is within the canvas. */
async function showWholeFlow(page: Page): Promise<void> {
  await page.locator('.react-flow__controls-fitview').click();
  await page.waitForFunction(() => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    const cards = [...document.querySelectorAll('.react-flow__node')].map((el) => el.getBoundingClientRect());
    return !!canvas && cards.length > 0 && cards.every((r) => r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom);
  }, undefined, { timeout: 20_000 });
}

// A site supervisor opens the shipped flows of the template packages for the first time.
describe('flow designer: a shipped flow opens readable', () => {
  let app: TestApp;
  beforeAll(async () => { app = await startTestApp(); });
  afterAll(async () => { await app?.close(); });

  it('opens 客户退订处理 laid out, with conditions in words, and nothing unsaved', async () => {
    const page = await openDesignerPage(app);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openFlow(page, 'cancellation-work-order');

    // Then the flow starts at the top of the canvas, drawn large enough to read
    await expect.poll(async () => (await startCard(page)).scale, { timeout: 10_000 }).toBeGreaterThanOrEqual(0.695);
    const start = await startCard(page);
    expect(start.topInCanvas).toBeGreaterThanOrEqual(0);
    expect(start.topInCanvas).toBeLessThan(60);
    expect(Math.abs(start.centreOffset)).toBeLessThan(5);
    expect(start.titlePx).toBeGreaterThanOrEqual(9.7); // a 14 px title at 70 %
    await screenshot(page, 'flow-shipped-open');
    // And the rest of the flow runs on below the canvas, one click from the whole picture
    expect(await page.evaluate(() => {
      const bottom = document.querySelector('.react-flow')!.getBoundingClientRect().bottom;
      return [...document.querySelectorAll('.react-flow__node')].some((el) => el.getBoundingClientRect().top > bottom);
    })).toBe(true);
    await showWholeFlow(page);

    // Then no card covers another and no branch caption covers a card
    const found = await canvasBoxes(page);
    expect(found.nodes.length).toBe(30);
    expect(collisions(found)).toEqual([]);
    // And it reads from top to bottom: every step sits below the one it comes from
    expect(upwardEdges(found, 'cancellation-work-order/flows/cancellation-work-order.json')).toEqual([]);
    // And an unnamed branch says its condition in words from the form's labels, not as code
    expect(found.labels.map((l) => l.text)).toContain('「处理结果」等于「挽回成功」');
    expect(found.labels.map((l) => l.text).join(' ')).not.toMatch(/==|contains\(|\{"/);
    // And a named branch shows the rule behind it on hover
    await page.locator('.sf-edge-label', { hasText: '家庭内部争议' }).hover();
    await expect.poll(() => page.locator('.ant-tooltip:visible').textContent()).toBe('条件：「退订类型」等于「家庭内部争议」');
    // And opening changed nothing the user has to save
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);
    expect(await page.getByTestId('flow-save').isDisabled()).toBe(true);

    // When the minimap covers a card in the corner, the user hides it
    const minimap = page.locator('.react-flow__minimap');
    expect(await minimap.count()).toBe(1);
    await page.getByTestId('flow-minimap-toggle').click();
    await minimap.waitFor({ state: 'detached' });
    expect(await page.getByTestId('flow-minimap-toggle').getAttribute('aria-label')).toBe('显示小地图');
    // Then it stays hidden when he opens the flow again, until he shows it
    await openFlow(page, 'cancellation-work-order');
    expect(await minimap.count()).toBe(0);
    await page.getByTestId('flow-minimap-toggle').click();
    await minimap.waitFor();
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens 学区房退订处理 laid out, and keeps the positions the user saves', async () => {
    const page = await openDesignerPage(app);
    await openFlow(page, 'school-district-cancellation');
    await expect.poll(async () => (await startCard(page)).scale, { timeout: 10_000 }).toBeGreaterThanOrEqual(0.695);
    expect((await startCard(page)).topInCanvas).toBeGreaterThanOrEqual(0);
    await showWholeFlow(page);
    const found = await canvasBoxes(page);
    expect(collisions(found)).toEqual([]);
    expect(upwardEdges(found, 'school-district-cancellation/flows/school-district-cancellation.json')).toEqual([]);
    expect(found.labels.map((l) => l.text)).toContain('「处理结果」等于「违约处理」');
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);

    // When the user moves 复盘 to the right and saves the draft
    const card = page.getByTestId('flow-node-review');
    const box = await card.boundingBox();
    if (!box) throw new Error('复盘 is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 12, { steps: 6 });
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + 12, { steps: 6 });
    await page.mouse.up();
    await page.getByTestId('flow-dirty').waitFor();
    const moved = await page.locator('.react-flow__node[data-id="review"]').getAttribute('style');
    await page.getByTestId('flow-save').click();
    await page.getByTestId('flow-dirty').waitFor({ state: 'detached' });

    // Then on opening it again the flow keeps the user's layout instead of laying itself out
    await openFlow(page, 'school-district-cancellation');
    const transform = (style: string | null) => /translate\([^)]*\)/.exec(style ?? '')?.[0];
    expect(transform(await page.locator('.react-flow__node[data-id="review"]').getAttribute('style'))).toBe(transform(moved));
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);
  });

  it('copies 学区房退订处理 into a new draft with every step, on the same form and layout, and deletes the copy', async () => {
    const page = await openDesignerPage(app);
    const shipped = JSON.parse(readFileSync(new URL('../../../templates/school-district-cancellation/flows/school-district-cancellation.json', import.meta.url), 'utf8')) as { nodes: { id: string }[] };
    await openFlow(page, 'school-district-cancellation');
    const transform = async () => /translate\([^)]*\)/.exec(await page.locator('.react-flow__node[data-id="review"]').getAttribute('style') ?? '')?.[0];
    const sourceReview = await transform();

    // When the supervisor copies the flow from the list
    await page.goto(`/p/${project}/studio/flows`);
    await page.getByTestId('flow-copy-school-district-cancellation').click();
    // Then the dialog suggests a free key and a name, and says what the copy keeps
    const dialog = page.getByRole('dialog');
    await dialog.getByText('复制流程「学区房退订处理」').waitFor();
    await page.getByTestId('flow-copy-help').waitFor();
    expect(await page.getByTestId('flow-copy-help').innerText()).toContain('沿用原流程的关联表单');
    expect(await page.getByTestId('flow-new-key').inputValue()).toBe('school-district-cancellation-copy');
    expect(await page.getByTestId('flow-new-name').inputValue()).toBe('学区房退订处理（副本）');
    expect(await page.getByTestId('flow-new-form').count()).toBe(0);

    // And a key that is taken is refused by name, and nothing is created
    await page.getByTestId('flow-new-key').fill('refund');
    await page.getByTestId('flow-create-ok').click();
    await page.locator('.ant-message').getByText('流程已存在：refund').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/p/${project}/studio/flows`);

    // When he keeps the suggested key and names it for the east district
    await page.getByTestId('flow-new-key').fill('school-district-cancellation-copy');
    await page.getByTestId('flow-new-name').fill('学区房退订处理（城东学区）');
    await page.getByTestId('flow-create-ok').click();
    // Then the copy opens in the designer with every step of the original, where the original has it, and nothing unsaved
    await page.waitForURL((u) => u.pathname === `/p/${project}/studio/flows/school-district-cancellation-copy`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByTestId('flow-arranging').waitFor({ state: 'detached', timeout: 20_000 });
    expect((await canvasBoxes(page)).nodes.map((n) => n.id).sort()).toEqual(shipped.nodes.map((n) => n.id).sort());
    expect(await transform()).toBe(sourceReview);
    expect(await page.getByTestId('flow-dirty').count()).toBe(0);

    // And the list shows it as a draft beside the original, and a second copy gets the next free key
    await page.goto(`/p/${project}/studio/flows`);
    const row = page.locator('tr', { has: page.getByTestId('flow-row-school-district-cancellation-copy') });
    expect(await row.innerText()).toContain('学区房退订处理（城东学区）');
    expect(await row.innerText()).toContain('仅草稿');
    await page.getByTestId('flow-copy-school-district-cancellation').click();
    await page.getByTestId('flow-copy-help').waitFor();
    expect(await page.getByTestId('flow-new-key').inputValue()).toBe('school-district-cancellation-copy-2');
    await page.getByRole('dialog').getByRole('button', { name: '取 消' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // And legal, who opens the studio for document templates and may only look at flows, gets neither 复制 nor 删除
    const legal = await openDesignerPage(app, 'legal');
    await legal.goto(`/p/${project}/studio/flows`);
    await legal.getByTestId('flow-row-school-district-cancellation-copy').waitFor();
    expect(await legal.locator('[data-testid^=flow-copy-], [data-testid^=delete-draft-]').count()).toBe(0);
    await legal.context().close();

    // When he decides the copy was a mistake, he deletes it from the list (the published original offers no 删除)
    expect(await page.getByTestId('delete-draft-school-district-cancellation').count()).toBe(0);
    await page.getByTestId('delete-draft-school-district-cancellation-copy').click();
    await page.getByText('删除草稿「学区房退订处理（城东学区）」？').waitFor();
    await page.getByTestId('delete-draft-ok').click();
    // Then it is gone, and the original stays
    await page.locator('.ant-message').getByText('已删除「学区房退订处理（城东学区）」').waitFor();
    await page.getByTestId('flow-row-school-district-cancellation-copy').waitFor({ state: 'detached' });
    expect(await page.getByTestId('flow-row-school-district-cancellation').count()).toBe(1);
  });
});
