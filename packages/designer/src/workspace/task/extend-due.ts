const HOUR = 3_600_000;

/** Quick choices of the 延期 dialog, in hours added to the current due time. */
export const EXTEND_QUICK_HOURS = [4, 24, 48] as const;
/** How far ahead a step may be extended, from now (the server refuses more). */
export const MAX_EXTENSION_MS = 30 * 24 * HOUR;
/** Longest reason the server accepts. */
export const MAX_EXTENSION_REASON = 500;

/** Returns the time a new due time must be after: the later of the current due time and now. Pure. */
export function extendBase(dueAt: number, now: number): number {
  return Math.max(dueAt, now);
}

/** Returns the due time of a quick choice: `hours` after the base. Pure. */
export function quickUntil(dueAt: number, now: number, hours: number): number {
  return extendBase(dueAt, now) + hours * HOUR;
}

/** Returns why `until` cannot be the new due time (`tooEarly`, `tooLate`), or null when it can. Pure. */
export function untilProblem(until: number, dueAt: number, now: number): 'tooEarly' | 'tooLate' | null {
  if (until <= extendBase(dueAt, now)) return 'tooEarly';
  if (until > now + MAX_EXTENSION_MS) return 'tooLate';
  return null;
}
