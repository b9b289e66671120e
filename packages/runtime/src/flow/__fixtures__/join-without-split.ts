import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a join with no split before it',
  definition: flow(
    [start(), task('t1'), { id: 'j', kind: 'parallelJoin', name: { zh: '汇聚', en: 'Join' } }, end()],
    [edge('start', 't1'), edge('t1', 'j'), edge('j', 'end')],
  ),
  issues: [{ code: 'FLOW_JOIN_WITHOUT_SPLIT', nodeId: 'j' }],
} satisfies InvalidFlowFixture;
