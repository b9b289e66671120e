import { startTestApp } from './support/index.js';
import { api, openDesignerPage, project, publishCancelOrderForm } from './flow-helpers.js';
import { cancelOrderFlow } from './flow-fixtures.js';
const app = await startTestApp();
try {
  const s = await app.server.login('siteManager');
  await publishCancelOrderForm(s);
  console.log((await s.request('POST', `${api}/flows`, { definition: cancelOrderFlow })).status);
  const page = await openDesignerPage(app);
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('CONSOLE', m.text().slice(0, 300)); });
  await page.goto(`/p/${project}/studio/flows/${cancelOrderFlow.key}`);
  await page.waitForTimeout(4000);
  await page.screenshot({ path: '/tmp/fl/g.png' });
} finally { await app.close(); }
