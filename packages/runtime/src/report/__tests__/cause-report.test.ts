import { describe, expect, it } from 'vitest';
import { buildCauseReport, monthOf, monthRange, parseMonthKey, type CauseCaseRow } from '../../index.js';

const CHINA = 480;
const HOUR = 3_600_000;
const at = (local: string) => Date.parse(`${local}+08:00`);

/** A case created at `created` (local China time), closed `hours` later unless null. */
function row(id: string, cause: string, created: string, hours: number | null, extra: Partial<CauseCaseRow> = {}): CauseCaseRow {
  const createdAt = at(created);
  return {
    id, cause, createdAt, closedAt: hours === null ? null : createdAt + hours * HOUR,
    modules: [], recovered: false, slaBreaches: 0, escalations: 0, signals: [], terms: [], ...extra,
  };
}

// Ten December cases, hand-checked below; two November cases; one January case to be ignored.
const december: CauseCaseRow[] = [
  row('c1', 'loanRejected', '2025-12-01T00:00:00', 10, { modules: ['financing', 'price'], recovered: true, signals: ['depositRefundQuestion'], terms: ['定金能不能退'] }),
  row('c2', 'loanRejected', '2025-12-03T10:00:00', 20, { modules: ['financing'], recovered: true, signals: ['depositRefundQuestion', 'noReplyTwoWorkingDays'], terms: ['再想想'] }),
  row('c3', 'loanRejected', '2025-12-05T10:00:00', 30, { modules: ['financing'], slaBreaches: 1 }),
  row('c4', 'familyDispute', '2025-12-08T10:00:00', 40, { modules: ['schoolDistrict', 'location'], recovered: true, signals: ['vagueComparison'], terms: ['别人说', '比较一下'] }),
  row('c5', 'familyDispute', '2025-12-10T10:00:00', 50, { modules: ['schoolDistrict'], terms: ['后悔'] }),
  row('c6', 'constructionDoubt', '2025-12-12T10:00:00', 60, { modules: ['construction', 'delivery'], recovered: true, signals: ['photographingDetails'] }),
  row('c7', 'constructionDoubt', '2025-12-15T10:00:00', 70, { modules: ['construction', 'construction'] }),
  row('c8', 'noReason', '2025-12-18T10:00:00', 80, { modules: ['price'], slaBreaches: 2, escalations: 1, signals: ['vagueComparison', 'depositRefundQuestion'], terms: ['后悔', '再想想', '后悔'] }),
  row('c9', 'noReason', '2025-12-20T16:17:00', 100, { modules: ['price', 'parking'], slaBreaches: 1, escalations: 1 }),
  // Still open on report day, created in the last half hour of December (local time).
  row('c10', 'loanRejected', '2025-12-31T23:30:00', null, { modules: ['financing'], slaBreaches: 1, escalations: 1 }),
];
const november: CauseCaseRow[] = [
  row('n1', 'loanRejected', '2025-11-30T23:30:00', 20, { recovered: true }), // 15:30 UTC: still November locally
  row('n2', 'noReason', '2025-11-10T09:00:00', 40, { escalations: 1 }),
];
const january = row('j1', 'noReason', '2026-01-01T00:10:00', 5); // 2025-12-31 16:10 UTC, yet January locally

