import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'two start nodes',
  definition: flow([start(), start('start2'), task('t1'), end()], [edge('start', 't1'), edge('start2', 't1'), edge('t1', 'end')]),
  issues: [{ code: 'FLOW_MANY_STARTS', nodeId: 'start2' }, { code: 'FLOW_UNREACHABLE', nodeId: 'start2' }],
} satisfies InvalidFlowFixture;
