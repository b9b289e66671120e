import type { Clock, EpochMs } from '@siteflow/runtime';

/** The server's clock: real time, or a manual clock in test mode that POST /api/test/clock moves. */
export interface ServerClock extends Clock {
  /** Moves a manual clock forward; real clocks refuse. Returns the new time. */
  advance?(ms: number): EpochMs;
}

/** Returns a clock reading the system time. */
export function realClock(): ServerClock {
  return { now: () => Date.now() };
}

/** Returns a clock that only moves when `advance` is called. */
export function manualClock(start: EpochMs): ServerClock & { advance(ms: number): EpochMs; set(at: EpochMs): void } {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => (now += ms),
    set: (at: EpochMs) => {
      now = at;
    },
  };
}
