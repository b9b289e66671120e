// Public API of @siteflow/runtime. Curated: add each new export here by name.
export type { Message, ErrorKind, CatalogueEntry } from './i18n/types.js';
export { catalogue, fillEntry, formatMessage, type ErrorCode } from './i18n/catalogue.js';
export { SiteflowError, isSiteflowError, issue, type Issue } from './errors/siteflow-error.js';
export { MINUTE_MS, HOUR_MS, DAY_MS, type EpochMs, type Clock, type IdSource } from './common/time.js';
// Each feature folder's index.ts is a curated list of named exports.
export * from './calendar/index.js';
export * from './expr/index.js';
export * from './form/index.js';
export * from './mask/index.js';
export * from './flow/index.js';
export * from './text/index.js';
export * from './rules/index.js';
export * from './report/index.js';
export { cancellationTypeLabels, productModuleLabels, riskSignalLabels, causeReportTexts } from './i18n/messages/report.js';
export { creditCodeProblem, creditCodeCheckChar, normaliseCreditCode, type CreditCodeProblem } from './common/credit-code.js';
export { projectRoles, projectRoleKeys, type ProjectRole } from './roles/project-roles.js';
export { accountRules } from './common/account-rules.js';
