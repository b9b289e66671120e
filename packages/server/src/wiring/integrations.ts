// The services a server process builds once at start (documents, reports) and closes at shutdown,
// reachable from its AppContext without widening the context every module receives.
import type { AppContext } from '../context.js';
import { createDocumentRenderPool, loadTemplateSet, type DocumentRenderPool, type DocumentService } from '../documents/index.js';
import type { ReportService } from '../reports/index.js';
import { createServerDocumentService } from './documents-wiring.js';
import { createServerReportService } from './reports-wiring.js';

/** Services of one server process. */
export interface Integrations {
  readonly documents: DocumentService;
  readonly reports: ReportService;
  close(): Promise<void>;
}

const registry = new WeakMap<AppContext, Integrations>();

/**
 * Returns the integrations of a context, building them once: the shipped legal package loaded now,
 * documents rendered by a worker pool started on the first render, the report service.
 */
export async function startIntegrations(ctx: AppContext): Promise<Integrations> {
  const known = registry.get(ctx);
  if (known) return known;
  const baseTemplates = await loadTemplateSet();
  let pool: DocumentRenderPool | null = null;
  const integrations: Integrations = {
    documents: createServerDocumentService(ctx, baseTemplates, (job) => (pool ??= createDocumentRenderPool({ threads: 1 })).render(job)),
    reports: createServerReportService(ctx),
    close: async () => {
      registry.delete(ctx);
      await pool?.close();
    },
  };
  registry.set(ctx, integrations);
  return integrations;
}

/** Returns the integrations started for a context, or null (CLI contexts, unit tests of single modules). */
export function integrationsOf(ctx: AppContext): Integrations | null {
  return registry.get(ctx) ?? null;
}
