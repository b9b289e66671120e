import type { Issue } from './runtime-form.js';

/**
 * Returns issues grouped by data path, whatever the source sent: validateSubmission's map, the
 * server's `{ path: Issue[] }` or a flat `Issue[]` with `path`. Issues without a path go to `$`. Pure.
 */
export function issuesByPath(raw: unknown): Record<string, Issue[]> {
  const out: Record<string, Issue[]> = {};
  const push = (path: string, i: Issue) => { (out[path] ??= []).push(i); };
  if (Array.isArray(raw)) {
    for (const i of raw as Issue[]) push(i.path ?? '$', i);
  } else if (raw && typeof raw === 'object') {
    for (const [path, list] of Object.entries(raw as Record<string, Issue[]>)) for (const i of list ?? []) push(path, i);
  }
  return out;
}
