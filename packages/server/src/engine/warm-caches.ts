import { validateFlow } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { publishedFlow } from './flow-versions.js';
import { publishedForm } from '../services/form-versions.js';

/** Compiles the latest published form and flow of every project (validators are compiled once per version). Never throws. */
export function warmCaches(ctx: AppContext): void {
  try {
    for (const r of definitionsRepo.latestVersions(ctx.db)) {
      if (r.kind === 'form') publishedForm(ctx, r.projectId, r.key, r.version);
      if (r.kind === 'flow') validateFlow(publishedFlow(ctx, r.projectId, r.key, r.version));
    }
  } catch (err) {
    ctx.logger.warn({ err }, 'cache warm-up failed');
  }
}
