// Communication logs (沟通记录): the workspace page and its pure helpers (import template, rejected rows, roles).
export { CommLogsPage } from './CommLogsPage.js';
export { commLogMessages, type CommLogMessageKey } from './messages.js';
export { importColumns, importContentType, templateCsv, csvCell, type ImportColumnKey } from './import-columns.js';
export { splitImportIssues, type RejectedRow } from './import-issues.js';
export { alertKeys } from './alert-labels.js';
export { termColors, termMeaning, termPolarity, type TermPolarity } from './term-polarity.js';
export { canImportCommLogs, commLogWriterRoles } from './writer-roles.js';
