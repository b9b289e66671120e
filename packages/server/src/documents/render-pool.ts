import { availableParallelism } from 'node:os';
import Piscina from 'piscina';
import { SiteflowError, type ErrorCode, type Issue, type Message } from '@siteflow/runtime';
import type { RenderedDocument, Sensitivity, TemplateSet } from './types.js';

/** One render job for a worker: like `RenderPackageInput`, with the viewer's rights as data. */
export interface RenderJob {
  readonly reason: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly templates: TemplateSet;
  /** Sensitivity kinds the viewer may see in clear; the rest is masked with `maskPersonal`. */
  readonly visible: readonly Sensitivity[];
  readonly utcOffsetMinutes?: number;
}

/** What a worker sends back. */
export type RenderJobResult =
  | { readonly ok: true; readonly docs: RenderedDocument[] }
  | { readonly ok: false; readonly error: { code: ErrorCode; text: Message; issues: Issue[] } };

/** A pool of worker threads rendering document packages off the event loop. */
export interface DocumentRenderPool {
  /** Returns the rendered package; rejects with the same SiteflowError the synchronous render would throw. */
  render(job: RenderJob): Promise<RenderedDocument[]>;
  /** Stops the workers after the queued jobs finish. */
  close(): Promise<void>;
}

/** Rebuilds a worker's error as a SiteflowError with the worker's exact texts and issues. */
function toError(e: { code: ErrorCode; text: Message; issues: Issue[] }): SiteflowError {
  const error = new SiteflowError(e.code, {}, e.issues);
  // The params stayed in the worker; keep its filled-in texts instead of the bare template.
  Object.defineProperty(error, 'text', { value: e.text });
  error.message = `[${e.code}] ${e.text.en} / ${e.text.zh}`;
  return error;
}

/**
 * Returns a worker_threads pool (piscina) rendering document packages, so ~8 ms per document of
 * synchronous docxtemplater work never blocks the server's event loop. `threads` defaults to the
 * machine's parallelism minus one (at least 1).
 */
export function createDocumentRenderPool(options: { threads?: number; idleTimeoutMs?: number } = {}): DocumentRenderPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  const pool = new Piscina<RenderJob, RenderJobResult>({
    filename: new URL('./render-worker-boot.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: options.idleTimeoutMs ?? 60_000,
  });
  return {
    async render(job) {
      const result = await pool.run(job);
      if (!result.ok) throw toError(result.error);
      return result.docs;
    },
    close: () => pool.close(),
  };
}
