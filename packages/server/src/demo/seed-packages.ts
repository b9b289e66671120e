import type { AppContext } from '../context.js';
import { directoryTemplateSource, publishTemplatePackage, type TemplateSource } from '../templates/index.js';
import { demoIds } from './demo-data.js';

/** The demo projects that get every shipped template package. */
export const demoPackageProjects: readonly string[] = [demoIds.projectYunqi, demoIds.projectXixi, demoIds.projectShenzhen];

/**
 * Publishes the newest version of every template package in `templates/` to the demo projects
 * (the same publishing the admin page and CLI use: validated, versioned, audited). A package that
 * fails validation is skipped and reported, so one broken package never blocks the demo. Returns
 * what was installed and what failed. Writes the database.
 */
export function installDemoTemplatePackages(ctx: AppContext, actor: { id: string; organisationId: string }, source: TemplateSource = directoryTemplateSource()): { installed: string[]; failed: { key: string; issues: unknown[] }[] } {
  const installed: string[] = [];
  const failed: { key: string; issues: unknown[] }[] = [];
  // Newest version of each key.
  const newest = new Map<string, string>();
  for (const { pkg } of source.list()) {
    const known = newest.get(pkg.manifest.key);
    if (!known || compareVersions(pkg.manifest.version, known) > 0) newest.set(pkg.manifest.key, pkg.manifest.version);
  }
  for (const [key, version] of [...newest].sort(([a], [b]) => a.localeCompare(b))) {
    try {
      const result = publishTemplatePackage(ctx, source, { key, version, projectIds: demoPackageProjects }, actor);
      const bad = result.results.filter((r) => r.status === 'failed');
      if (bad.length) failed.push({ key, issues: bad.flatMap((r) => r.issues) });
      else installed.push(`${key}@${version}`);
    } catch (err) {
      failed.push({ key, issues: [err instanceof Error ? err.message : String(err)] });
    }
  }
  if (failed.length) ctx.logger.warn({ failed: failed.map((f) => ({ key: f.key, issues: JSON.stringify(f.issues).slice(0, 500) })) }, 'demo template packages not installed');
  return { installed, failed };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
