import { fillText, pickText, type Text } from '../i18n/index.js';
import { rendererMessages } from '../i18n/messages/renderer.js';
import type { RenderNode } from './render-tree.js';
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

const PICKER_HINT: Partial<Record<string, Text>> = { person: rendererMessages['render.personInvalid'], role: rendererMessages['render.roleInvalid'] };

/**
 * Returns a field's issues with the runtime's bare "invalid identifier" for person and role
 * pickers replaced by what is expected (pick from the list, not a typed name). Pure.
 */
export function explainIssues(node: Pick<RenderNode, 'type' | 'ui'>, list: readonly Issue[]): readonly Issue[] {
  const hint = PICKER_HINT[node.type];
  if (!hint || !list.some((i) => i.code === 'FORM_ID_INVALID')) return list;
  const message = { zh: fillText(hint, 'zh', { label: pickText(node.ui.label, 'zh') }), en: fillText(hint, 'en', { label: pickText(node.ui.label, 'en') }) };
  return list.map((i) => (i.code === 'FORM_ID_INVALID' ? { ...i, message } : i));
}
