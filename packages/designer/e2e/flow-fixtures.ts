import type { FlowDefinition, FormDefinition } from '@siteflow/runtime';

const m = (zh: string, en: string) => ({ zh, en });

/** The 退订工单 record form used by the flow-designer browser tests (seed 001, 第一步 fields). */
export const cancelOrderForm: FormDefinition = {
  key: 'cancel-order',
  name: m('退订工单', 'Cancellation work order'),
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    required: ['customerName', 'cancelType'],
    properties: {
      customerName: { type: 'string', maxLength: 50, 'x-ui': { fieldType: 'text', label: m('客户姓名', 'Customer name'), sensitivity: 'name' } },
      phone: { type: 'string', 'x-ui': { fieldType: 'phone', label: m('手机号', 'Mobile number') } },
      cancelType: {
        type: 'string',
        'x-ui': {
          fieldType: 'select', label: m('退订类型', 'Cancellation type'),
          options: [
            { value: 'family', label: m('家庭内部争议', 'Family disagreement') },
            { value: 'loan', label: m('贷款审批失败', 'Loan not approved') },
            { value: 'construction', label: m('工程进度质疑', 'Doubts about construction') },
            { value: 'school', label: m('学区问题', 'School district') },
            { value: 'noReason', label: m('纯粹反悔无理由', 'Changed mind, no reason') },
          ],
        },
      },
      depositAmount: { type: 'number', 'x-ui': { fieldType: 'money', label: m('定金金额', 'Deposit amount') } },
      schoolName: { type: 'string', 'x-ui': { fieldType: 'text', label: m('学校名称', 'School name') } },
      detail: { type: 'string', 'x-ui': { fieldType: 'textarea', label: m('退订具体原因', 'Details') } },
    },
  },
};

const sla24 = {
  duration: { amount: 24, unit: 'hours' as const },
  reminders: [0.5],
  escalation: [
    { after: { amount: 0, unit: 'hours' as const }, action: 'notify' as const, to: [{ kind: 'role' as const, role: 'siteManager' }] },
    { after: { amount: 24, unit: 'hours' as const }, action: 'reassign' as const, to: [{ kind: 'regionalDirector' as const }] },
  ],
};
const approve = ['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment'] as const;
const task = (id: string, name: ReturnType<typeof m>, roles: string[], x: number, y: number, mode: 'any' | 'all' = 'any') => ({
  id, kind: 'task' as const, name, taskType: 'approve' as const, assignees: roles.map((role) => ({ kind: 'role' as const, role })),
  mode, actions: [...approve], sla: sla24, position: { x, y },
});
const is = (value: string) => ({ field: 'cancelType', op: 'eq' as const, value });

/**
 * The shipped-style 退订工单 flow (seed 001 四步): 首次面谈 within 15 minutes → 分类研判 by the type
 * matrix → the responsible roles act within 24 hours (overdue: site manager, then the regional
 * director) → 客服归档 closes the case; the whole case within 72 hours.
 */
export const cancelOrderFlow: FlowDefinition = {
  key: 'cancel-order-flow',
  name: m('退订工单流程', 'Cancellation work-order flow'),
  formKey: 'cancel-order',
  deadline: { duration: { amount: 72, unit: 'hours' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
  nodes: [
    { id: 'start', kind: 'start', name: m('发起退订', 'Request'), position: { x: 560, y: 0 } },
    {
      id: 'interview', kind: 'task', name: m('首次面谈', 'First interview'), taskType: 'fill', assignees: [{ kind: 'initiator' }], mode: 'any',
      actions: ['submit', 'comment'], fields: { customerName: 'required', phone: 'edit', cancelType: 'required', depositAmount: 'required', detail: 'edit' },
      sla: { duration: { amount: 15, unit: 'minutes' }, escalation: [{ after: { amount: 0, unit: 'minutes' }, action: 'notify', to: [{ kind: 'role', role: 'siteManager' }] }] },
      position: { x: 560, y: 110 },
    },
    { id: 'triage', kind: 'condition', name: m('分类研判', 'Triage'), position: { x: 560, y: 240 } },
    task('family', m('家庭会谈', 'Family meeting'), ['salesSupervisor', 'customerServiceLead'], 0, 380, 'all'),
    task('loan', m('金融方案', 'Financing options'), ['financeSpecialist', 'legal'], 280, 380),
    task('construction', m('工地开放日', 'Site open day'), ['engineeringLiaison', 'brand'], 560, 380),
    task('school', m('学区核实', 'School-district check'), ['educationConsultant'], 840, 380),
    task('breach', m('违约处理', 'Breach of contract'), ['legal', 'finance'], 1120, 380),
    task('archive', m('客服归档并通知客户', 'Archive and notify'), ['customerService'], 560, 540),
    { id: 'end', kind: 'end', name: m('结案', 'Closed'), outcome: { key: 'completed', label: m('完成', 'Completed') }, position: { x: 560, y: 680 } },
  ],
  edges: [
    { id: 'e-start', source: 'start', target: 'interview' },
    { id: 'e-interview', source: 'interview', target: 'triage' },
    { id: 'b-family', source: 'triage', target: 'family', order: 1, label: m('家庭争议', 'Family'), condition: is('family') },
    { id: 'b-loan', source: 'triage', target: 'loan', order: 2, label: m('贷款失败', 'Loan'), condition: is('loan') },
    { id: 'b-construction', source: 'triage', target: 'construction', order: 3, label: m('工程质疑', 'Construction'), condition: is('construction') },
    { id: 'b-school', source: 'triage', target: 'school', order: 4, label: m('学区房', 'School district'), condition: is('school') },
    { id: 'b-default', source: 'triage', target: 'breach', order: 5, label: m('无理由', 'No reason'), default: true },
    { id: 'e-family', source: 'family', target: 'archive' },
    { id: 'e-loan', source: 'loan', target: 'archive' },
    { id: 'e-construction', source: 'construction', target: 'archive' },
    { id: 'e-school', source: 'school', target: 'archive' },
    { id: 'e-breach', source: 'breach', target: 'archive' },
    { id: 'e-archive', source: 'archive', target: 'end' },
  ],
};
