import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium; browser tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags for a quiet, deterministic headless Chromium in a container. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
] as const;

/** Named viewports used by the screenshots and tests (desktop per the acceptance, phone 375 px). */
export const viewports = {
  desktop: { width: 1440, height: 900 },
  laptop: { width: 1280, height: 800 },
  phone: { width: 375, height: 812 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Returns a launched headless Chromium (Debian's binary through playwright-core). Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true });
}

/** Options of `openContext`. */
export interface ContextOptions {
  readonly baseURL: string;
  readonly viewport?: ViewportName | { width: number; height: number };
  /** UI language stored before the first page load; default zh (the product's default). */
  readonly lang?: 'zh' | 'en';
  /**
   * Let the app install its service worker (default: blocked). A worker answers requests itself, so
   * `page.route` would no longer see them, and its caches would outlive the test: only the test of
   * opening the app offline allows it.
   */
  readonly serviceWorkers?: boolean;
  /**
   * Let the device ask for motion (default: reduced motion). The app honours the reduce-motion
   * setting (src/app/reduced-motion.ts), so dialogs and drop-downs appear at once and a click can
   * never land mid-animation on the mask behind them, a flake a busy CI machine used to produce.
   * Only the test of that setting itself turns motion on.
   */
  readonly motion?: boolean;
  /** Cookies and storage of an earlier context (`context.storageState()`): already signed in, without the login page. */
  readonly storageState?: BrowserContextOptions['storageState'];
}

/**
 * Returns a new browser context (own cookies/storage) at the given viewport; phone viewports get
 * touch and a mobile user agent. The language is preset through localStorage. Service workers are
 * blocked unless `serviceWorkers` is set; the device asks for reduced motion unless `motion` is set.
 */
export async function openContext(browser: Browser, opts: ContextOptions): Promise<BrowserContext> {
  const size = typeof opts.viewport === 'object' ? opts.viewport : viewports[opts.viewport ?? 'desktop'];
  const phone = size.width < 768;
  const context = await browser.newContext({
    baseURL: opts.baseURL,
    viewport: size,
    deviceScaleFactor: 1,
    serviceWorkers: opts.serviceWorkers ? 'allow' : 'block',
    reducedMotion: opts.motion ? 'no-preference' : 'reduce',
    ...(opts.storageState ? { storageState: opts.storageState } : {}),
    locale: opts.lang === 'en' ? 'en-US' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    hasTouch: phone,
    isMobile: phone,
    ...(phone ? { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148' } : {}),
  });
  const lang = opts.lang ?? 'zh';
  await context.addInitScript((l: string) => {
    try { if (!localStorage.getItem('siteflow.lang')) localStorage.setItem('siteflow.lang', l); } catch { /* about:blank */ }
  }, lang);
  return context;
}

/** Collects page errors and console errors so a test can assert the app ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  return errors;
}
