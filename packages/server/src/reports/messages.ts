import type { Message } from '@siteflow/runtime';

/** Texts of the per-step SLA figures, the 72-hour closure and the period of the 《退筹动因分析报告》 (exports and step names), zh-CN first. */
export const stepReportTexts = {
  stepBreaches: { zh: '超时环节排行', en: 'SLA breaches by step' },
  flow: { zh: '流程', en: 'Flow' },
  step: { zh: '环节', en: 'Step' },
  breaches: { zh: '超时次数', en: 'Breaches' },
  breachedCases: { zh: '涉及案例数', en: 'Cases' },
  caseDeadline: { zh: '整体时限（闭环）', en: 'Whole-case deadline (closure)' },
  noBreaches: { zh: '本月没有超时环节', en: 'No step ran late this month' },
  findingTopStep: {
    zh: '超时最多的环节为“{flow}·{step}”，共 {breaches} 次，涉及 {cases} 起案例。',
    en: 'The step that ran late most often was "{flow} · {step}": {breaches} times, in {cases} cases.',
  },
  closureRate: { zh: '72 小时闭环率', en: '72-hour closure rate' },
  closureOnTime: { zh: '72 小时内闭环', en: 'Closed within 72 hours' },
  closureLate: { zh: '超 72 小时闭环', en: 'Closed after 72 hours' },
  closureOverdue: { zh: '超 72 小时未闭环', en: 'Open past 72 hours' },
  closurePending: { zh: '处理中（未到 72 小时）', en: 'Open, within 72 hours' },
  monthToDate: { zh: '本月截至 {month}月{day}日（进行中）', en: 'Month to date, to {day} {monthName} (in progress)' },
  vsSamePeriod: { zh: '较上月同期（{month}月1日–{day}日）', en: 'vs same days of previous month (1–{day} {monthName})' },
  findingMonthToDate: { zh: '本月尚未结束，数据截至 {month}月{day}日，与上月 1–{day} 日同期比较。', en: 'The month is still running: figures to {day} {monthName}, compared with 1–{day} of the previous month.' },
  findingClosureTimes: { zh: '平均结案时长 {avg} 小时，P90 为 {p90} 小时；SLA 达标率 {sla}。', en: 'Average closure time {avg} h, P90 {p90} h; SLA compliance: {sla}.' },
  findingClosure72: {
    zh: '72 小时闭环率 {rate}：{onTime} 起按时闭环，{late} 起超时闭环，{overdue} 起超过 72 小时仍未闭环。',
    en: '72-hour closure rate {rate}: {onTime} closed in time, {late} closed late, {overdue} still open past 72 hours.',
  },
} as const satisfies Record<string, Message>;
