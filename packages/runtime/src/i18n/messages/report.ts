import type { CatalogueEntry, Message } from '../types.js';

/**
 * Codes of reports (`src/report`) and of legal document packages (rendered by the server's
 * `documents` module; their codes live here so every message stays in one catalogue).
 */
export const reportMessages = {
  REPORT_MONTH_INVALID: { kind: 'user', zh: '月份“{value}”无效，请使用 YYYY-MM 格式（例如 2025-12）', en: 'Month "{value}" is invalid; use the YYYY-MM format (e.g. 2025-12)' },
  REPORT_TREND_INVALID: { kind: 'user', zh: '趋势月数“{value}”无效，请填写 1 到 24 之间的整数', en: 'Trend length "{value}" is invalid; use a whole number from 1 to 24' },
  REPORT_ROW_TIMES_INVALID: { kind: 'user', zh: '案例 {id} 的结案时间早于创建时间，已从结案时长统计中排除', en: 'Case {id} was closed before it was created; it is left out of the closure-time figures' },
  REPORT_FORBIDDEN: { kind: 'auth', zh: '您无权查看项目 {projectId} 的报表', en: 'You may not view the reports of project {projectId}' },
  DOC_FIELD_MISSING: { kind: 'user', zh: '文书《{document}》缺少字段“{field}”（{label}），请先在记录中填写', en: 'Document "{documentEn}" needs the field "{field}" ({labelEn}); fill it in on the record first' },
  DOC_FIELD_INVALID: { kind: 'user', zh: '字段“{field}”（{label}）的值无效：{detail}', en: 'Field "{field}" ({labelEn}) has an invalid value: {detailEn}' },
  DOC_DATA_INVALID: { kind: 'user', zh: '文书数据有 {count} 处错误：{detail}', en: 'The document data has {count} problem(s): {detailEn}' },
  DOC_REASON_UNKNOWN: { kind: 'user', zh: '退订类型“{reason}”未知，可选：{allowed}', en: 'Cancellation type "{reason}" is unknown; choose one of: {allowed}' },
  DOC_NO_TEMPLATE: { kind: 'unexpected', zh: '文书包缺少模板文件“{template}”', en: 'The document package has no template file "{template}"' },
  DOC_NOT_DOCX: { kind: 'user', zh: '上传的文件不是有效的 Word 文档（.docx）：{detail}', en: 'The uploaded file is not a valid Word document (.docx): {detail}' },
  DOC_TEMPLATE_SYNTAX: { kind: 'user', zh: '模板占位符有语法错误：{detail}（位置：{context}）', en: 'The template has a placeholder syntax error: {detail} (at: {context})' },
  DOC_TEMPLATE_UNKNOWN_FIELD: { kind: 'user', zh: '模板使用了未知字段“{field}”，可用字段见字段清单', en: 'The template uses the unknown field "{field}"; see the list of available fields' },
  DOC_TEMPLATE_UNKNOWN_KEY: { kind: 'notFound', zh: '文书模板“{key}”不存在', en: 'There is no document template "{key}"' },
  DOC_TEMPLATE_TOO_LARGE: { kind: 'user', zh: '模板文件过大（{size} 字节），上限为 {max} 字节', en: 'The template file is too large ({size} bytes); the limit is {max} bytes' },
  DOC_MANIFEST_INVALID: { kind: 'unexpected', zh: '文书包清单无效：{detail}', en: 'The document package manifest is invalid: {detail}' },
  DOC_CASE_NOT_FOUND: { kind: 'notFound', zh: '记录 {recordId} 不存在或您无权查看', en: 'Record {recordId} does not exist or you may not open it' },
  DOC_NOT_IN_PACKAGE: { kind: 'state', zh: '按该记录的退订类型，文书包不包含“{key}”', en: 'For this record\'s cancellation type the package does not include "{key}"' },
  DOC_PACKAGE_UNKNOWN: { kind: 'notFound', zh: '文书包“{key}”不存在', en: 'There is no document package "{key}"' },
  DOC_FORBIDDEN: { kind: 'auth', zh: '只有法务或管理员可以更换文书模板', en: 'Only legal staff or administrators may replace document templates' },
  DOC_CLEAR_COPY_FORBIDDEN: { kind: 'auth', zh: '这份文书含明文个人信息，您只能查看脱敏信息，不能下载；请生成您自己的文书包', en: 'This copy holds personal data in clear and you may only see it masked, so you may not download it; generate your own package instead' },
  DOC_CASE_RETAINED: { kind: 'state', zh: '该客户已挽回（处理结果：挽回成功），不生成解约文书', en: 'This customer was retained (outcome: customer retained): no cancellation documents are generated' },
  DOC_RENDER_FAILED: { kind: 'unexpected', zh: '文书《{document}》生成失败：{detail}', en: 'Generating document "{document}" failed: {detail}' },
} as const satisfies Record<string, CatalogueEntry>;

/** Cancellation types of the 退订 matrix (seed 001) with their labels; keys are stored in records. */
export const cancellationTypeLabels = {
  familyDispute: { zh: '家庭内部争议', en: 'Family disagreement' },
  loanRejected: { zh: '贷款审批失败', en: 'Loan not approved' },
  constructionDoubt: { zh: '工程进度质疑', en: 'Doubts about construction progress' },
  noReason: { zh: '纯粹反悔无理由', en: 'Changed mind without a reason' },
} as const satisfies Record<string, Message>;

