import type { CatalogueEntry } from '../types.js';

/** Codes of rules and risk scoring (`src/rules`). */
export const rulesMessages = {
  RULE_MALFORMED: { kind: 'user', zh: '规则的“{path}”格式不正确：{detail}', en: 'The rule\'s "{path}" is malformed: {detailEn}' },
  RULE_BAD_CRON: { kind: 'user', zh: '定时表达式“{cron}”无效：{detail}。格式为“分 时 日 月 周”，例如每个工作日 9 点为“0 9 * * 1-5”', en: 'Schedule "{cron}" is not a valid cron expression: {detail}. Use "minute hour day month weekday", e.g. "0 9 * * 1-5"' },
  RULE_UNKNOWN_FIELD: { kind: 'user', zh: '规则引用了表单中不存在的字段“{field}”，请选择已有字段', en: 'The rule uses field "{field}" that the form does not have; pick an existing field' },
  RULE_UNKNOWN_ROLE: { kind: 'user', zh: '规则引用了未定义的角色“{role}”，请选择项目中已有的角色', en: 'The rule uses unknown role "{role}"; pick a role of the project' },
  RULE_NO_ACTIONS: { kind: 'user', zh: '规则“{rule}”没有任何动作，请至少添加一个动作', en: 'Rule "{rule}" has no actions; add at least one' },
  RULE_NO_RECIPIENT: { kind: 'user', zh: '该动作没有接收人，请添加人员、角色或群机器人', en: 'This action has no recipient; add users, roles or a group robot' },
  RULE_UNKNOWN_LEVEL: { kind: 'user', zh: '预警级别“{level}”不在风险库中，可选：{levels}', en: 'Alert level "{level}" is not in the risk library; choose one of: {levels}' },
} as const satisfies Record<string, CatalogueEntry>;
