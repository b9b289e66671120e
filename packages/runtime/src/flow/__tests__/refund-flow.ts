import type { EscalationStep, FlowDefinition } from '../../index.js';
import { edge, end, m, role, start, task } from '../__fixtures__/base.js';

/** The seed's ladder: breach → notify the sales supervisor; +4 h → add the site manager; +24 h → the regional director takes over. */
export const ladder: EscalationStep[] = [
  { after: { amount: 0, unit: 'hours' }, action: 'notify', to: [role('salesSupervisor')] },
  { after: { amount: 4, unit: 'hours' }, action: 'addAssignees', to: [role('siteManager')] },
  { after: { amount: 24, unit: 'hours' }, action: 'reassign', to: [{ kind: 'regionalDirector' }] },
];

/** 退订工单 from seed 001: interview within 15 minutes, classify, each step within 24 h, case within 3 working days. */
export const refundFlow: FlowDefinition = {
  key: 'refund', name: m('退订工单', 'Cancellation work order'), formKey: 'refund', version: 3,
  nodes: [
    start(),
    task('intake', {
      name: m('首次面谈', 'First interview'), taskType: 'fill', assignees: [{ kind: 'expression', expr: 'record.consultant' }],
      fields: { reason: 'required', amount: 'edit' }, actions: ['submit', 'transfer', 'cc', 'comment'],
      sla: { duration: { amount: 15, unit: 'minutes' }, escalation: [ladder[0] as EscalationStep] },
    }),
    { id: 'classify', kind: 'condition', name: m('退订类型', 'Type') },
    task('loan', { name: m('金融方案', 'Loan plan'), assignees: [role('financeSpecialist')], sla: { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: ladder } }),
    task('penalty', { name: m('违约审批', 'Penalty'), mode: 'all', assignees: [role('legal'), role('finance')] }),
    task('review', { name: m('主管审核', 'Review'), returnTo: 'any' }),
    end('retained', 'retained'), end('refunded', 'refunded'), end('breach', 'breach'),
  ],
  edges: [
    edge('start', 'intake'), edge('intake', 'classify'),
    edge('classify', 'loan', { order: 1, condition: { field: 'reason', op: 'eq', value: '贷款审批失败' } }),
    edge('classify', 'penalty', { order: 2, condition: { field: 'reason', op: 'eq', value: '纯粹反悔' } }),
    edge('classify', 'review', { default: true }),
    edge('loan', 'retained'), edge('penalty', 'breach'), edge('review', 'refunded'),
  ],
  deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
};
