import type { EscalationStep, FlowDefinition, FormDefinition } from '@siteflow/runtime';

const m = (zh: string, en: string) => ({ zh, en });

/** The demo 退订申请 form: customer, unit, deposit, reason (seed 001's four types), details. */
export const demoRefundForm: FormDefinition = {
  key: 'refund-request',
  name: m('退订申请', 'Cancellation request'),
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['customerName', 'customerPhone', 'unitNo', 'depositAmount', 'reason'],
    properties: {
      customerName: { type: 'string', maxLength: 50, 'x-ui': { fieldType: 'text', label: m('客户姓名', 'Customer name'), sensitivity: 'name' } },
      customerPhone: { type: 'string', 'x-ui': { fieldType: 'phone', label: m('手机号', 'Mobile number'), sensitivity: 'phone' } },
      unitNo: { type: 'string', maxLength: 30, 'x-ui': { fieldType: 'text', label: m('房号', 'Unit number') } },
      depositAmount: { type: 'number', minimum: 0, 'x-ui': { fieldType: 'money', label: m('定金金额', 'Deposit amount') } },
      reason: {
        type: 'string',
        'x-ui': {
          fieldType: 'select', label: m('退订类型', 'Type of cancellation'),
          options: [
            { value: 'familyDispute', label: m('家庭内部争议', 'Family disagreement') },
            { value: 'loanFailed', label: m('贷款审批失败', 'Loan not approved') },
            { value: 'constructionDoubt', label: m('工程进度质疑', 'Doubts about construction') },
            { value: 'noReason', label: m('纯粹反悔无理由', 'Changed mind, no reason') },
          ],
        },
      },
      detail: { type: 'string', maxLength: 2000, 'x-ui': { fieldType: 'textarea', label: m('情况说明', 'Details') } },
      reviewNote: { type: 'string', maxLength: 2000, 'x-ui': { fieldType: 'textarea', label: m('审核意见', 'Review note') } },
      archiveNote: { type: 'string', maxLength: 2000, 'x-ui': { fieldType: 'textarea', label: m('归档说明', 'Archive note') } },
    },
  },
} as FormDefinition;

/** Seed 001's ladder: breach → notify the sales supervisor; +4 h → add the site manager; +24 h → the regional director takes over. */
const ladder: EscalationStep[] = [
  { after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }] },
  { after: { amount: 4, unit: 'hours' }, action: 'addAssignees', to: [{ kind: 'role', role: 'siteManager' }] },
  { after: { amount: 24, unit: 'hours' }, action: 'reassign', to: [{ kind: 'regionalDirector' }] },
];

/** The demo refund request 退款申请（演示）: supervisor review within 24 h (with the ladder), then customer service archives. */
export const demoRefundFlow: FlowDefinition = {
  key: 'refund',
  name: m('退款申请（演示）', 'Refund request (demo)'),
  formKey: 'refund-request',
  nodes: [
    // The intake fields are filled at 发起; the review and archive notes belong to later steps.
    {
      id: 'start', kind: 'start', name: m('发起', 'Start'),
      fields: {
        customerName: 'required', customerPhone: 'required', unitNo: 'required', depositAmount: 'required', reason: 'required', detail: 'edit',
        reviewNote: 'hidden', archiveNote: 'hidden',
      },
    },
    {
      id: 'review', kind: 'task', name: m('主管审核', 'Supervisor review'), taskType: 'approve', mode: 'any',
      assignees: [{ kind: 'role', role: 'salesSupervisor' }], fields: { reviewNote: 'edit' },
      actions: ['approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment'],
      sla: { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: ladder },
    },
    {
      id: 'archive', kind: 'task', name: m('客服归档', 'Customer service archives'), taskType: 'fill', mode: 'any',
      assignees: [{ kind: 'role', role: 'customerService' }], fields: { archiveNote: 'required' },
      actions: ['submit', 'transfer', 'comment'], sla: { duration: { amount: 24, unit: 'hours' } },
    },
    { id: 'done', kind: 'end', name: m('完成', 'Done'), outcome: { key: 'refunded', label: m('已退订', 'Refunded') } },
    { id: 'rejected', kind: 'end', name: m('驳回', 'Rejected'), outcome: { key: 'rejected', label: m('已驳回', 'Rejected') } },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'review' },
    { id: 'e2', source: 'review', target: 'archive' },
    { id: 'e3', source: 'review', target: 'rejected', on: 'rejected' },
    { id: 'e4', source: 'archive', target: 'done' },
  ],
};
