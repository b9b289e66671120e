import { describe, expect, it } from 'vitest';
import { createdInMonth, parseMonth } from '../created-month.js';

describe('the 追踪表 opened for one month’s new cases (?created=2025-12)', () => {
  it('accepts a month and nothing else', () => {
    expect([parseMonth('2025-12'), parseMonth('2025-13'), parseMonth('2025-1'), parseMonth(null), parseMonth('x')]).toEqual(['2025-12', null, null, null, null]);
  });
  it('filters from the first of the month to the first of the next, in China time, across the new year', () => {
    expect(createdInMonth('2025-12')).toEqual([
      { field: 'createdAt', op: 'gte', value: Date.parse('2025-12-01T00:00:00+08:00') },
      { field: 'createdAt', op: 'lt', value: Date.parse('2026-01-01T00:00:00+08:00') },
    ]);
    expect(createdInMonth('2026-02')[1]!.value).toBe(Date.parse('2026-03-01T00:00:00+08:00'));
  });
});
