import type { AppMessageKey } from '../i18n/index.js';

/** The top-level areas of the app, each a path segment under /p/:projectId. */
export const topAreas = [
  { key: 'workspace', label: 'nav.workspace' },
  { key: 'studio', label: 'nav.studio' },
  { key: 'reports', label: 'nav.reports' },
  { key: 'settings', label: 'nav.settings' },
  { key: 'admin', label: 'nav.admin' },
] as const satisfies readonly { key: string; label: AppMessageKey }[];

export type TopArea = (typeof topAreas)[number]['key'];

/** Returns the top area a pathname belongs to, or undefined outside a project. Pure. */
export function areaOf(pathname: string): TopArea | undefined {
  const m = /^\/p\/[^/]+\/([^/]+)/.exec(pathname);
  return topAreas.find((a) => a.key === m?.[1])?.key;
}
