import type { RenderNode } from './render-tree.js';
import { joinPath } from './value-path.js';

/** Which paths the linkage shows (`false` = hidden by a rule or by this step's field permissions). */
type Visibility = Readonly<Record<string, boolean>>;

/**
 * Returns true when the field `node` at `path` shows at least one field to fill in or read. Pure.
 * A hidden field shows none; a section shows one when any of its fields (at any depth) does. A note
 * alone does not count: help text for fields that are all hidden is not worth a heading.
 */
export function showsAnyField(node: RenderNode, path: string, visible: Visibility): boolean {
  if (visible[path] === false || node.type === 'note') return false;
  if (node.type === 'section') return node.children.some((child) => showsAnyField(child, joinPath(path, child.key), visible));
  return true;
}

/**
 * Returns true when any of the top-level `keys` (a layout section's or a tab's fields) shows a
 * field, so its heading is worth rendering. Pure. Keys the form does not have show nothing.
 */
export function keysShowAnyField(keys: readonly string[], byKey: ReadonlyMap<string, RenderNode>, visible: Visibility): boolean {
  return keys.some((key) => {
    const node = byKey.get(key);
    return node !== undefined && showsAnyField(node, key, visible);
  });
}
