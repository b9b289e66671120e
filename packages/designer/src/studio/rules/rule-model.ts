import { refundRiskDictionary, seedRiskLibrary, type KeywordDictionary, type Rule } from '@siteflow/runtime';
import type { Text } from '../../i18n/types.js';

/**
 * A rule as the designer edits it: the runtime's Rule plus the keyword dictionary its text
 * signals are read with (stored with the rule; see docs/contracts.md "rules and text").
 */
export type DesignerRule = Rule & { readonly dictionary?: KeywordDictionary };

/** Returns a new rule over `formKey`: on record created, no condition, one level-1 alert. Pure. */
export function newRule(key: string, name: Text, formKey: string | undefined): DesignerRule {
  return {
    key, name, ...(formKey ? { formKey } : {}), enabled: true,
    trigger: { kind: 'recordCreated' },
    actions: [{ kind: 'alert', level: 'level1', message: { title: { zh: name.zh, en: name.en } } }],
  };
}

/**
 * Returns the seeds' 退筹风险指数 rule: the four signals of seed 000, "any two ⇒ 一级预警", the
 * starter keyword dictionary, and a task for the site manager within 2 hours. Pure.
 */
export function riskIndexRule(key: string, name: Text, formKey: string | undefined): DesignerRule {
  return {
    key, name, ...(formKey ? { formKey } : {}), enabled: true,
    trigger: { kind: 'schedule', cron: '0 9 * * *', workingDaysOnly: true },
    risk: { library: seedRiskLibrary, minLevel: 'level1' },
    dictionary: refundRiskDictionary,
    actions: [
      { kind: 'alert', level: 'level1', message: { title: { zh: '退筹风险一级预警', en: 'Refund risk level-1 alert' } } },
      { kind: 'createTask', title: { zh: '2 小时内组织协调会', en: 'Hold a coordination meeting within 2 hours' }, assignees: [{ kind: 'role', role: 'siteManager' }], due: { amount: 2, unit: 'hours' } },
    ],
  };
}
