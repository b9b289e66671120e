import type { Message } from '@siteflow/runtime';

/** User-facing texts of the rule runner (zh-CN first, English second). */
export const ruleRunnerTexts = {
  taskFlowName: { zh: '规则待办：{title}', en: 'Rule task: {title}' },
  taskStart: { zh: '规则触发', en: 'Rule fired' },
  taskDone: { zh: '已完成', en: 'Done' },
  signalsLine: { zh: '触发信号：{list}', en: 'Signals: {list}' },
  level1: { zh: '一级预警', en: 'Level-1 alert' },
  level2: { zh: '二级预警', en: 'Level-2 alert' },
  level3: { zh: '三级预警', en: 'Level-3 alert' },
  recordRequired: { zh: '规则“{rule}”作用于表单“{form}”的记录，请指定记录 recordId', en: 'Rule "{rule}" works on records of form "{form}"; give a recordId' },
  taskNeedsRecord: { zh: '“创建待办”动作需要一条记录承载待办；规则“{rule}”没有对应记录', en: 'A "create task" action needs a record to carry the task; rule "{rule}" ran without one' },
  wrongForm: { zh: '记录属于表单“{actual}”，规则“{rule}”只作用于表单“{form}”', en: 'The record belongs to form "{actual}"; rule "{rule}" only works on form "{form}"' },
} as const satisfies Record<string, Message>;

/** Returns a text with `{name}` placeholders filled from `params`. Pure. */
export function ruleText(key: keyof typeof ruleRunnerTexts, params: Record<string, string> = {}): Message {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const m = ruleRunnerTexts[key];
  return { zh: fill(m.zh), en: fill(m.en) };
}
