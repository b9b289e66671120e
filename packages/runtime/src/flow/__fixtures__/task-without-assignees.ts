import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a task nobody is assigned to',
  definition: flow([start(), task('t1', { assignees: [{ kind: 'users', userIds: [] }] }), end()], [edge('start', 't1'), edge('t1', 'end')]),
  issues: [{ code: 'FLOW_TASK_NO_ASSIGNEES', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
