import { DAY_MS, type EpochMs } from '../common/time.js';

/** How far ahead a step may be extended (延期), counted from now. */
export const MAX_EXTENSION_MS = 30 * DAY_MS;
/** Longest reason accepted for an extension. */
export const MAX_EXTENSION_REASON = 500;

/** Returns the time a step's new due time must be after: the later of its current due time and now. Pure. */
export function extensionBase(dueAt: EpochMs, now: EpochMs): EpochMs {
  return Math.max(dueAt, now);
}

/**
 * Returns why `until` cannot be a step's new due time — `tooEarly` (not after `extensionBase`),
 * `tooLate` (more than MAX_EXTENSION_MS ahead) — or null. The engine and the 延期 dialog share it. Pure.
 */
export function extensionProblem(until: EpochMs, dueAt: EpochMs, now: EpochMs): 'tooEarly' | 'tooLate' | null {
  if (until <= extensionBase(dueAt, now)) return 'tooEarly';
  if (until > now + MAX_EXTENSION_MS) return 'tooLate';
  return null;
}