/** Product modules a concern can touch (退筹事件追踪表, seed 000) with their labels. */
export const productModuleLabels = {
  layout: { zh: '户型', en: 'Floor plan' },
  price: { zh: '价格', en: 'Price' },
  parking: { zh: '车位', en: 'Parking' },
  schoolDistrict: { zh: '学区', en: 'School district' },
  delivery: { zh: '交付', en: 'Delivery' },
  propertyManagement: { zh: '物业', en: 'Property management' },
  construction: { zh: '工程质量', en: 'Construction quality' },
  location: { zh: '区位交通', en: 'Location and transport' },
  amenities: { zh: '周边配套', en: 'Amenities' },
  financing: { zh: '贷款金融', en: 'Financing' },
} as const satisfies Record<string, Message>;

/** Risk signals of the 一级预警 rule (seed 000) with their labels. */
export const riskSignalLabels = {
  vagueComparison: { zh: '提及“再比较一下其他盘”且未指定对象', en: 'Wants to "compare other projects" without naming one' },
  noReplyTwoWorkingDays: { zh: '连续两个工作日未回复消息', en: 'No reply for two consecutive working days' },
  depositRefundQuestion: { zh: '询问定金能否退', en: 'Asked whether the deposit is refundable' },
  photographingDetails: { zh: '频繁拍照建筑细节', en: 'Photographs construction details' },
} as const satisfies Record<string, Message>;

/** Texts of the 《退筹动因分析报告》 used by exports and the web app (titles, KPI names, headers). */
export const causeReportTexts = {
  title: { zh: '退筹动因分析报告', en: 'Cancellation cause analysis report' },
  month: { zh: '统计月份', en: 'Month' },
  cases: { zh: '退筹案例数', en: 'Cases' },
  closed: { zh: '已结案', en: 'Closed' },
  open: { zh: '未结案', en: 'Open' },
  recovered: { zh: '挽回数', en: 'Recovered' },
  recoveryRate: { zh: '挽回率', en: 'Recovery rate' },
  avgClosureHours: { zh: '平均结案时长（小时）', en: 'Average closure time (hours)' },
  p90ClosureHours: { zh: 'P90 结案时长（小时）', en: 'P90 closure time (hours)' },
  closedWithinTargetRate: { zh: '72 小时闭环率', en: 'Closed within 72 hours' },
  slaCompliance: { zh: 'SLA 达标率', en: 'SLA compliance' },
  slaBreaches: { zh: 'SLA 超时次数', en: 'SLA breaches' },
  escalations: { zh: '升级次数', en: 'Escalations' },
  escalatedCases: { zh: '升级案例数', en: 'Escalated cases' },
  cause: { zh: '退订类型', en: 'Cancellation type' },
  module: { zh: '产品模块', en: 'Product module' },
  count: { zh: '数量', en: 'Count' },
  share: { zh: '占比', en: 'Share' },
  signal: { zh: '风险信号', en: 'Risk signal' },
  term: { zh: '关键词', en: 'Keyword' },
  trend: { zh: '月度趋势', en: 'Monthly trend' },
  summary: { zh: '概览', en: 'Summary' },
  byCause: { zh: '按退订类型', en: 'By cancellation type' },
  byModule: { zh: '按产品模块', en: 'By product module' },
  topSignals: { zh: '高频风险信号', en: 'Top risk signals' },
  topTerms: { zh: '高频关键词', en: 'Top keywords' },
  changeVsPrevious: { zh: '较上月', en: 'vs previous month' },
  findings: { zh: '主要发现', en: 'Key findings' },
  noData: { zh: '本月无数据', en: 'No data this month' },
  generatedAt: { zh: '生成时间', en: 'Generated at' },
  project: { zh: '项目', en: 'Project' },
  hours: { zh: '小时', en: 'h' },
  points: { zh: '个百分点', en: 'pts' },
  findingCases: { zh: '本月共发生退筹案例 {cases} 起，已结案 {closed} 起，挽回 {recovered} 起，挽回率 {rate}{change}。', en: '{cases} cancellation cases this month, {closed} closed, {recovered} recovered: recovery rate {rate}{change}.' },
  findingTopCause: { zh: '最主要的退订类型为“{cause}”，共 {count} 起，占 {share}。', en: 'The main cancellation type was "{cause}": {count} cases, {share}.' },
  findingTopModule: { zh: '涉及最多的产品模块为“{module}”（{count} 起），建议据此优化说辞手册与沙盘讲解重点。', en: 'The product module named most was "{module}" ({count} cases); adjust the sales script and model presentation accordingly.' },
  findingClosure: { zh: '平均结案时长 {avg} 小时，P90 为 {p90} 小时；72 小时闭环率 {within}，SLA 达标率 {sla}。', en: 'Average closure time {avg} h, P90 {p90} h; closed within 72 h: {within}; SLA compliance: {sla}.' },
  findingEscalations: { zh: '本月升级至区域总监 {escalations} 次，涉及 {escalatedCases} 起案例。', en: '{escalations} escalations to the regional director this month, in {escalatedCases} cases.' },
  findingNoCases: { zh: '本月没有退筹案例。', en: 'No cancellation cases this month.' },
} as const satisfies Record<string, Message>;
