const KEY = 'siteflow.staleBuildReloadAt';
/** A second failure within this time is not a deploy (the reload already fetched the new build): no reload loop. */
const QUIET_MS = 60_000;

/**
 * Returns true when a chunk that failed to load should be cured by reloading the page: the browser is
 * online (offline, a reload would lose the open app) and no such reload happened within the last
 * minute. A tab opened before a deploy asks for chunk names the new build no longer has; reloading
 * fetches the new index.html (served no-cache) and its chunks. Pure.
 */
export function shouldReloadForStaleBuild(online: boolean, lastReloadAt: number | null, now: number): boolean {
  return online && (lastReloadAt === null || now - lastReloadAt > QUIET_MS);
}

/** Reloads the page once when Vite reports that a lazily loaded chunk failed (see shouldReloadForStaleBuild). */
export function reloadOnStaleBuild(): void {
  window.addEventListener('vite:preloadError', (event) => {
    let last: number | null = null;
    try { last = Number(sessionStorage.getItem(KEY)) || null; } catch { /* storage blocked */ }
    if (!shouldReloadForStaleBuild(navigator.onLine, last, Date.now())) return;
    try { sessionStorage.setItem(KEY, String(Date.now())); } catch { /* storage blocked */ }
    event.preventDefault(); // handled: the reload replaces the page
    window.location.reload();
  });
}
