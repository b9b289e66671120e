import { validateFlow, type AssigneeRule, type Duration, type FlowDefinition, type Message } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { upsertVersion } from '../templates/index.js';
import { roleKeys } from '../auth/roles.js';
import { ruleText } from './messages.js';

/** Node id of the one task of a rule-task flow. */
export const RULE_TASK_NODE = 'ruleTask';

/** Returns the placeholder-free title of a `createTask` template (`安排…：{customerName}` → `安排…`). Pure. */
export function staticTitle(title: Message): Message {
  const strip = (s: string) => s.replace(/\{[^}]*\}/g, '').replace(/[\s：:，,、\-–—]+$/u, '').trim() || s;
  return { zh: strip(title.zh), en: strip(title.en || title.zh) };
}

/**
 * Returns the flow that carries a rule's `createTask` action: start → one fill task for the
 * assignees (或签, SLA = the action's `due`) → end, over the triggering record's form, every
 * field read-only. Pure.
 */
export function taskFlowDefinition(ruleKey: string, index: number, formKey: string, action: { title: Message; assignees: readonly AssigneeRule[]; due?: Duration }): FlowDefinition {
  const title = staticTitle(action.title);
  return {
    key: taskFlowKey(ruleKey, index, formKey),
    name: { zh: ruleText('taskFlowName', { title: title.zh }).zh, en: ruleText('taskFlowName', { title: title.en }).en },
    formKey,
    nodes: [
      { id: 'start', kind: 'start', name: ruleText('taskStart') },
      {
        id: RULE_TASK_NODE, kind: 'task', name: title, taskType: 'fill', assignees: [...action.assignees], mode: 'any', fields: {},
        actions: ['submit', 'transfer', 'comment'], ...(action.due ? { sla: { duration: action.due, reminders: [0.5] } } : {}),
      },
      { id: 'end', kind: 'end', name: ruleText('taskDone') },
    ],
    edges: [
      { id: 'start->ruleTask', source: 'start', target: RULE_TASK_NODE },
      { id: 'ruleTask->end', source: RULE_TASK_NODE, target: 'end' },
    ],
  } as FlowDefinition;
}

/** Returns the key of a rule-task flow (one per rule action and form). Pure. */
export function taskFlowKey(ruleKey: string, index: number, formKey: string): string {
  return `rule-task.${ruleKey}.${index}.${formKey}`.slice(0, 100);
}

/**
 * Publishes the rule-task flow in the project when it is new or changed (the next immutable
 * version; an unchanged one is reused) and returns its key. Throws when it does not validate.
 * Writes the database (caller's transaction).
 */
export function ensureTaskFlow(ctx: AppContext, projectId: string, flow: FlowDefinition, actorId: string): string {
  const issues = validateFlow(flow, { roles: roleKeys });
  if (issues.length > 0) throw new Error(`rule task flow ${flow.key} invalid: ${issues.map((i) => `${i.code} ${i.message.en}`).join('; ')}`);
  upsertVersion(ctx, projectId, 'flow', flow.key, flow as unknown as Record<string, unknown>, 'rule task', actorId);
  return flow.key;
}
