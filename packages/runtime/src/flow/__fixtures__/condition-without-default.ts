import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a condition without a default branch',
  definition: flow(
    [start(), { id: 'c', kind: 'condition', name: { zh: '退订类型', en: 'Type' } }, task('loan'), task('other'), end()],
    [
      edge('start', 'c'),
      edge('c', 'loan', { condition: { field: 'reason', op: 'eq', value: '贷款审批失败' } }),
      edge('c', 'other', { condition: { field: 'reason', op: 'eq', value: '家庭内部争议' } }),
      edge('loan', 'end'), edge('other', 'end'),
    ],
  ),
  issues: [{ code: 'FLOW_CONDITION_NO_DEFAULT', nodeId: 'c' }],
} satisfies InvalidFlowFixture;
