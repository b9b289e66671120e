import { edge, end, flow, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'no start node',
  definition: flow([task('t1'), end()], [edge('t1', 'end')]),
  issues: [{ code: 'FLOW_NO_START', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
