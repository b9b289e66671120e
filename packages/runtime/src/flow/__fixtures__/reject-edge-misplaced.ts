import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a rejection edge from a task that cannot reject',
  definition: flow(
    [start(), task('t1', { actions: ['approve'] }), task('fix'), end()],
    [edge('start', 't1'), edge('t1', 'end'), edge('t1', 'fix', { on: 'rejected' }), edge('fix', 'end')],
  ),
  issues: [{ code: 'FLOW_REJECT_EDGE_MISPLACED', nodeId: 't1->fix' }],
} satisfies InvalidFlowFixture;
