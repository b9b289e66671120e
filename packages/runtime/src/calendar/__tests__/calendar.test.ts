import { describe, expect, it } from 'vitest';
import {
  addDuration, chinaCalendar2025_2026 as cn, isSiteflowError, isWorkingDay, isWorkingTime, localDateKey,
  nextWorkingMoment, toInstant, toLocal, validateCalendar, workingDaysBetween, type BusinessCalendar,
} from '../../index.js';

const at = (local: string, cal: BusinessCalendar = cn): number => {
  const t = toInstant(cal, local);
  if (t === null) throw new Error(`bad test time ${local}`);
  return t;
};
const show = (t: number, cal: BusinessCalendar = cn) => {
  const l = toLocal(cal, t);
  return `${localDateKey(cal, t)} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
};
const officeHours: BusinessCalendar = { ...cn, id: 'cn-office', workingHours: { start: '09:00', end: '18:00' } };

describe('China 2025–2026 official schedule', () => {
  it('knows holidays and 调休 make-up working days', () => {
    expect(isWorkingDay(cn, at('2025-09-28 10:00'))).toBe(true); // Sunday, 国庆调休
    expect(isWorkingDay(cn, at('2025-10-08 10:00'))).toBe(false); // last day of 国庆 2025
    expect(isWorkingDay(cn, at('2025-10-11 10:00'))).toBe(true); // Saturday, 国庆调休
    expect(isWorkingDay(cn, at('2026-02-14 10:00'))).toBe(true); // Saturday, 春节调休
    expect(isWorkingDay(cn, at('2026-02-23 10:00'))).toBe(false); // Monday, last day of 春节 2026
    expect(isWorkingDay(cn, at('2026-10-10 10:00'))).toBe(true);
    expect(isWorkingDay(cn, at('2026-09-25 10:00'))).toBe(false); // 中秋 2026
    expect(isWorkingDay(cn, at('2025-11-22 10:00'))).toBe(false); // ordinary Saturday
  });

  it('reads local time in UTC+8 whatever the machine zone is', () => {
    // 2025-10-01 00:30 in Beijing is still 2025-09-30 in UTC.
    const t = at('2025-10-01 00:30');
    expect(t).toBe(Date.UTC(2025, 8, 30, 16, 30));
    expect(isWorkingDay(cn, t)).toBe(false);
    expect(isWorkingDay(cn, t - 60 * 60_000)).toBe(true);
  });
});

describe('addDuration', () => {
  it('counts 3 working days from a Friday over an ordinary weekend', () => {
    expect(show(addDuration(cn, at('2025-09-19 10:00'), { amount: 3, unit: 'workingDays' }))).toBe('2025-09-24 10:00');
  });

  it('counts 3 working days from the Friday before 国庆 2025 through the Sunday make-up day', () => {
    expect(show(addDuration(cn, at('2025-09-26 16:00'), { amount: 3, unit: 'workingDays' }))).toBe('2025-09-30 16:00');
  });

  it('jumps the whole 国庆 holiday and lands on the Saturday make-up day', () => {
    expect(show(addDuration(cn, at('2025-09-30 16:00'), { amount: 3, unit: 'workingDays' }))).toBe('2025-10-11 16:00');
  });

  it('keeps 24 hours as clock time even across a holiday', () => {
    expect(show(addDuration(cn, at('2025-09-30 16:00'), { amount: 24, unit: 'hours' }))).toBe('2025-10-01 16:00');
    expect(show(addDuration(cn, at('2025-09-30 16:00'), { amount: 15, unit: 'minutes' }))).toBe('2025-09-30 16:15');
    expect(show(addDuration(cn, at('2025-09-30 16:00'), { amount: 3, unit: 'days' }))).toBe('2025-10-03 16:00');
  });

  it('counts working hours inside office hours only', () => {
    // 2 h on 9-30, 9 h on 10-9, 9 h on 10-10, 4 h on the make-up Saturday 10-11.
    expect(show(addDuration(officeHours, at('2025-09-30 16:00', officeHours), { amount: 24, unit: 'workingHours' }), officeHours))
      .toBe('2025-10-11 13:00');
    // Arriving before office hours counts from 09:00.
    expect(show(addDuration(officeHours, at('2025-09-29 07:00', officeHours), { amount: 2, unit: 'workingHours' }), officeHours))
      .toBe('2025-09-29 11:00');
  });

  it('starts working days outside office hours at the next opening', () => {
    expect(show(addDuration(officeHours, at('2025-09-26 20:00', officeHours), { amount: 1, unit: 'workingDays' }), officeHours))
      .toBe('2025-09-29 09:00');
  });

  it('counts 春节 2026 with both make-up Saturdays', () => {
    expect(show(addDuration(cn, at('2026-02-13 10:00'), { amount: 1, unit: 'workingDays' }))).toBe('2026-02-14 10:00');
    expect(show(addDuration(cn, at('2026-02-13 10:00'), { amount: 2, unit: 'workingDays' }))).toBe('2026-02-24 10:00');
  });

  it('refuses working hours on a calendar without office hours, naming the calendar', () => {
    try {
      addDuration(cn, at('2025-09-30 16:00'), { amount: 4, unit: 'workingHours' });
      expect.unreachable();
    } catch (error) {
      expect(isSiteflowError(error) && error.code).toBe('CAL_NO_WORKING_HOURS');
      expect((error as Error).message).toContain(cn.name);
    }
  });

  it('refuses fractional working days and negative amounts', () => {
    expect(() => addDuration(cn, 0, { amount: 1.5, unit: 'workingDays' })).toThrow(/CAL_BAD_DURATION/);
    expect(() => addDuration(cn, 0, { amount: -1, unit: 'hours' })).toThrow(/CAL_BAD_DURATION/);
  });
});

describe('workingDaysBetween and nextWorkingMoment', () => {
  it('counts working days after the first day up to the second', () => {
    expect(workingDaysBetween(cn, at('2025-09-22 10:00'), at('2025-09-24 09:00'))).toBe(2);
    expect(workingDaysBetween(cn, at('2025-09-30 10:00'), at('2025-10-09 09:00'))).toBe(1);
    expect(workingDaysBetween(cn, at('2025-10-09 09:00'), at('2025-09-30 10:00'))).toBe(-1);
  });

  it('moves a moment in a holiday to the next opening', () => {
    expect(show(nextWorkingMoment(officeHours, at('2025-10-03 12:00', officeHours)), officeHours)).toBe('2025-10-09 09:00');
    expect(isWorkingTime(officeHours, at('2025-10-09 18:00', officeHours))).toBe(false);
  });
});

describe('validateCalendar', () => {
  it('reports a day that is both holiday and make-up day, bad dates and bad hours', () => {
    const issues = validateCalendar({
      ...cn, holidays: ['2025-10-01', '2025-02-30'], workdays: ['2025-10-01'], workingHours: { start: '18:00', end: '09:00' },
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['CAL_BAD_DATE', 'holidays.1'], ['CAL_DAY_CONFLICT', 'workdays.0'], ['CAL_BAD_HOURS', 'workingHours'],
    ]);
    expect(issues[1]?.message.zh).toContain('2025-10-01');
  });

  it('accepts the shipped calendar', () => {
    expect(validateCalendar(cn)).toEqual([]);
  });
});
