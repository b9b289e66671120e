import type { AssigneeRule, FlowDefinition, FlowEdge, FlowNode, TaskNode } from '../../index.js';

/** Shared builders for flow fixtures (test data only). */
export const m = (zh: string, en = zh) => ({ zh, en });

export const role = (r: string): AssigneeRule => ({ kind: 'role', role: r });

export const start = (id = 'start'): FlowNode => ({ id, kind: 'start', name: m('开始', 'Start') });
export const end = (id = 'end', outcome?: string): FlowNode => ({
  id, kind: 'end', name: m('结束', 'End'), ...(outcome ? { outcome: { key: outcome, label: m(outcome) } } : {}),
});
export const task = (id: string, extra: Partial<TaskNode> = {}): TaskNode => ({
  id, kind: 'task', name: m(`任务${id}`, `Task ${id}`), taskType: 'approve', mode: 'any',
  assignees: [role('salesSupervisor')], actions: ['approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment'], ...extra,
});
export const edge = (source: string, target: string, extra: Partial<FlowEdge> = {}): FlowEdge => ({ id: `${source}->${target}`, source, target, ...extra });

export const flow = (nodes: FlowNode[], edges: FlowEdge[], extra: Partial<FlowDefinition> = {}): FlowDefinition => ({
  key: 'fixture', name: m('测试流程', 'Fixture flow'), formKey: 'refund', version: 1, nodes, edges, ...extra,
});

/** The smallest valid flow: start → approve → end. */
export const minimal = (): FlowDefinition => flow([start(), task('t1'), end()], [edge('start', 't1'), edge('t1', 'end')]);

/** A form with the fields the fixtures mention. */
export const refundForm = {
  key: 'refund',
  schema: {
    type: 'object',
    properties: {
      reason: { type: 'string' }, amount: { type: 'number' }, consultant: { type: 'string' },
      signDate: { type: 'string' }, bankResult: { type: 'string' },
      customer: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' } } },
    },
  },
};

export const projectRoles = ['consultant', 'salesSupervisor', 'siteManager', 'customerService', 'financeSpecialist', 'legal', 'finance', 'admin'];

/** One invalid case: the definition and exactly the issues validateFlow must report. */
export interface InvalidFlowFixture {
  readonly title: string;
  readonly definition: FlowDefinition;
  readonly options?: Parameters<typeof import('../../index.js').validateFlow>[1];
  readonly issues: readonly { readonly code: string; readonly nodeId: string }[];
}
