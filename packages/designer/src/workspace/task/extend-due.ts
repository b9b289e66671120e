import { extensionBase, extensionProblem } from '@siteflow/runtime';

// The limits are the engine's own (the server refuses the same): one rule, two places that show it.
export { MAX_EXTENSION_MS, MAX_EXTENSION_REASON } from '@siteflow/runtime';

const HOUR = 3_600_000;

/** Quick choices of the 延期 dialog, in hours added to the current due time. */
export const EXTEND_QUICK_HOURS = [4, 24, 48] as const;

/** Returns the time a new due time must be after: the later of the current due time and now. Pure. */
export const extendBase = extensionBase;

/** Returns the due time of a quick choice: `hours` after the base. Pure. */
export function quickUntil(dueAt: number, now: number, hours: number): number {
  return extensionBase(dueAt, now) + hours * HOUR;
}

/** Returns why `until` cannot be the new due time (`tooEarly`, `tooLate`), or null when it can. Pure. */
export const untilProblem = extensionProblem;
