import { edge, end, flow, start, type InvalidFlowFixture } from './base.js';

export default {
  title: 'an HTTP step with a relative URL',
  definition: flow(
    [start(), { id: 'call', kind: 'action', name: { zh: '银行预审', en: 'Bank check' }, steps: [{ kind: 'http', method: 'POST', url: '/bank/check' }] }, end()],
    [edge('start', 'call'), edge('call', 'end')],
  ),
  issues: [{ code: 'FLOW_BAD_URL', nodeId: 'call' }],
} satisfies InvalidFlowFixture;
