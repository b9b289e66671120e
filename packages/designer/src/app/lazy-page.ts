import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page module loaded on demand; remembers the module once it has arrived. */
export interface PageModule<M> {
  readonly load: () => Promise<M>;
  readonly loaded: () => M | null;
}

/** Returns a page module whose `load` imports it once (again after a failure, e.g. offline). */
export function pageModule<M>(importer: () => Promise<M>): PageModule<M> {
  let pending: Promise<M> | null = null;
  let loaded: M | null = null;
  return {
    loaded: () => loaded,
    load: () => {
      pending ??= importer().then(
        (m) => { loaded = m; return m; },
        (error: unknown) => { pending = null; throw error; },
      );
      return pending;
    },
  };
}

/**
 * Returns a lazy page component. Once its module has loaded (preloaded with the app), it renders
 * in the same pass as its parents: a promise, even a settled one, would make React show the
 * Suspense fallback first and then hold the page back by its 300 ms fallback throttle.
 */
export function lazyPage<M>(mod: PageModule<M>, pick: (m: M) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => {
    const ready = mod.loaded();
    if (ready === null) return mod.load().then((m) => ({ default: pick(m) }));
    // A thenable that calls back at once: React's lazy then resolves without suspending.
    const now = { then: (resolve: (m: { default: ComponentType }) => void) => resolve({ default: pick(ready) }) };
    return now as unknown as Promise<{ default: ComponentType }>;
  });
}
