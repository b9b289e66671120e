/**
 * Browser-test support shared by every e2e suite of the web app (form designer, flow designer,
 * workspace). Stable API — other suites import from here:
 *
 *   const app = await startTestApp();                       // real server + temp SQLite + Chromium
 *   const { page } = await app.open({ viewport: 'desktop', user: 'siteManager' });
 *   await dragTo(page, paletteItem, canvas);                // pointer drag dnd-kit / xyflow accept
 *   await screenshot(page, 'form-designer');                // docs/screenshots/form-designer.png
 *   await app.close();
 *
 * Nothing here builds the app: `npm test` runs scripts/ensure.mjs ensureWebBuild first; when
 * running vitest directly, run `pnpm --filter @siteflow/designer build` before.
 */
export { launchBrowser, openContext, collectErrors, viewports, CHROMIUM_PATH, CHROMIUM_ARGS, type ViewportName, type ContextOptions } from './browser.js';
export { login, dragTo, pickOption, screenshot, SCREENSHOT_DIR } from './actions.js';
export { startTestApp, type TestApp } from './app.js';
export { demoUsers, demoIds, demoUserId, DEMO_PASSWORD } from '@siteflow/server/testing';
