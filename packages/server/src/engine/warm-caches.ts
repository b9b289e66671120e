import { validateFlow } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { publishedFlow } from './flow-versions.js';
import { publishedForm } from '../services/form-versions.js';

/** Compiles the latest published form and flow of every project (validators are compiled once per version). Never throws. */
export function warmCaches(ctx: AppContext): void {
  try {
    const rows = ctx.sqlite.prepare('select project_id as projectId, kind, key, max(version) as version from definition_versions group by project_id, kind, key').all() as { projectId: string; kind: string; key: string; version: number }[];
    for (const r of rows) {
      if (r.kind === 'form') publishedForm(ctx, r.projectId, r.key, r.version);
      if (r.kind === 'flow') validateFlow(publishedFlow(ctx, r.projectId, r.key, r.version));
    }
  } catch (err) {
    ctx.logger.warn({ err }, 'cache warm-up failed');
  }
}
