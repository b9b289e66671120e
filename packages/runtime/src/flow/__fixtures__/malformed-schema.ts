import type { FlowDefinition } from '../../index.js';
import { edge, end, flow, start, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a task missing its mode (meta-schema)',
  definition: flow(
    [start(), { id: 't1', kind: 'task', name: { zh: '审批', en: 'Approve' }, taskType: 'approve', assignees: [], actions: ['approve'] } as unknown as FlowDefinition['nodes'][number], end()],
    [edge('start', 't1'), edge('t1', 'end')],
  ),
  issues: [{ code: 'FLOW_SCHEMA', nodeId: 't1' }],
} satisfies InvalidFlowFixture;
