import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an assignee expression that does not parse',
  definition: flow([start(), task('t1', { assignees: [{ kind: 'expression', expr: 'record.consultant ==' }] }), end()], [edge('start', 't1'), edge('t1', 'end')]),
  issues: [{ code: 'FLOW_BAD_EXPRESSION', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
