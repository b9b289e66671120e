import { chinaCalendar2025_2026 } from '../../index.js';
import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an SLA in working hours on a calendar without working hours',
  definition: flow(
    [start(), task('t1', { sla: { duration: { amount: 8, unit: 'workingHours' } } }), end()],
    [edge('start', 't1'), edge('t1', 'end')],
  ),
  options: { calendar: chinaCalendar2025_2026 },
  issues: [{ code: 'FLOW_SLA_NEEDS_HOURS', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
