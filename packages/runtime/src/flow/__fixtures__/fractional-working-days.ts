import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a deadline of 1.5 working days',
  definition: flow(
    [start(), task('t1'), end()],
    [edge('start', 't1'), edge('t1', 'end')],
    { deadline: { duration: { amount: 1.5, unit: 'workingDays' }, escalation: [] } },
  ),
  issues: [{ code: 'FLOW_SLA_UNCOMPUTABLE', nodeId: 'start' }],
} satisfies InvalidFlowFixture;
