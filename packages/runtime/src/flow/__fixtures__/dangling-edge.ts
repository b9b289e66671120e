import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an edge to a deleted node',
  definition: flow([start(), task('t1'), end()], [edge('start', 't1'), edge('t1', 'end'), edge('t1', 'deleted')]),
  issues: [{ code: 'FLOW_DANGLING_EDGE', nodeId: 't1->deleted' }],
} satisfies InvalidFlowFixture;
