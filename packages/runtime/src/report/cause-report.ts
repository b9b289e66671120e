import { HOUR_MS } from '../common/time.js';
import { SiteflowError, issue, type Issue } from '../errors/siteflow-error.js';
import { monthOf, monthsEndingWith, parseMonthKey } from './month.js';
import { delta, nearestRankPercentile, ratio, round } from './stats.js';
import type { CauseCaseRow, CauseCount, CauseReport, CauseReportOptions, KeyCount, MonthFigures, MonthKey } from './types.js';

const DEFAULT_TREND_MONTHS = 6;
const DEFAULT_TARGET_HOURS = 72;
const DEFAULT_TOP_N = 10;

/** Returns closure hours of a row, or null while open or when its times are inconsistent. Pure. */
function closureHours(row: CauseCaseRow): number | null {
  if (row.closedAt === null || row.closedAt === undefined) return null;
  return row.closedAt >= row.createdAt ? (row.closedAt - row.createdAt) / HOUR_MS : null;
}

/** Returns the KPIs of the rows of one month. Pure. */
export function monthFigures(month: MonthKey, rows: readonly CauseCaseRow[], closureTargetHours = DEFAULT_TARGET_HOURS): MonthFigures {
  const hours: number[] = [];
  let recovered = 0;
  let slaBreaches = 0;
  let escalations = 0;
  let escalatedCases = 0;
  let compliant = 0;
  for (const row of rows) {
    const h = closureHours(row);
    if (h !== null) {
      hours.push(h);
      if (row.recovered) recovered += 1;
    }
    slaBreaches += row.slaBreaches;
    escalations += row.escalations;
    if (row.escalations > 0) escalatedCases += 1;
    if (row.slaBreaches === 0) compliant += 1;
  }
  const closed = hours.length;
  const p90 = nearestRankPercentile(hours, 0.9);
  return {
    month,
    cases: rows.length,
    closed,
    open: rows.length - closed,
    recovered,
    recoveryRate: ratio(recovered, closed),
    avgClosureHours: closed === 0 ? null : round(hours.reduce((a, b) => a + b, 0) / closed, 2),
    p90ClosureHours: p90 === null ? null : round(p90, 2),
    closedWithinTargetRate: ratio(hours.filter((h) => h <= closureTargetHours).length, closed),
    slaCompliance: ratio(compliant, rows.length),
    slaBreaches,
    escalations,
    escalatedCases,
  };
}

/** Counts, per key, the cases naming it (each case counts a key once); sorted by count, then key by code point (locale-independent). Pure. */
function countKeys(rows: readonly CauseCaseRow[], keysOf: (row: CauseCaseRow) => readonly string[]): KeyCount[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const key of new Set(keysOf(row))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count, share: ratio(count, rows.length) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function countCauses(rows: readonly CauseCaseRow[]): CauseCount[] {
  return countKeys(rows, (row) => [row.cause]).map((entry) => {
    const closed = rows.filter((r) => r.cause === entry.key && closureHours(r) !== null);
    const recovered = closed.filter((r) => r.recovered).length;
    return { ...entry, recovered, recoveryRate: ratio(recovered, closed.length) };
  });
}

/**
 * Returns the 《退筹动因分析报告》 of `options.month`: counts by cause and product module,
 * recovery rate, average and p90 closure time, SLA compliance, escalations, top signals and terms,
 * and the trend over the months before. `rows` may hold cases of any month (each is placed by its
 * local creation month); rows outside the trend window are ignored. Pure and deterministic.
 * Throws SiteflowError(REPORT_MONTH_INVALID | REPORT_TREND_INVALID) for bad options; validate
 * user input with `parseMonthKey` first.
 */
export function buildCauseReport(rows: readonly CauseCaseRow[], options: CauseReportOptions): CauseReport {
  const parsed = parseMonthKey(options.month);
  if (!parsed.ok) throw new SiteflowError('REPORT_MONTH_INVALID', { value: options.month });
  const trendMonths = options.trendMonths ?? DEFAULT_TREND_MONTHS;
  if (!Number.isInteger(trendMonths) || trendMonths < 1 || trendMonths > 24) {
    throw new SiteflowError('REPORT_TREND_INVALID', { value: trendMonths });
  }
  const target = options.closureTargetHours ?? DEFAULT_TARGET_HOURS;
  const topN = options.topN ?? DEFAULT_TOP_N;
  const months = monthsEndingWith(parsed.month, trendMonths);
  const byMonth = new Map<MonthKey, CauseCaseRow[]>(months.map((m) => [m, []]));
  const warnings: Issue[] = [];
  for (const row of rows) {
    const bucket = byMonth.get(monthOf(row.createdAt, options.utcOffsetMinutes));
    if (!bucket) continue;
    bucket.push(row);
    if (row.closedAt !== null && row.closedAt !== undefined && row.closedAt < row.createdAt && bucket === byMonth.get(parsed.month)) {
      warnings.push(issue('REPORT_ROW_TIMES_INVALID', { id: row.id }, { path: `rows.${row.id}.closedAt` }));
    }
  }
  const current = byMonth.get(parsed.month) ?? [];
  const trend = months.map((m) => monthFigures(m, byMonth.get(m) ?? [], target));
  const figures = trend[trend.length - 1] as MonthFigures;
  const previous = trend.length > 1 ? (trend[trend.length - 2] as MonthFigures) : null;
  return {
    month: parsed.month,
    utcOffsetMinutes: options.utcOffsetMinutes,
    closureTargetHours: target,
    figures,
    byCause: countCauses(current),
    byModule: countKeys(current, (row) => row.modules),
    topSignals: countKeys(current, (row) => row.signals).slice(0, topN),
    topTerms: countKeys(current, (row) => row.terms).slice(0, topN),
    trend,
    change: previous === null ? null : {
      cases: figures.cases - previous.cases,
      recoveryRate: delta(figures.recoveryRate, previous.recoveryRate),
      p90ClosureHours: delta(figures.p90ClosureHours, previous.p90ClosureHours, 2),
      slaCompliance: delta(figures.slaCompliance, previous.slaCompliance),
      escalations: figures.escalations - previous.escalations,
    },
    warnings,
  };
}
