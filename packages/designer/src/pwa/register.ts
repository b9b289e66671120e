/** Where the service worker may be registered: what the page knows about itself. */
export interface WorkerContext {
  /** A production build (the dev server has no built files to precache). */
  readonly production: boolean;
  /** https or localhost: browsers refuse service workers elsewhere. */
  readonly secure: boolean;
  /** The browser offers navigator.serviceWorker. */
  readonly supported: boolean;
}

/** Returns true when the app's service worker should be registered in `context`. Pure. */
export function shouldRegisterWorker(context: WorkerContext): boolean {
  return context.production && context.secure && context.supported;
}

/**
 * Registers the service worker built by vite-plugin-pwa (`/sw.js`, see vite.config.ts) once the page
 * has loaded, so installing it (precaching the app) never competes with the first paint. With it the
 * app opens without network; a failure to register only means it does not.
 */
export function registerServiceWorker(): void {
  const context: WorkerContext = {
    production: import.meta.env.PROD,
    secure: window.isSecureContext,
    supported: 'serviceWorker' in navigator,
  };
  if (!shouldRegisterWorker(context)) return;
  const register = () => { void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined); };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
