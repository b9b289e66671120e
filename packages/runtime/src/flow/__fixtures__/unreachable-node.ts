import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a node nobody can reach',
  definition: flow([start(), task('t1'), task('orphan'), end()], [edge('start', 't1'), edge('t1', 'end'), edge('orphan', 'end')]),
  issues: [{ code: 'FLOW_UNREACHABLE', nodeId: 'orphan' }],
} satisfies InvalidFlowFixture;
