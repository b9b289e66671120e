// CRM communication logs 沟通记录: API-token push and CSV/XLSX import, sentiment analysis, alerts.
// Routes are listed in routes/index.ts, the import router is mounted in app.ts; the table is in
// ./schema.ts, listed in drizzle.config.ts and created by the drizzle migrations.
export { commLogRoutes, createCommLogsRouter } from './routes.js';
export { commLogService, commLogWriterRoles, MAX_BATCH, type IngestItem } from './service.js';
export { validateRow, validateRows, commLogColumns, columnOfHeader, type CommLogInput, type CommLogColumn } from './rows.js';
export { readImportFile, type ImportRow } from './import-file.js';
export { sentimentSetup, analyseMessage, COMM_LOG_FORM, type TermWeight } from './analysis.js';
export { commLogs, type StoredAlert, type StoredHit } from './schema.js';
