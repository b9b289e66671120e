// Flow designer benchmark (bench contract: one JSON line per figure on stdout, the rest on stderr).
// Opens a 300-node flow in the built app served by the real server, in Debian's Chromium, and
// measures the time to a rendered, validated canvas and the frame times while dragging a node.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { FlowDefinition, FlowEdge, FlowNode } from '@siteflow/runtime';
import { DEMO_PASSWORD, demoIds, startTestServer } from '@siteflow/server/testing';

const here = dirname(fileURLToPath(import.meta.url));
const log = (...args: unknown[]) => console.error('[designer.bench]', ...args);
const emit = (figure: string, value: number, unit: string, target: string, better: 'higher' | 'lower') =>
  console.log(JSON.stringify({ bench: 'designer', figure, value: Math.round(value * 10) / 10, unit, target, better }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

/** Returns a valid 300-node flow: a start, 288 tasks and 10 conditions in a 12-column grid, an end. */
function bigFlow(): FlowDefinition {
  const nodes: FlowNode[] = [{ id: 'start', kind: 'start', name: { zh: '开始', en: 'Start' }, position: { x: 0, y: -140 } }];
  const edges: FlowEdge[] = [];
  let prev = 'start';
  for (let i = 0; i < 298; i++) {
    const id = `n${i}`;
    const position = { x: (i % 12) * 260, y: Math.floor(i / 12) * 140 };
    if (i % 30 === 29) {
      nodes.push({ id, kind: 'condition', name: { zh: `分支 ${i}`, en: `Branch ${i}` }, position });
      edges.push({ id: `e${i}`, source: prev, target: id });
      edges.push({ id: `x${i}`, source: id, target: 'end', order: 1, condition: { field: 'amount', op: 'gt', value: 1_000_000 } });
    } else {
      nodes.push({
        id, kind: 'task', name: { zh: `第 ${i} 步`, en: `Step ${i}` }, taskType: 'approve', mode: 'any',
        assignees: [{ kind: 'role', role: i % 2 ? 'salesSupervisor' : 'siteManager' }], actions: ['approve', 'reject', 'comment'],
        sla: { duration: { amount: 24, unit: 'hours' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
        position,
      });
      const from = nodes.find((n) => n.id === prev);
      edges.push({ id: `e${i}`, source: prev, target: id, ...(from?.kind === 'condition' ? { order: 2, default: true } : {}) });
    }
    prev = id;
  }
  nodes.push({ id: 'end', kind: 'end', name: { zh: '结束', en: 'End' }, position: { x: 0, y: 26 * 140 } });
  edges.push({ id: 'e-end', source: prev, target: 'end' });
  return { key: 'bench-300', name: { zh: '三百节点流程', en: '300-node flow' }, formKey: 'bench-form', nodes, edges };
}

const form = {
  key: 'bench-form', name: { zh: '基准表单', en: 'Bench form' },
  schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', properties: { amount: { type: 'number', 'x-ui': { fieldType: 'money', label: { zh: '金额', en: 'Amount' } } } } },
};

async function main(): Promise<void> {
  if (!existsSync(join(here, '../dist/index.html'))) {
    log('building the web app first');
    execSync('pnpm --filter @siteflow/designer build', { cwd: join(here, '../../..'), stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startTestServer({ demo: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'], headless: true });
  try {
    const session = await server.login('siteManager');
    const api = `/api/projects/${demoIds.projectYunqi}`;
    await session.request('POST', `${api}/forms`, { definition: form });
    await session.request('POST', `${api}/forms/${form.key}/publish`, { note: 'bench' });
    const created = await session.request('POST', `${api}/flows`, { definition: bigFlow() });
    if (created.status !== 201) throw new Error(`flow create ${created.status}`);
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/login');
    await page.locator('#username').fill('siteManager');
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    const url = `/p/${demoIds.projectYunqi}/studio/flows/bench-300`;

    // 1. First render: navigation to a canvas showing nodes and a finished validation, 3 loads.
    const renders: number[] = [];
    const paints: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = Date.now();
      await page.goto(url);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      const firstPaint = Date.now() - t0;
      paints.push(firstPaint);
      await page.locator('[data-testid="flow-problem-count"]:not([data-count="checking"])').waitFor({ timeout: 120_000 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      renders.push(Date.now() - t0);
    }
    log('render ms', renders, 'nodes in DOM', await page.locator('.react-flow__node').count());
    emit('300-node flow: open designer to first painted canvas (median of 3)', median(paints), 'ms', '<= 2000', 'lower');
    emit('300-node flow: open designer to canvas with problems checked (median of 3)', median(renders), 'ms', '<= 3000', 'lower');

    // 2. Drag: record requestAnimationFrame intervals while one node is dragged 60 steps.
    // The flow opens readable at its start; the drag is measured on the whole flow (fit-view button).
    await page.locator('.react-flow__controls-fitview').click();
    await page.locator('.react-flow__node[data-id="n5"]').waitFor();
    const box = await page.locator('.react-flow__node[data-id="n5"]').boundingBox();
    if (!box) throw new Error('node n5 not visible');
    // String scripts: tsx would inject its __name helper into a function body, which the page lacks.
    await page.evaluate(`(() => {
      window.__frames = []; window.__stop = false;
      let last = performance.now();
      const tick = (now) => { window.__frames.push(now - last); last = now; if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(box.x + box.width / 2, box.y + 12);
    await page.mouse.down();
    for (let s = 1; s <= 60; s++) await page.mouse.move(box.x + box.width / 2 + s * 4, box.y + 12 + s * 2);
    await page.mouse.up();
    const frames = (await page.evaluate('(() => { window.__stop = true; return window.__frames.slice(1); })()')) as number[];
    log('frames', frames.length);
    emit('300-node flow: drag frame time, median', median(frames), 'ms', '<= 16.7', 'lower');
    emit('300-node flow: drag frame time, p95', percentile(frames, 0.95), 'ms', '<= 50', 'lower');
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => { log(error); process.exit(1); });
