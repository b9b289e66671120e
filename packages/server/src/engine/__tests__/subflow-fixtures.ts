import { expect } from 'vitest';
import type { TestServer } from '../../testing/index.js';
import { demoServer, refundData, signIn } from '../../__tests__/helpers.js';

const m = (zh: string, en: string) => ({ zh, en });
const start = { id: 'start', kind: 'start', name: m('发起', 'Start') };

// Finance's own form and flow: pay out (submit the bank reference) or refuse (reject).
const payoutForm = {
  key: 'payout-request', name: m('财务打款申请', 'Payout request'),
  schema: {
    type: 'object', required: ['customerName', 'amount'],
    properties: {
      customerName: { type: 'string', 'x-ui': { fieldType: 'text', label: m('客户姓名', 'Customer name'), sensitivity: 'name' } },
      amount: { type: 'number', minimum: 0, 'x-ui': { fieldType: 'money', label: m('打款金额', 'Amount') } },
      payoutRef: { type: 'string', maxLength: 50, 'x-ui': { fieldType: 'text', label: m('打款流水号', 'Payout reference') } },
    },
  },
};
const payoutFlow = {
  key: 'finance-payout', name: m('财务打款', 'Finance payout'), formKey: 'payout-request',
  nodes: [
    start,
    { id: 'pay', kind: 'task', name: m('财务打款', 'Pay out'), taskType: 'fill', mode: 'any', assignees: [{ kind: 'role', role: 'finance' }], fields: { payoutRef: 'required' }, actions: ['submit', 'reject'] },
    { id: 'paid', kind: 'end', name: m('已打款', 'Paid'), outcome: { key: 'paid', label: m('已打款', 'Paid') } },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'pay' }, { id: 'e2', source: 'pay', target: 'paid' }],
};
const payoutStep = (wait: boolean) => ({
  id: 'payout', kind: 'subflow', name: m('财务打款', 'Finance payout'), flowKey: 'finance-payout', wait,
  data: { customerName: { expr: 'customerName' }, amount: { expr: 'depositAmount' } }, ...(wait ? { resultMapping: { archiveNote: 'payoutRef' } } : {}),
});
// The refund case starts the payout and waits; paid → customer service archives, else it ends unpaid.
// The site manager may cancel it (作废) like its initiator.
const refundFlow = {
  key: 'refund-payout', name: m('退订打款', 'Refund with payout'), formKey: 'refund-request', supervisorRoles: ['siteManager'],
  nodes: [
    start, payoutStep(true),
    { id: 'check', kind: 'condition', name: m('是否已打款', 'Paid?') },
    { id: 'archive', kind: 'task', name: m('客服归档', 'Archive'), taskType: 'fill', mode: 'any', assignees: [{ kind: 'role', role: 'customerService' }], fields: { archiveNote: 'edit' }, actions: ['submit'] },
    { id: 'done', kind: 'end', name: m('完成', 'Done'), outcome: { key: 'refunded', label: m('已退款', 'Refunded') } },
    { id: 'unpaid', kind: 'end', name: m('未打款', 'Not paid'), outcome: { key: 'notPaid', label: m('未打款', 'Not paid') } },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'payout' }, { id: 'e2', source: 'payout', target: 'check' },
    { id: 'e3', source: 'check', target: 'archive', condition: { field: 'subflows.payout.outcome', op: 'eq', value: 'paid' }, order: 1 },
    { id: 'e4', source: 'check', target: 'unpaid', default: true }, { id: 'e5', source: 'archive', target: 'done' },
  ],
};
// A case that hands the payout to finance without waiting, then customer service archives it.
const handoffFlow = {
  key: 'refund-handoff', name: m('退订移交', 'Refund hand-off'), formKey: 'refund-request', supervisorRoles: ['siteManager'],
  nodes: [
    start, payoutStep(false),
    { id: 'archive', kind: 'task', name: m('客服归档', 'Archive'), taskType: 'fill', mode: 'any', assignees: [{ kind: 'role', role: 'customerService' }], actions: ['submit'] },
    { id: 'done', kind: 'end', name: m('完成', 'Done') },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'payout' }, { id: 'e2', source: 'payout', target: 'archive' }, { id: 'e3', source: 'archive', target: 'done' }],
};

export type Timeline = { type: string; actorId: string | null; data: Record<string, unknown> }[];
export type InstanceView = {
  status: string; outcome: string | null; version: number; tasks: { nodeId: string; status: string }[];
  record: { data: Record<string, unknown> }; timeline: Timeline;
};
export type InboxTask = { id: string; instanceId: string; version: number };

/** A demo server with the payout form and the three flows published, and the people who work them. */
export async function subflowServer() {
  const ts: TestServer = await demoServer();
  const manager = await signIn(ts, 'siteManager');
  for (const [kind, definition] of [['forms', payoutForm], ['flows', payoutFlow], ['flows', refundFlow], ['flows', handoffFlow]] as const) {
    expect((await manager.post(`/api/projects/prj_yunqi/${kind}`, { definition })).status).toBe(201);
    const published = await manager.post(`/api/projects/prj_yunqi/${kind}/${definition.key}/publish`, { note: '子流程测试' });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
  }
  const [consultant, finance, service] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'finance'), signIn(ts, 'customerService')]);
  const instance = async (id: string) => (await consultant.get(`/api/projects/prj_yunqi/instances/${id}`)).body as InstanceView;
  const financeTasks = async (): Promise<InboxTask[]> => (await finance.get('/api/tasks?scope=mine&projectId=prj_yunqi')).body.items;

  /** Starts a case of `flowKey` and lets the outbox start the payout; returns both instances and finance's task. */
  async function startCase(customerName: string, flowKey = 'refund-payout') {
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey, data: { ...refundData, customerName } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    await ts.advanceClock(1_000);
    const parent = await instance(started.body.instanceId);
    const childId = String(parent.timeline.find((e) => e.type === 'flow.subflowStarted')?.data.childInstanceId);
    const task = (await financeTasks()).find((t) => t.instanceId === childId);
    if (!task) throw new Error('finance has no payout task');
    return { parentId: started.body.instanceId as string, childId, task };
  }

  return { ts, manager, consultant, finance, service, instance, financeTasks, startCase };
}

/** Returns the outbox rows with `dedupeKey` (status only) straight from the test server's database. */
export function outboxRows(ts: TestServer, dedupeKey: string): { id: string; status: string }[] {
  return ts.server.ctx.sqlite.prepare(`select id, status from outbox where dedupe_key = ?`).all(dedupeKey) as { id: string; status: string }[];
}

/** Puts a delivered outbox row back in the queue, as a crash between delivery and bookkeeping would. */
export function requeue(ts: TestServer, id: string): void {
  ts.server.ctx.sqlite.prepare(`update outbox set status = 'pending', done_at = null, next_attempt_at = 0 where id = ?`).run(id);
}
