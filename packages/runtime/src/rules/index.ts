export type {
  FollowUpEntry, ResolvedRuleAction, RiskLevel, RiskLibrary, RiskScore, RiskSignal, Rule, RuleAction, RuleEvent, RuleTrigger,
} from './types.js';
export { AlertLevel } from './types.js';
export { evaluateRule, changedFields, type RuleContext } from './evaluate-rule.js';
export { scoreRisk, evaluateSignals, seedRiskLibrary } from './risk.js';
export { noReplyWorkingDays, noCustomerReply } from './no-reply.js';
export { cronError, nextScheduleAt } from './cron.js';
export { validateRule } from './validate-rule.js';
