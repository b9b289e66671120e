import { getAt, setAt } from '../../renderer/index.js';

/**
 * Returns a state updater applying only the changed path of a renderer change. Widgets may call
 * onChange twice in one event (a multi-select also clears its "other" text), each time built
 * from the same stale value; applying path by path on the latest state keeps both. Pure.
 */
export function applyChange(next: Record<string, unknown>, changedPath: string) {
  return (prev: Record<string, unknown>): Record<string, unknown> => setAt(prev, changedPath, getAt(next, changedPath)) as Record<string, unknown>;
}
