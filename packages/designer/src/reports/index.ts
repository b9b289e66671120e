// The reports area of the web app: 《退筹动因分析报告》 with charts and exports, and the studio
// page where legal manages the legal document templates.
export { ReportsPage } from './ReportsPage.js';
export { DocumentTemplatesPage } from './DocumentTemplatesPage.js';
export { reportsMessages } from './messages.js';
export { causeReportQuery, exportUrl, reportKeys, type MonthlyCauseReport, type StepBreachCount } from './api.js';
