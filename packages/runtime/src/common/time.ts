/** Milliseconds since the Unix epoch (UTC). All runtime times are this; no Date objects in state. */
export type EpochMs = number;

/** Source of the current time, passed in: the runtime never reads the clock itself. */
export interface Clock {
  now(): EpochMs;
}

/** Source of new unique ids, passed in: the runtime never generates randomness itself. */
export interface IdSource {
  next(prefix: string): string;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
