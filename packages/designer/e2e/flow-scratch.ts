import { startTestApp, demoIds, login, DEMO_PASSWORD } from './support/index.js';
import { cancelOrderFlow, cancelOrderForm } from './flow-fixtures.js';
const app = await startTestApp();
try {
  const s = await app.server.login('siteManager');
  const p = `/api/projects/${demoIds.projectYunqi}`;
  console.log((await s.request('POST', `${p}/forms`, { definition: cancelOrderForm })).status);
  console.log((await s.request('POST', `${p}/forms/cancel-order/publish`, { note: 'v1' })).status);
  const r = await s.request('POST', `${p}/flows`, { definition: cancelOrderFlow });
  console.log(r.status, JSON.stringify(r.body.issues));
  const context = await app.browser.newContext({ baseURL: app.baseURL, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', bypassCSP: true });
  const page = await context.newPage();
  await login(page, 'siteManager', DEMO_PASSWORD);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text()); });
  await page.goto(`/p/${demoIds.projectYunqi}/studio/flows/cancel-order-flow`);
  await page.getByTestId('flow-designer').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/fl/designer.png' });
  await page.getByTestId('flow-node-triage').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/fl/triage.png' });
  await page.getByTestId('flow-node-school').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/fl/school.png' });
  await page.getByTestId('flow-simulate').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/fl/sim.png' });
} finally { await app.close(); }
