export type {
  CauseCaseRow, CauseCount, CauseReport, CauseReportOptions, KeyCount, MonthChange, MonthFigures, MonthKey,
} from './types.js';
export { buildCauseReport, monthFigures } from './cause-report.js';
export { addMonths, monthOf, monthRange, monthsEndingWith, parseMonthKey } from './month.js';
export { nearestRankPercentile } from './stats.js';
