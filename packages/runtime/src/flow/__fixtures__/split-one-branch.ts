import { edge, end, flow, start, task, type InvalidFlowFixture } from './base.js';

export default {
  title: 'a parallel split with a single branch',
  definition: flow(
    [start(), { id: 's', kind: 'parallelSplit', name: { zh: '并行', en: 'Split' } }, task('t1'), { id: 'j', kind: 'parallelJoin', name: { zh: '汇聚', en: 'Join' } }, end()],
    [edge('start', 's'), edge('s', 't1'), edge('t1', 'j'), edge('j', 'end')],
  ),
  issues: [{ code: 'FLOW_SPLIT_TOO_FEW', nodeId: 's' }],
} satisfies InvalidFlowFixture;
