// Tracking-table XLSX export. Wiring (coordinator), in app.ts after `mountRoutes(...)` and before
// `app.use('/api', apiNotFound)`:  app.use('/api', createExportsRouter(ctx));
export { createExportsRouter, MAX_EXPORT_ROWS } from './exports-router.js';
export { recordsToXlsx, exportFields, cellText, chinaDateTime, type ExportLang, type ExportRecord } from './records-xlsx.js';
export { readXlsxRows } from './read-xlsx.js';
