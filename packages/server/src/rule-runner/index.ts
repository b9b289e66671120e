// Rule execution 规则执行: record hooks, scheduled rules with catch-up, manual runs; actions in the
// caller's transaction with a dedupe key each; every firing audited. Wiring: see the issue report
// (record-service create/patch hooks, scheduler pass, routes); tables in ./schema.ts, created by the
// drizzle migrations.
export { createRuleRunner, catchUpPolicy, CatchUpPolicy, MAX_CASCADE, MAX_CATCH_UP, type RuleRunner, type RuleRunnerDeps, type RecordSnapshot, type HookOptions, type DueResult } from './runner.js';
export { fireRule, actorFor, MAX_NESTING, type FiringResult, type FireInput } from './fire.js';
export { runAction, resolveUsers, ALERT_ROLES, type ActionScope } from './actions.js';
export { computeSignals, followUpLog, SENTIMENT_WINDOW_MS, type ComputedSignals } from './signals.js';
export { taskFlowDefinition, taskFlowKey, staticTitle, ensureTaskFlow, RULE_TASK_NODE } from './task-flow.js';
export { publishedRules, publishedRule, type StoredRule } from './rules-store.js';
export { firingsRepo, ruleSourcesRepo } from './firings-repo.js';
export { ruleFirings, ruleSchedule, type FiredAction } from './schema.js';
export { ruleRunnerRoutes } from './routes.js';
export { ruleRunnerTexts, ruleText } from './messages.js';
