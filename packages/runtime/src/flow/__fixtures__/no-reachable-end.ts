import { edge, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'no end node reachable from the start',
  definition: flow([start(), task('t1'), task('t2')], [edge('start', 't1'), edge('t1', 't2'), edge('t2', 't1')]),
  issues: [{ code: 'FLOW_NO_END', nodeId: 'start' }],
} satisfies InvalidFlowFixture;
