import { DAY_MS, HOUR_MS, MINUTE_MS, type Clock, type EpochMs, type IdSource } from '../common/time.js';

/** A clock for tests that only moves when told to. */
export class ManualClock implements Clock {
  #now: EpochMs;
  constructor(start: EpochMs | string) {
    this.#now = typeof start === 'string' ? Date.parse(start) : start;
  }
  now(): EpochMs {
    return this.#now;
  }
  /** Moves the clock forward and returns the new time. */
  advance(by: { minutes?: number; hours?: number; days?: number; ms?: number }): EpochMs {
    this.#now += (by.ms ?? 0) + (by.minutes ?? 0) * MINUTE_MS + (by.hours ?? 0) * HOUR_MS + (by.days ?? 0) * DAY_MS;
    return this.#now;
  }
  set(to: EpochMs | string): void {
    this.#now = typeof to === 'string' ? Date.parse(to) : to;
  }
}

/** Deterministic ids `prefix-1`, `prefix-2`, … for tests and replays. */
export class SequentialIds implements IdSource {
  #n = 0;
  next(prefix: string): string {
    this.#n += 1;
    return `${prefix}-${this.#n}`;
  }
}
