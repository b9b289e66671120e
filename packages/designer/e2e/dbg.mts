import { startTestApp, demoIds } from './support/index.js';
const app = await startTestApp();
try {
  const { page } = await app.open({ viewport: 'desktop', user: 'siteManager', next: `/p/${demoIds.projectYunqi}/studio/forms` });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text().slice(0, 300)); });
  const s = await app.server.login('siteManager');
  const list = await s.request('GET', `/api/projects/${demoIds.projectYunqi}/forms`);
  console.log(list.body.map((f: { key: string }) => f.key));
  const key = list.body[0].key;
  await page.goto(`/p/${demoIds.projectYunqi}/studio/forms/${key}`);
  await page.getByTestId('form-designer').waitFor();
  await page.screenshot({ path: '/tmp/sfdbg/b.png' });
  await page.getByTestId('mode-switch').getByText('桌面').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/sfdbg/c.png' });
  await page.getByTestId('preview-submit').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: '/tmp/sfdbg/d.png' });
} finally { await app.close(); }
