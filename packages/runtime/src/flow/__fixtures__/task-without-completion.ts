import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an approval task that does not allow approving',
  definition: flow([start(), task('t1', { actions: ['reject', 'comment'] }), end()], [edge('start', 't1'), edge('t1', 'end')]),
  issues: [{ code: 'FLOW_TASK_NO_COMPLETION', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
