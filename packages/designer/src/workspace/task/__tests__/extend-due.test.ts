import { describe, expect, it } from 'vitest';
import { extendBase, quickUntil, untilProblem } from '../extend-due.js';

const HOUR = 3_600_000;
const now = Date.parse('2025-12-22T09:00:00+08:00');

describe('延期 dialog rules', () => {
  it('quick choices count from the current due time, or from now once it has passed', () => {
    expect(quickUntil(now + HOUR, now, 24)).toBe(now + 25 * HOUR);
    expect(quickUntil(now - 2 * HOUR, now, 4)).toBe(now + 4 * HOUR);
    expect(extendBase(now - HOUR, now)).toBe(now);
  });

  it('accepts a time after the base and at most 30 days ahead, as the server does', () => {
    const due = now + HOUR;
    expect(untilProblem(due, due, now)).toBe('tooEarly');
    expect(untilProblem(due + 1, due, now)).toBeNull();
    expect(untilProblem(now + 30 * 24 * HOUR, due, now)).toBeNull();
    expect(untilProblem(now + 30 * 24 * HOUR + 1, due, now)).toBe('tooLate');
    // A breached step must move into the future, not just past its old due time.
    expect(untilProblem(now - 1, now - HOUR, now)).toBe('tooEarly');
  });
});
