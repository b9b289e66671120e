import type { Catalogue } from '../i18n/index.js';

/** Texts of the reports page (《退筹动因分析报告》); KPI and dimension labels come from the runtime catalogue. */
export const reportsMessages = {
  'reports.title': { zh: '退筹动因分析报告', en: 'Cancellation cause analysis' },
  'reports.subtitle': { zh: '按月统计退筹/退订的动因、产品模块、挽回率与处理时效，每月 1 日自动生成。', en: 'Monthly causes, product modules, recovery rate and handling time of cancellations; generated automatically on the 1st of each month.' },
  'reports.month': { zh: '统计月份', en: 'Month' },
  'reports.trendMonths': { zh: '趋势月数', en: 'Trend months' },
  'reports.exportXlsx': { zh: '导出 Excel', en: 'Export Excel' },
  'reports.exportDocx': { zh: '导出 Word', en: 'Export Word' },
  'reports.causesChart': { zh: '退订类型分布', en: 'Cancellation types' },
  'reports.modulesChart': { zh: '涉及产品模块', en: 'Product modules involved' },
  'reports.trendChart': { zh: '月度趋势', en: 'Monthly trend' },
  'reports.signalsTable': { zh: '高频风险信号', en: 'Top risk signals' },
  'reports.termsTable': { zh: '高频关键词', en: 'Top keywords' },
  'reports.findings': { zh: '主要发现', en: 'Key findings' },
  'reports.empty': { zh: '{month} 没有退筹案例', en: 'No cancellation cases in {month}' },
  'reports.casesSeries': { zh: '案例数', en: 'Cases' },
  'reports.recoverySeries': { zh: '挽回率', en: 'Recovery rate' },
  'reports.slaSeries': { zh: 'SLA 达标率', en: 'SLA compliance' },
  'reports.p90Series': { zh: 'P90 结案时长', en: 'P90 closure time' },
  'reports.hoursUnit': { zh: '{value} 小时', en: '{value} h' },
  'reports.pointsDelta': { zh: '{value} 个百分点', en: '{value} pp' },
  'reports.vsPrevious': { zh: '较上月 {value}', en: '{value} vs previous month' },
  'reports.noPrevious': { zh: '无上月数据', en: 'No previous month' },
  'reports.count': { zh: '次数', en: 'Count' },
  'reports.share': { zh: '占比', en: 'Share' },
  'reports.warnings': { zh: '{count} 条数据已从结案时长统计中排除', en: '{count} rows were left out of the closure-time figures' },
} as const satisfies Catalogue;

export type ReportsMessageKey = keyof typeof reportsMessages;
