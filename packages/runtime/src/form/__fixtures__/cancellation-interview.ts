import type { FormDefinition } from '../../index.js';

const m = (zh: string, en: string) => ({ zh, en });

/**
 * The 退订 first-interview form of seed 001 (首次面谈, within 15 minutes of the request) plus
 * the customer's details: 25 fields with a section, a sub-table, computed fields, an
 * "other, please specify" multi-select and linkage. Used by tests and the forms benchmark.
 */
export const cancellationInterview: FormDefinition = {
  key: 'cancellation-interview',
  name: m('退订首次面谈记录', 'Cancellation: first interview'),
  version: 1,
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['customer', 'interviewAt', 'consultant', 'reasons', 'thirdPartyInfluence', 'depositAmount', 'paymentMethod', 'expectedBy', 'unitNo'],
    properties: {
      customer: {
        type: 'object',
        required: ['name', 'phone'],
        properties: {
          name: { type: 'string', maxLength: 50, 'x-ui': { fieldType: 'text', label: m('客户姓名', 'Customer name'), sensitivity: 'name' } },
          phone: { type: 'string', 'x-ui': { fieldType: 'phone', label: m('手机号', 'Mobile number') } },
          idNumber: { type: 'string', 'x-ui': { fieldType: 'idCard', label: m('身份证号', 'Resident ID number') } },
          address: { type: 'string', 'x-ui': { fieldType: 'text', label: m('联系地址', 'Address'), sensitivity: 'address' } },
          email: { type: 'string', 'x-ui': { fieldType: 'email', label: m('邮箱', 'E-mail') } },
        },
        'x-ui': { fieldType: 'section', label: m('客户信息', 'Customer') },
      },
      unitNo: { type: 'string', maxLength: 30, 'x-ui': { fieldType: 'text', label: m('房号', 'Unit number') } },
      interviewAt: { type: 'string', 'x-ui': { fieldType: 'datetime', label: m('面谈时间', 'Interview time') } },
      interviewMinutes: { type: 'integer', 'x-ui': { fieldType: 'duration', label: m('面谈时长', 'Interview length') } },
      consultant: { type: 'string', 'x-ui': { fieldType: 'person', label: m('置业顾问', 'Sales consultant') } },
      reasons: {
        type: 'array', minItems: 1,
        'x-ui': {
          fieldType: 'multiselect', widget: 'checkboxes', label: m('退订原因', 'Reasons for cancelling'), allowOther: true,
          options: [
            { value: 'familyDispute', label: m('家庭内部争议', 'Family disagreement') },
            { value: 'loanFailed', label: m('贷款审批失败', 'Loan not approved') },
            { value: 'constructionDoubt', label: m('工程进度质疑', 'Doubts about construction') },
            { value: 'noReason', label: m('纯粹反悔无理由', 'Changed mind, no reason') },
            { value: 'schoolDistrict', label: m('学区问题', 'School district') },
            { value: 'parking', label: m('车位配比', 'Parking ratio') },
          ],
        },
      },
      schoolName: {
        type: 'string',
        'x-ui': { fieldType: 'text', label: m('学校名称', 'School name'), visibleWhen: "contains(reasons, 'schoolDistrict')", requiredWhen: "contains(reasons, 'schoolDistrict')" },
      },
      loanBank: {
        type: 'string',
        'x-ui': { fieldType: 'text', label: m('贷款银行', 'Lending bank'), visibleWhen: { field: 'reasons', op: 'contains', value: 'loanFailed' } },
      },
      thirdPartyInfluence: { type: 'boolean', 'x-ui': { fieldType: 'boolean', label: m('是否有第三方施加影响', 'Third-party influence') } },
      thirdPartyDetail: {
        type: 'string',
        'x-ui': { fieldType: 'textarea', label: m('第三方影响说明', 'Third-party details'), visibleWhen: 'thirdPartyInfluence', requiredWhen: 'thirdPartyInfluence' },
      },
      depositAmount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('定金金额', 'Deposit amount') } },
      paymentMethod: {
        type: 'string',
        'x-ui': {
          fieldType: 'select', widget: 'dropdown', label: m('支付方式', 'Payment method'),
          options: [
            { value: 'transfer', label: m('银行转账', 'Bank transfer') }, { value: 'card', label: m('刷卡', 'Card') },
            { value: 'cash', label: m('现金', 'Cash') }, { value: 'mixed', label: m('组合支付', 'Mixed') },
          ],
        },
      },
      payments: {
        type: 'array', maxItems: 20,
        items: {
          type: 'object', required: ['kind', 'amount'],
          properties: {
            kind: { type: 'string', 'x-ui': { fieldType: 'select', label: m('款项', 'Item'), options: [
              { value: 'deposit', label: m('定金', 'Deposit') }, { value: 'downPayment', label: m('首付款', 'Down payment') }, { value: 'fee', label: m('其他费用', 'Other fee') },
            ] } },
            amount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('金额', 'Amount') } },
            paidOn: { type: 'string', 'x-ui': { fieldType: 'date', label: m('支付日期', 'Paid on') } },
          },
        },
        'x-ui': { fieldType: 'subtable', label: m('已付款项', 'Payments made') },
      },
      totalPaid: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('已付合计', 'Total paid'), formula: "sum(payments, 'amount')", resultType: 'money' } },
      penaltyRate: { type: 'number', 'x-ui': { fieldType: 'percent', label: m('违约金比例', 'Penalty rate') } },
      refundEstimate: {
        type: 'number',
        'x-ui': { fieldType: 'computed', label: m('预计退款', 'Estimated refund'), formula: 'totalPaid - totalPaid * penaltyRate / 100', resultType: 'money' },
      },
      expectedBy: { type: 'string', 'x-ui': { fieldType: 'date', label: m('客户期望解决时限', 'Customer expects a resolution by') } },
      daysToDeadline: { type: 'number', 'x-ui': { fieldType: 'computed', label: m('距期望时限天数', 'Days to the expected date'), formula: "daysBetween(interviewAt, expectedBy)" } },
      responsibleRole: { type: 'string', 'x-ui': { fieldType: 'role', label: m('责任岗位', 'Responsible role') } },
      escalated: { type: 'boolean', 'x-ui': { fieldType: 'boolean', widget: 'switch', label: m('已升级', 'Escalated'), readOnlyWhen: 'true' } },
      evidence: { type: 'array', 'x-ui': { fieldType: 'attachments', label: m('附件', 'Attachments'), accept: ['image/*', 'application/pdf'], maxSizeMb: 20 } },
      guidance: { 'x-ui': { fieldType: 'note', label: m('说明', 'Guidance'), text: m('15 分钟内完成首次面谈，目标是收集完整诉求而非劝留。', 'Hold the first interview within 15 minutes: collect the full request; do not push to retain.') } },
    },
    'x-ui': {
      layout: {
        columns: 2,
        sections: [
          { key: 'who', title: m('客户与房源', 'Customer and unit'), fields: ['guidance', 'customer', 'unitNo'] },
          { key: 'why', title: m('退订诉求', 'The request'), fields: ['interviewAt', 'interviewMinutes', 'consultant', 'reasons', 'schoolName', 'loanBank', 'thirdPartyInfluence', 'thirdPartyDetail', 'expectedBy', 'daysToDeadline'] },
          { key: 'money', title: m('金额与支付', 'Money'), fields: ['depositAmount', 'paymentMethod', 'payments', 'totalPaid', 'penaltyRate', 'refundEstimate'] },
        ],
      },
    },
  },
};

/** A complete, valid submission of `cancellationInterview`. */
export const validInterview = {
  customer: { name: '张伟', phone: '13812341234', idNumber: '11010519491231002X', address: '浙江省杭州市西湖区文三路 1 号', email: 'zhang.wei@example.com' },
  unitNo: '3-1-1502',
  interviewAt: '2025-12-20T16:17:00+08:00',
  interviewMinutes: 45,
  consultant: 'u-consultant-1',
  reasons: ['schoolDistrict', 'other'],
  reasonsOther: '通勤太远',
  schoolName: '文三路小学',
  thirdPartyInfluence: false,
  depositAmount: 800000,
  paymentMethod: 'transfer',
  payments: [{ kind: 'deposit', amount: 800000, paidOn: '2025-12-01' }, { kind: 'fee', amount: 1200.5 }],
  penaltyRate: 5,
  expectedBy: '2025-12-23',
  responsibleRole: 'siteManager',
  evidence: [{ id: 'f-1', name: '定金收据.pdf', size: 123456, type: 'application/pdf' }],
} as const;
