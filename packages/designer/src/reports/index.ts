// The reports area of the web app: 《退筹动因分析报告》 with charts and exports.
export { ReportsPage } from './ReportsPage.js';
export { reportsMessages } from './messages.js';
export { causeReportQuery, exportUrl, reportKeys } from './api.js';
