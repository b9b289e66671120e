import { edge, end, flow, projectRoles, role, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'assignee and escalation roles the project does not have',
  definition: flow(
    [start(), task('t1', {
      assignees: [role('salesManagr')],
      sla: { duration: { amount: 24, unit: 'hours' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [role('ceo')] }] },
    }), end()],
    [edge('start', 't1'), edge('t1', 'end')],
  ),
  options: { roles: projectRoles },
  issues: [{ code: 'FLOW_UNKNOWN_ROLE', nodeId: 't1' }, { code: 'FLOW_UNKNOWN_ROLE', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
