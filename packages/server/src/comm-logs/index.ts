// CRM communication logs 沟通记录: API-token push and CSV/XLSX import, sentiment analysis, alerts.
// Wiring (coordinator):
//  1. routes/index.ts: add `...commLogRoutes` to allRoutes() (import from '../comm-logs/index.js').
//  2. app.ts, right after `mountRoutes(app, ctx, routes)` and before `app.use('/api', apiNotFound)`:
//     `app.use('/api', createCommLogsRouter(ctx));`
//  3. db/schema.ts: `export * from '../comm-logs/schema.js';` and copy ./migration.sql as the next
//     numbered migration. Until then the router creates the table itself (IF NOT EXISTS).
export { commLogRoutes, createCommLogsRouter } from './routes.js';
export { commLogService, commLogWriterRoles, MAX_BATCH, type IngestItem } from './service.js';
export { validateRow, validateRows, commLogColumns, columnOfHeader, type CommLogInput, type CommLogColumn } from './rows.js';
export { readImportFile, type ImportRow } from './import-file.js';
export { sentimentSetup, analyseMessage, COMM_LOG_FORM } from './analysis.js';
export { commLogs, type StoredAlert, type StoredHit } from './schema.js';
