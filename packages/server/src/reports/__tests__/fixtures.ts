import { monthRange, type CauseCaseRow, type MonthKey } from '@siteflow/runtime';
import type { ReportSource } from '../index.js';

const HOUR = 3_600_000;
const causes = ['loanRejected', 'familyDispute', 'constructionDoubt', 'noReason'] as const;
const modules = ['financing', 'schoolDistrict', 'construction', 'price', 'parking', 'layout'] as const;
const signals = ['depositRefundQuestion', 'vagueComparison', 'noReplyTwoWorkingDays', 'photographingDetails'] as const;
const terms = ['再想想', '后悔', '别人说', '定金能不能退', '比较一下'] as const;

/** Returns `count` deterministic cases created in `month` (China time), varied but reproducible. */
export function casesFor(month: MonthKey, count: number, seed = 7): CauseCaseRow[] {
  const { from } = monthRange(month, 480);
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  return Array.from({ length: count }, (_, i) => {
    const createdAt = from + Math.floor(next() * 27 * 24) * HOUR;
    const open = next() < 0.1;
    return {
      id: `${month}-${i + 1}`,
      cause: causes[i % causes.length] as string,
      modules: [modules[Math.floor(next() * modules.length)] as string],
      recovered: next() < 0.45,
      createdAt,
      closedAt: open ? null : createdAt + Math.round(12 + next() * 90) * HOUR,
      slaBreaches: next() < 0.2 ? 1 : 0,
      escalations: next() < 0.1 ? 1 : 0,
      signals: [signals[Math.floor(next() * signals.length)] as string],
      terms: [terms[Math.floor(next() * terms.length)] as string],
    };
  });
}

/** A report source over three months of history for project `p1` (Oct 8, Nov 12, Dec 15 cases). */
export function historySource(): ReportSource & { calls: string[] } {
  const byMonth: Record<string, CauseCaseRow[]> = { '2025-10': casesFor('2025-10', 8, 1), '2025-11': casesFor('2025-11', 12, 2), '2025-12': casesFor('2025-12', 15, 3) };
  const calls: string[] = [];
  return {
    calls,
    async casesInMonth(projectId, month) {
      calls.push(`${projectId}:${month}`);
      return projectId === 'p1' ? byMonth[month] ?? [] : [];
    },
  };
}
