import type { Message } from '@siteflow/runtime';

/** Texts of the per-step SLA figures of the 《退筹动因分析报告》 (exports and step names), zh-CN first. */
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
} as const satisfies Record<string, Message>;