describe('buildCauseReport (退筹动因分析报告)', () => {
  const report = buildCauseReport([...november, ...december, january], { month: '2025-12', utcOffsetMinutes: CHINA, trendMonths: 3 });

  it('places cases by local creation month and computes the KPI cards', () => {
    // Given ten December cases, nine of them closed after 10..80 and 100 hours, four recovered
    // Then the manager sees these figures
    expect(report.figures).toEqual({
      month: '2025-12', cases: 10, closed: 9, open: 1, recovered: 4,
      recoveryRate: 0.4444, // 4 / 9 closed
      avgClosureHours: 51.11, // 460 / 9
      p90ClosureHours: 100, // nearest rank: ceil(0.9 * 9) = 9th of 9
      closedWithinTargetRate: 0.7778, // 7 of 9 within 72 h
      slaCompliance: 0.6, // c3, c8, c9, c10 breached: 6 / 10
      slaBreaches: 5, escalations: 3, escalatedCases: 3,
    });
  });

  it('counts causes with their own recovery rate, most frequent first', () => {
    expect(report.byCause).toEqual([
      { key: 'loanRejected', count: 4, share: 0.4, recovered: 2, recoveryRate: 0.6667 }, // c10 open: 2 / 3
      { key: 'constructionDoubt', count: 2, share: 0.2, recovered: 1, recoveryRate: 0.5 },
      { key: 'familyDispute', count: 2, share: 0.2, recovered: 1, recoveryRate: 0.5 },
      { key: 'noReason', count: 2, share: 0.2, recovered: 0, recoveryRate: 0 },
    ]);
  });

  it('counts a product module once per case', () => {
    expect(report.byModule.map((m) => [m.key, m.count])).toEqual([
      ['financing', 4], ['price', 3], ['construction', 2], ['schoolDistrict', 2], ['delivery', 1], ['location', 1], ['parking', 1],
    ]);
  });

  it('lists the signals and keyword terms that fired most', () => {
    expect(report.topSignals.map((s) => [s.key, s.count])).toEqual([
      ['depositRefundQuestion', 3], ['vagueComparison', 2], ['noReplyTwoWorkingDays', 1], ['photographingDetails', 1],
    ]);
    expect(report.topTerms.slice(0, 2)).toEqual([
      { key: '再想想', count: 2, share: 0.2 }, { key: '后悔', count: 2, share: 0.2 },
    ]);
    expect(report.topTerms).toHaveLength(5);
  });

  it('shows the trend against earlier months and the change against November', () => {
    expect(report.trend.map((m) => [m.month, m.cases, m.recoveryRate, m.p90ClosureHours])).toEqual([
      ['2025-10', 0, null, null], ['2025-11', 2, 0.5, 40], ['2025-12', 10, 0.4444, 100],
    ]);
    expect(report.change).toEqual({ cases: 8, recoveryRate: -0.0556, p90ClosureHours: 60, slaCompliance: -0.4, escalations: 2 });
    expect(report.warnings).toEqual([]);
  });

  it('leaves a case closed before it was created out of closure figures and warns about it', () => {
    const bad = { ...row('b1', 'noReason', '2025-12-02T10:00:00', 5), closedAt: at('2025-12-01T10:00:00') };
    const r = buildCauseReport([bad, december[0]!], { month: '2025-12', utcOffsetMinutes: CHINA, trendMonths: 1 });
    expect(r.figures).toMatchObject({ cases: 2, closed: 1, open: 1, avgClosureHours: 10 });
    expect(r.change).toBeNull();
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: 'REPORT_ROW_TIMES_INVALID', path: 'rows.b1.closedAt' });
    expect(r.warnings[0]!.message.zh).toContain('b1');
  });

  it('reports an empty month with zero counts and no rates rather than failing', () => {
    const r = buildCauseReport([], { month: '2026-02', utcOffsetMinutes: CHINA });
    expect(r.trend).toHaveLength(6);
    expect(r.figures).toMatchObject({ cases: 0, recoveryRate: null, p90ClosureHours: null, slaCompliance: null });
    expect(r.byCause).toEqual([]);
  });

  it('rejects a bad month or trend length with a bilingual error', () => {
    expect(() => buildCauseReport([], { month: '2025-13' as never, utcOffsetMinutes: CHINA })).toThrow(/REPORT_MONTH_INVALID.*YYYY-MM/);
    expect(() => buildCauseReport([], { month: '2025-12', utcOffsetMinutes: CHINA, trendMonths: 0 })).toThrow(/REPORT_TREND_INVALID/);
  });

  it('is deterministic: the same rows give the same report', () => {
    const again = buildCauseReport([january, ...december.slice().reverse(), ...november], { month: '2025-12', utcOffsetMinutes: CHINA, trendMonths: 3 });
    expect(again).toEqual(report);
  });
});

describe('month helpers', () => {
  it('parses YYYY-MM and names the field when it is wrong', () => {
    expect(parseMonthKey('2025-12')).toEqual({ ok: true, month: '2025-12' });
    for (const bad of ['2025/12', '2025-00', '2025-13', 202512, '']) {
      const r = parseMonthKey(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issue).toMatchObject({ code: 'REPORT_MONTH_INVALID', path: 'month' });
    }
  });

  it('computes local month boundaries for a China site', () => {
    expect(monthRange('2025-12', CHINA)).toEqual({ from: at('2025-12-01T00:00:00'), to: at('2026-01-01T00:00:00') });
    expect(monthOf(at('2026-01-01T00:00:00'), CHINA)).toBe('2026-01');
    expect(monthOf(at('2025-12-31T23:59:59'), CHINA)).toBe('2025-12');
    expect(monthOf(at('2024-02-29T12:00:00'), CHINA)).toBe('2024-02');
  });
});
