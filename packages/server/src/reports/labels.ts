import {
  cancellationTypeLabels, causeReportTexts, productModuleLabels, riskSignalLabels, type Message,
} from '@siteflow/runtime';
import { stepReportTexts } from './messages.js';
import type { MonthlyCauseReport } from './report-service.js';

/** Languages of report exports. */
export type ReportLang = 'zh' | 'en';

const texts = { ...causeReportTexts, ...stepReportTexts };

/** Returns a report text (runtime catalogue or the per-step texts) in `lang` with `{name}` placeholders filled. Pure. */
export function text(key: keyof typeof texts, lang: ReportLang, params: Record<string, unknown> = {}): string {
  return (texts[key] as Message)[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function lookup(table: Record<string, Message>, key: string, lang: ReportLang): string {
  return table[key]?.[lang] ?? key; // keys outside the catalogue (custom causes, raw terms) print as stored
}

/** Returns the label of a cancellation type, product module or risk signal key. Pure. */
export const labelOf = {
  cause: (key: string, lang: ReportLang) => lookup(cancellationTypeLabels, key, lang),
  module: (key: string, lang: ReportLang) => lookup(productModuleLabels, key, lang),
  signal: (key: string, lang: ReportLang) => lookup(riskSignalLabels, key, lang),
} as const;

/** Returns a rate 0..1 as a percentage string (`44.4%`), or `—` when there is none. Pure. */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** Returns a number or `—`. Pure. */
export function numberOr(value: number | null): string {
  return value === null ? '—' : String(value);
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayParams(month: string, day: number | null) {
  const m = Number(month.slice(5, 7));
  return { month: m, monthName: MONTH_NAMES[m - 1] ?? month, day: day ?? '' };
}

/** Returns 「本月截至 11月24日（进行中）」 while the report month is running, else null. Pure. */
export function monthToDate(report: MonthlyCauseReport, lang: ReportLang): string | null {
  return report.period.inProgress ? text('monthToDate', lang, dayParams(report.month, report.period.throughDay)) : null;
}

/** Returns what the change is measured against: 「较上月」, or 「较上月同期（10月1日–24日）」 while the month is running. Pure. */
export function comparedWith(report: MonthlyCauseReport, lang: ReportLang): string {
  const { month, throughDay } = report.period.comparison;
  return throughDay === null ? text('changeVsPrevious', lang) : text('vsSamePeriod', lang, dayParams(month, throughDay));
}

/** Returns the findings paragraph lines of a report (what a manager reads first). Pure. */
export function findings(report: MonthlyCauseReport, lang: ReportLang): string[] {
  const f = report.figures;
  const lines: string[] = [];
  if (report.period.inProgress) lines.push(text('findingMonthToDate', lang, dayParams(report.month, report.period.throughDay)));
  if (f.cases === 0) return [...lines, text('findingNoCases', lang)];
  const change = report.change?.recoveryRate;
  const vs = comparedWith(report, lang);
  const changeText = change === null || change === undefined ? ''
    : lang === 'zh' ? `（${vs} ${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} ${text('points', lang)}）`
      : ` (${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} ${text('points', lang)} ${vs})`;
  lines.push(text('findingCases', lang, { cases: f.cases, closed: f.closed, recovered: f.recovered, rate: percent(f.recoveryRate), change: changeText }));
  const cause = report.byCause[0];
  if (cause) lines.push(text('findingTopCause', lang, { cause: labelOf.cause(cause.key, lang), count: cause.count, share: percent(cause.share) }));
  const mod = report.byModule[0];
  if (mod) lines.push(text('findingTopModule', lang, { module: labelOf.module(mod.key, lang), count: mod.count }));
  const c = report.closure;
  if (c.measured > 0) lines.push(text('findingClosure72', lang, { rate: percent(c.rate), onTime: c.closedOnTime, late: c.closedLate, overdue: c.openOverdue }));
  if (f.closed > 0) lines.push(text('findingClosureTimes', lang, { avg: numberOr(f.avgClosureHours), p90: numberOr(f.p90ClosureHours), sla: percent(f.slaCompliance) }));
  if (f.escalations > 0) lines.push(text('findingEscalations', lang, { escalations: f.escalations, escalatedCases: f.escalatedCases }));
  const step = report.breachesByStep[0];
  if (step) lines.push(text('findingTopStep', lang, { flow: step.flowName[lang], step: step.name[lang], breaches: step.breaches, cases: step.cases }));
  return lines;
}
