// Runs inside a piscina worker: renders one package job and returns plain, cloneable data.
import { createHash } from 'node:crypto';
import { isSiteflowError } from '@siteflow/runtime';
import { maskPolicyFor } from './masking.js';
import { renderDocumentPackageSync } from './render.js';
import type { RenderJob, RenderJobResult } from './render-pool.js';

// Templates arrive as fresh copies with every job; map them to one canonical array per content so
// the compiled-tag cache (a WeakMap keyed by the byte array) hits across jobs.
const canonical = new Map<string, Uint8Array>();
function canonicalBytes(bytes: Uint8Array): Uint8Array {
  const hash = createHash('sha1').update(bytes).digest('hex');
  const hit = canonical.get(hash);
  if (hit) return hit;
  if (canonical.size > 200) canonical.clear(); // bounded: a project replaces templates rarely
  canonical.set(hash, bytes);
  return bytes;
}

/** Returns the rendered package of a job, or its SiteflowError as data (errors do not clone well). */
export function renderJob(job: RenderJob): RenderJobResult {
  try {
    const files = new Map([...job.templates.files].map(([name, bytes]) => [name, canonicalBytes(bytes)]));
    const docs = renderDocumentPackageSync({
      reason: job.reason, data: job.data, templates: { ...job.templates, files }, mask: maskPolicyFor(job.visible),
      utcOffsetMinutes: job.utcOffsetMinutes,
    });
    return { ok: true, docs };
  } catch (error) {
    if (isSiteflowError(error)) return { ok: false, error: { code: error.code, text: error.text, issues: [...error.issues] } };
    return { ok: false, error: { code: 'DOC_RENDER_FAILED', text: { zh: String(error), en: String(error) }, issues: [] } };
  }
}
