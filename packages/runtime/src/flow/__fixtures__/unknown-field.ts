import { edge, end, flow, refundForm, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'start-form and task field permissions, conditions and timers on fields the form lacks',
  definition: flow(
    [
      { id: 'start', kind: 'start', name: { zh: '开始', en: 'Start' }, fields: { reason: 'required', refundNote: 'hidden' } }, task('t1', { taskType: 'fill', actions: ['submit'], fields: { reason: 'required', refundBank: 'edit' } }),
      { id: 'c', kind: 'condition', name: { zh: '判断', en: 'Check' } },
      { id: 'wait', kind: 'timer', name: { zh: '等待', en: 'Wait' }, wait: { untilField: 'visitDate' } },
      end(),
    ],
    [
      edge('start', 't1'), edge('t1', 'c'),
      edge('c', 'wait', { condition: { field: 'amout', op: 'gt', value: 100000 } }), edge('c', 'end', { default: true }), edge('wait', 'end'),
    ],
  ),
  options: { form: refundForm },
  issues: [
    { code: 'FLOW_UNKNOWN_FIELD', nodeId: 'start' },
    { code: 'FLOW_UNKNOWN_FIELD', nodeId: 't1' },
    { code: 'FLOW_BAD_CONDITION', nodeId: 'c->wait' },
    { code: 'FLOW_UNKNOWN_FIELD', nodeId: 'wait' },
  ],
} satisfies InvalidFlowFixture;
