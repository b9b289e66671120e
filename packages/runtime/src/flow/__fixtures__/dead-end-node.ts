import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a task with no way out',
  definition: flow(
    [start(), { id: 'c', kind: 'condition', name: { zh: '判断', en: 'Check' } }, task('t1'), task('stuck'), end()],
    [edge('start', 'c'), edge('c', 't1', { default: true }), edge('c', 'stuck', { condition: { field: 'amount', op: 'gt', value: 1 } }), edge('t1', 'end')],
  ),
  issues: [{ code: 'FLOW_CANNOT_FINISH', nodeId: 'stuck' }, { code: 'FLOW_NO_OUTGOING', nodeId: 'stuck' }],
} satisfies InvalidFlowFixture;
