import { workspaceMessages } from '../messages.js';

/** Why a name cannot be given to a new saved view: empty, the built-in view's, or one already in the list. */
export type ViewNameProblem = 'required' | 'reserved' | 'taken';

/** The built-in view's name in every language: the views drop-down lists it first, whatever the language. */
const BUILT_IN_NAMES = Object.values(workspaceMessages['ws.tracking.defaultView']);

const comparable = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Returns what is wrong with `name` for a new saved view, or null when it can be saved. Pure.
 * Names are compared trimmed and ignoring case, against the built-in 默认视图 (in Chinese and
 * English) and the views already listed (mine and the shared ones): two entries of one name in the
 * drop-down cannot be told apart. Updating a view is done by selecting it, not by reusing its name.
 */
export function viewNameProblem(name: string, existing: readonly string[]): ViewNameProblem | null {
  const wanted = comparable(name);
  if (!wanted) return 'required';
  if (BUILT_IN_NAMES.some((n) => comparable(n) === wanted)) return 'reserved';
  if (existing.some((n) => comparable(n) === wanted)) return 'taken';
  return null;
}
