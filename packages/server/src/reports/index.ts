// 《退筹动因分析报告》: monthly aggregation (runtime), exports, the monthly job and the HTTP router.
export {
  createReportService, type MonthlyCauseReport, type ReportCaseRow, type ReportChange, type ReportService, type ReportServiceDeps, type ReportSource,
} from './report-service.js';
export {
  CLOSURE_TARGET_HOURS, caseClosure, closureFigures, type CaseClosure, type ClosureFigures, type ClosureInstance,
} from './closure.js';
export { reportPeriod, type ReportPeriod } from './period.js';
export { causeReportToXlsx } from './xlsx-export.js';
export { causeReportToDocx } from './docx-export.js';
export { findings, labelOf, percent, type ReportLang } from './labels.js';
export {
  MONTHLY_REPORT_CRON, runMonthlyReports,
  type ArchivedReport, type MonthlyReportJobDeps, type ReportArchive, type ReportProject,
} from './monthly-job.js';
export { createReportsRouter, type ReportsRouterDeps } from './router.js';
export { DEFAULT_CASE_ROW_MAPPING, caseRowFromRecord, type CaseRecordInput, type CaseRowMapping } from './row-mapping.js';
export { CASE_LINK_WINDOW_MS, linkWorkOrders, phoneKey, type LinkableRecord } from './case-links.js';
export {
  SLA_EVENT_TYPES, caseSla, countStepBreaches, taskEscalatedToDirector,
  type CaseSla, type ReportStep, type SlaEvent, type StepBreach, type StepBreachCount,
} from './case-sla.js';
