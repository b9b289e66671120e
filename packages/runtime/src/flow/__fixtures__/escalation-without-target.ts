import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an escalation step with nobody to escalate to',
  definition: flow(
    [start(), task('t1', { sla: { duration: { amount: 24, unit: 'hours' }, escalation: [{ after: { amount: 4, unit: 'hours' }, action: 'reassign', to: [] }] } }), end()],
    [edge('start', 't1'), edge('t1', 'end')],
  ),
  issues: [{ code: 'FLOW_ESCALATION_NO_TARGET', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
