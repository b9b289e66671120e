import type { FlowDefinition, FlowNode, NodeKind, TaskAction } from '@siteflow/runtime';
import type { Text } from '../../../i18n/types.js';

/** Node kinds in palette order. */
export const paletteKinds: readonly NodeKind[] = ['start', 'task', 'condition', 'parallelSplit', 'parallelJoin', 'action', 'timer', 'subflow', 'end'];

/** Default allowed actions of a new approval task. */
export const defaultTaskActions: readonly TaskAction[] = ['approve', 'reject', 'return', 'transfer', 'addSigner', 'comment'];

/** Returns an id `prefix-N` not used by any node or edge of `flow` nor in `taken`. Pure. */
export function freshId(flow: FlowDefinition, prefix: string, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set<string>([...flow.nodes.map((n) => n.id), ...flow.edges.map((e) => e.id), ...taken]);
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/**
 * Returns a new node of `kind` at `position` with sensible defaults (a task goes to the sales
 * supervisor within 24 hours, as the seeds require). Pure.
 */
export function newNode(kind: NodeKind, id: string, name: Text, position: { x: number; y: number }): FlowNode {
  const base = { id, name: { zh: name.zh, en: name.en }, position };
  switch (kind) {
    case 'start': return { ...base, kind };
    case 'task': return {
      ...base, kind, taskType: 'approve', assignees: [{ kind: 'role', role: 'salesSupervisor' }], mode: 'any',
      actions: [...defaultTaskActions],
      // The seeds' rule: every step answers within 24 hours, overdue steps escalate to the regional director.
      sla: { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
    };
    case 'condition': return { ...base, kind };
    case 'parallelSplit': return { ...base, kind };
    case 'parallelJoin': return { ...base, kind };
    case 'action': return { ...base, kind, steps: [] };
    case 'timer': return { ...base, kind, wait: { duration: { amount: 1, unit: 'hours' } } };
    case 'subflow': return { ...base, kind, flowKey: '', wait: true };
    case 'end': return { ...base, kind, outcome: { key: 'completed', label: { zh: '完成', en: 'Completed' } } };
    default: {
      const never: never = kind;
      throw new Error(`unknown node kind ${String(never)}`);
    }
  }
}

/** Returns a new, empty flow over `formKey` holding only a start node. Pure. */
export function newFlow(key: string, name: Text, formKey: string, startName: Text): FlowDefinition {
  return { key, name, formKey, nodes: [newNode('start', 'start', startName, { x: 0, y: 0 })], edges: [] };
}
