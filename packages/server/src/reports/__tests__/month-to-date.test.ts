import { describe, expect, it } from 'vitest';
import { caseClosure, closureFigures, createReportService, reportPeriod, type ReportCaseRow } from '../index.js';

// A regional director opens 报表 on 24 November 2026, 15:00 China time, on the running month.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(`${iso}+08:00`);
const NOW = at('2026-11-24T15:00:00');

/** A case opened at `createdAt` whose work order ended after `closedAfterHours` (null: still open), due 72 h after it started. */
function row(id: string, createdAt: number, closedAfterHours: number | null): ReportCaseRow {
  const endedAt = closedAfterHours === null ? null : createdAt + closedAfterHours * HOUR;
  return {
    id, cause: 'loanRejected', modules: [], recovered: false, createdAt, closedAt: endedAt, slaBreaches: 0, escalations: 0, signals: [], terms: [],
    closure: { startedAt: createdAt, dueAt: createdAt + 72 * HOUR, endedAt },
  };
}

describe('the running month is month to date and compared with the same days of the month before', () => {
  it('says November runs to the 24th and cuts October at the same moment; a 31st falls back to a short month’s end', () => {
    expect(reportPeriod('2026-11', NOW, 480)).toEqual({
      inProgress: true, throughDay: 24, asOf: NOW, comparison: { month: '2026-10', throughDay: 24 }, previousCut: at('2026-10-24T15:00:00'),
    });
    expect(reportPeriod('2027-03', at('2027-03-31T10:00:00'), 480).comparison).toEqual({ month: '2027-02', throughDay: 28 });
    expect(reportPeriod('2026-10', NOW, 480)).toMatchObject({ inProgress: false, throughDay: null, comparison: { month: '2026-09', throughDay: null } });
  });

  it('compares 26 cases to date with October’s cases up to 24 October, not with all 40', async () => {
    // Given October had 40 cases, one a day-ish across the month (24 of them by the 24th, 15:00)
    const october = Array.from({ length: 40 }, (_, i) => row(`o${i}`, at('2026-10-01T08:00:00') + Math.floor((i * 30 * DAY) / 40), 50));
    const octoberToDate = october.filter((r) => r.createdAt < at('2026-10-24T15:00:00')).length;
    // And November has 26 cases so far
    const november = Array.from({ length: 26 }, (_, i) => row(`n${i}`, at('2026-11-01T08:00:00') + i * 20 * HOUR, 50));
    const service = createReportService({
      utcOffsetMinutes: () => 480, now: () => NOW,
      source: { casesInMonth: async (_p, month) => (month === '2026-10' ? october : month === '2026-11' ? november : []) },
    });
    const report = await service.monthly('p1', '2026-11', 2);
    // Then the change is against October up to the same moment
    expect(octoberToDate).toBeLessThan(40);
    expect(report.change?.cases).toBe(26 - octoberToDate);
    expect(report.period).toMatchObject({ inProgress: true, throughDay: 24 });
    // And the trend still shows October whole
    expect(report.trend.map((m) => m.cases)).toEqual([40, 26]);
  });

  it('judges October’s 72-hour closure as it stood on 24 October, 15:00', async () => {
    // Given a case opened 20 October closed after 100 hours (on the 24th at 12:00: late) and one opened
    // 22 October closed after 60 hours (on the 24th at 20:00: after the cut, so still open then)
    const october = [row('late', at('2026-10-20T08:00:00'), 100), row('after-cut', at('2026-10-22T08:00:00'), 60)];
    const november = [row('in-time', at('2026-11-02T08:00:00'), 50)];
    const service = createReportService({
      utcOffsetMinutes: () => 480, now: () => NOW,
      source: { casesInMonth: async (_p, month) => (month === '2026-10' ? october : month === '2026-11' ? november : []) },
    });
    const report = await service.monthly('p1', '2026-11', 2);
    // Then November stands at 100 %, October then at 0 % (one late, the other not yet due): +100 points
    expect(report.closure).toMatchObject({ measured: 1, closedOnTime: 1, rate: 1 });
    expect(report.change?.closureRate).toBe(1);
  });
});

describe('72-hour closure of a case from its work orders', () => {
  const start = at('2026-11-02T09:00:00');
  it('is due at the first work order’s whole-case deadline and closed when every work order ended; cancelled ones do not count', () => {
    const deadline = at('2026-11-05T09:00:00');
    expect(caseClosure([
      { status: 'completed', startedAt: start, endedAt: start + 50 * HOUR, deadlineAt: deadline },
      { status: 'running', startedAt: start + HOUR, endedAt: null, deadlineAt: deadline + HOUR },
      { status: 'cancelled', startedAt: start - HOUR, endedAt: start },
    ])).toEqual({ startedAt: start, dueAt: deadline, endedAt: null });
    // Without a whole-case deadline on the flow, 72 hours from the start
    expect(caseClosure([{ status: 'completed', startedAt: start, endedAt: start + 80 * HOUR }])).toEqual({ startedAt: start, dueAt: start + 72 * HOUR, endedAt: start + 80 * HOUR });
    expect(caseClosure([{ status: 'withdrawn', startedAt: start, endedAt: start }])).toBeNull();
  });

  it('counts one closed in 50 h as in time, one in 80 h as late and one open past 72 h as overdue', () => {
    const due = start + 72 * HOUR;
    const cases = [
      { closure: { startedAt: start, dueAt: due, endedAt: start + 50 * HOUR } },
      { closure: { startedAt: start, dueAt: due, endedAt: start + 80 * HOUR } },
      { closure: { startedAt: start, dueAt: due, endedAt: null } },
      { closure: null },
    ];
    expect(closureFigures(cases, start + 100 * HOUR)).toEqual({ measured: 3, closedOnTime: 1, closedLate: 1, openOverdue: 1, pending: 0, withoutWorkOrder: 1, rate: 0.3333 });
    // Seen at 60 hours, the 50-hour case is in time and the others are not due yet
    expect(closureFigures(cases, start + 60 * HOUR)).toMatchObject({ measured: 1, closedOnTime: 1, pending: 2, rate: 1 });
  });
});
