// Public API of the rule designer: the page the shell mounts.
export { RulesPage } from './RulesPage.js';
export { ruleMessages, type RuleMessageKey } from './messages.js';
export { describeCron, type CronPreview } from './cron-preview.js';
