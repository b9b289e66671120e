import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a branch with neither condition nor default',
  definition: flow(
    [start(), { id: 'c', kind: 'condition', name: { zh: '判断', en: 'Check' } }, task('a'), task('b'), end()],
    [edge('start', 'c'), edge('c', 'a', { default: true }), edge('c', 'b'), edge('a', 'end'), edge('b', 'end')],
  ),
  issues: [{ code: 'FLOW_BRANCH_NO_CONDITION', nodeId: 'c->b' }],
} satisfies InvalidFlowFixture;
