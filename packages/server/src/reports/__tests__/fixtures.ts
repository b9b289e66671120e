import { monthRange, type MonthKey } from '@siteflow/runtime';
import type { ReportCaseRow, ReportSource, ReportStep } from '../index.js';

const HOUR = 3_600_000;
const causes = ['loanRejected', 'familyDispute', 'constructionDoubt', 'noReason'] as const;
const modules = ['financing', 'schoolDistrict', 'construction', 'price', 'parking', 'layout'] as const;
const signals = ['depositRefundQuestion', 'vagueComparison', 'noReplyTwoWorkingDays', 'photographingDetails'] as const;
const terms = ['再想想', '后悔', '别人说', '定金能不能退', '比较一下'] as const;
const workOrder = { zh: '退订工单流', en: 'Cancellation work order flow' };
/** Steps of the 退订工单 a late case ran late at, in turn. */
export const lateSteps: readonly ReportStep[] = [
  { flowKey: 'cancellation-work-order', flowName: workOrder, nodeId: 'interview', name: { zh: '首次面谈（15分钟内）', en: 'First interview (within 15 minutes)' } },
  { flowKey: 'cancellation-work-order', flowName: workOrder, nodeId: 'classify', name: { zh: '分类研判', en: 'Classify the case' } },
  { flowKey: 'cancellation-work-order', flowName: workOrder, nodeId: null, name: { zh: '整体时限（闭环）', en: 'Whole-case deadline (closure)' } },
];

/** Returns `count` deterministic cases created in `month` (China time), varied but reproducible. */
export function casesFor(month: MonthKey, count: number, seed = 7): ReportCaseRow[] {
  const { from } = monthRange(month, 480);
  let s = seed;
  const next = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  return Array.from({ length: count }, (_, i) => {
    const createdAt = from + Math.floor(next() * 27 * 24) * HOUR;
    const open = next() < 0.1;
    const row = {
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
    return { ...row, stepBreaches: row.slaBreaches === 0 ? [] : [{ ...lateSteps[i % lateSteps.length]!, count: row.slaBreaches }] };
  });
}

/** A report source over three months of history for project `p1` (Oct 8, Nov 12, Dec 15 cases). */
export function historySource(): ReportSource & { calls: string[] } {
  const byMonth: Record<string, ReportCaseRow[]> = { '2025-10': casesFor('2025-10', 8, 1), '2025-11': casesFor('2025-11', 12, 2), '2025-12': casesFor('2025-12', 15, 3) };
  const calls: string[] = [];
  return {
    calls,
    async casesInMonth(projectId, month) {
      calls.push(`${projectId}:${month}`);
      return projectId === 'p1' ? byMonth[month] ?? [] : [];
    },
  };
}
