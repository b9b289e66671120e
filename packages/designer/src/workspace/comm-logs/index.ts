// Communication logs (沟通记录): the workspace page and its pure helpers (import template, CSV rows, roles).
export { CommLogsPage } from './CommLogsPage.js';
export { commLogMessages, type CommLogMessageKey } from './messages.js';
export { importColumns, importContentType, templateCsv, csvCell, type ImportColumnKey } from './import-columns.js';
export { csvRecords, withoutRows, splitImportIssues, type RejectedRow } from './csv-rows.js';
export { alertKeys } from './alert-labels.js';
export { canImportCommLogs, commLogWriterRoles } from './writer-roles.js';
