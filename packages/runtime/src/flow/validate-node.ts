import { addDuration, isValidDuration } from '../calendar/business-calendar.js';
import type { Duration } from '../calendar/types.js';
import { isSiteflowError, issue, type Issue } from '../errors/siteflow-error.js';
import { flowLimitLabels } from '../i18n/messages/flow.js';
import type { Message } from '../i18n/types.js';
import { parseExpression, referencedFields, validateCondition } from '../expr/index.js';
import { knownFieldPredicate } from './form-fields.js';
import { reachable, type FlowGraph } from './graph.js';
import type { ValidateFlowOptions } from './validate-flow.js';
import type { AssigneeRule, EscalationStep, FieldValue, FlowDefinition, FlowNode, TaskNode } from './types.js';

/** Shared inputs of the per-node checks. */
export interface CheckEnv {
  readonly flow: FlowDefinition;
  readonly graph: FlowGraph;
  readonly options: ValidateFlowOptions;
  readonly label: (id: string) => string;
  readonly issues: Issue[];
}

/** Names an expression may use besides the record's fields. */
const SCOPE_NAMES = new Set(['record', 'initiator', 'now', 'subflows', 'roleMembers']);

/** Appends the problems of one node to `env.issues`. Pure apart from that. */
export function checkNode(n: FlowNode, env: CheckEnv): void {
  const { graph, issues } = env;
  const node = env.label(n.id);
  const at = { nodeId: n.id };
  const out = graph.outgoing.get(n.id) ?? [];
  const normal = out.filter((e) => e.on !== 'rejected');
  const exactlyOne = () => {
    if (normal.length === 0) issues.push(issue('FLOW_NO_OUTGOING', { node }, at));
    else if (normal.length > 1) issues.push(issue('FLOW_MANY_OUTGOING', { node, count: normal.length }, at));
  };
  for (const e of out) {
    if (e.on === 'rejected' && !(n.kind === 'task' && n.actions.includes('reject'))) {
      issues.push(issue('FLOW_REJECT_EDGE_MISPLACED', { edge: e.id, node }, { nodeId: e.id }));
    }
  }
  switch (n.kind) {
    case 'start':
      if ((graph.incoming.get(n.id) ?? []).length > 0) issues.push(issue('FLOW_START_HAS_INCOMING', { node }, at));
      exactlyOne();
      for (const field of Object.keys(n.fields ?? {})) checkField(field, n.id, env);
      if (env.flow.deadline) {
        checkDuration(env.flow.deadline.duration, n.id, flowLimitLabels.deadline, env);
        checkLadder(env.flow.deadline.escalation, n.id, env);
      }
      return;
    case 'end':
      if (out.length > 0) issues.push(issue('FLOW_END_HAS_OUTGOING', { node }, at));
      return;
    case 'task':
      exactlyOne();
      if (out.filter((e) => e.on === 'rejected').length > 1) issues.push(issue('FLOW_MANY_OUTGOING', { node, count: out.length }, at));
      checkTask(n, env);
      return;
    case 'condition': {
      if (out.length === 0) issues.push(issue('FLOW_NO_OUTGOING', { node }, at));
      const defaults = out.filter((e) => e.default === true);
      if (defaults.length === 0) issues.push(issue('FLOW_CONDITION_NO_DEFAULT', { node }, at));
      if (defaults.length > 1) issues.push(issue('FLOW_CONDITION_MANY_DEFAULTS', { node, count: defaults.length }, at));
      for (const e of out) {
        if (e.default) continue;
        if (!e.condition) { issues.push(issue('FLOW_BRANCH_NO_CONDITION', { node, edge: e.id }, { nodeId: e.id })); continue; }
        const known = fieldPredicate(env);
        for (const problem of validateCondition(e.condition, known)) {
          issues.push(issue('FLOW_BAD_CONDITION', { node, detail: problem.message.zh }, { nodeId: e.id, path: problem.path ?? '' }));
        }
      }
      return;
    }
    case 'parallelSplit':
      if (out.length < 2) issues.push(issue('FLOW_SPLIT_TOO_FEW', { node }, at));
      return;
    case 'parallelJoin': {
      exactlyOne();
      const before = reachable(graph, [n.id], 'backward');
      const hasSplit = [...before].some((id) => graph.nodes.get(id)?.kind === 'parallelSplit');
      if (!hasSplit) issues.push(issue('FLOW_JOIN_WITHOUT_SPLIT', { node }, at));
      return;
    }
    case 'action':
      exactlyOne();
      if (n.steps.length === 0) issues.push(issue('FLOW_ACTION_EMPTY', { node }, at));
      for (const step of n.steps) {
        switch (step.kind) {
          case 'setFields':
            for (const [field, value] of Object.entries(step.values)) { checkField(field, n.id, env); checkValue(value, n.id, env); }
            break;
          case 'notify':
            if (step.to.length === 0 && (step.robots ?? []).length === 0) issues.push(issue('FLOW_NOTIFY_NO_TARGET', { node }, at));
            checkAssignees(step.to, n.id, env);
            break;
          case 'generateDocuments':
            break;
          case 'http':
            if (!/^https?:\/\/\S+$/.test(step.url)) issues.push(issue('FLOW_BAD_URL', { node, url: step.url }, at));
            for (const value of Object.values(step.body ?? {})) checkValue(value, n.id, env);
            for (const field of Object.keys(step.responseMapping ?? {})) checkField(field, n.id, env);
            break;
          case 'startFlow':
            for (const value of Object.values(step.data ?? {})) checkValue(value, n.id, env);
            break;
          default: {
            const never: never = step;
            throw new Error(`unhandled action step ${JSON.stringify(never)}`);
          }
        }
      }
      return;
    case 'timer':
      exactlyOne();
      if ('duration' in n.wait) checkDuration(n.wait.duration, n.id, flowLimitLabels.wait, env);
      else {
        checkField(n.wait.untilField, n.id, env);
        if (n.wait.offset) checkDuration(n.wait.offset, n.id, flowLimitLabels.offset, env);
      }
      return;
    case 'subflow':
      exactlyOne();
      for (const value of Object.values(n.data ?? {})) checkValue(value, n.id, env);
      for (const field of Object.keys(n.resultMapping ?? {})) checkField(field, n.id, env);
      return;
    default: {
      const never: never = n;
      throw new Error(`unhandled node ${JSON.stringify(never)}`);
    }
  }
}

function checkTask(n: TaskNode, env: CheckEnv): void {
  const node = env.label(n.id);
  const at = { nodeId: n.id };
  const hasSomeone = n.assignees.some((a) => a.kind !== 'users' || a.userIds.length > 0);
  if (!hasSomeone) env.issues.push(issue('FLOW_TASK_NO_ASSIGNEES', { node }, at));
  checkAssignees(n.assignees, n.id, env);
  const completion = n.taskType === 'approve' ? 'approve' : 'submit';
  if (!n.actions.includes(completion)) env.issues.push(issue('FLOW_TASK_NO_COMPLETION', { node, action: completion }, at));
  for (const field of Object.keys(n.fields ?? {})) checkField(field, n.id, env);
  if (n.sla) {
    checkDuration(n.sla.duration, n.id, flowLimitLabels.sla, env);
    checkLadder(n.sla.escalation ?? [], n.id, env);
  }
}

function checkLadder(steps: readonly EscalationStep[], nodeId: string, env: CheckEnv): void {
  steps.forEach((step, i) => {
    const n = String(i + 1);
    checkDuration(step.after, nodeId, { zh: flowLimitLabels.escalation.zh.replace('{n}', n), en: flowLimitLabels.escalation.en.replace('{n}', n) }, env);
    if (step.to.length === 0) env.issues.push(issue('FLOW_ESCALATION_NO_TARGET', { node: env.label(nodeId), step: i + 1 }, { nodeId }));
    checkAssignees(step.to, nodeId, env);
  });
}

function checkDuration(d: Duration, nodeId: string, what: Message, env: CheckEnv): void {
  const base = { node: env.label(nodeId), what: what.zh, whatEn: what.en };
  if (!isValidDuration(d)) {
    env.issues.push(issue('FLOW_SLA_UNCOMPUTABLE', { ...base, detail: `${d.amount} ${d.unit}` }, { nodeId }));
    return;
  }
  const calendar = env.options.calendar;
  if (d.unit === 'workingHours' && calendar && !calendar.workingHours) {
    env.issues.push(issue('FLOW_SLA_NEEDS_HOURS', { ...base, calendar: calendar.name }, { nodeId }));
    return;
  }
  if (calendar && (d.unit === 'workingHours' || d.unit === 'workingDays')) {
    try {
      addDuration(calendar, 0, d);
    } catch (error) {
      const detail = isSiteflowError(error) ? error.code : 'error';
      env.issues.push(issue('FLOW_SLA_UNCOMPUTABLE', { ...base, detail }, { nodeId }));
    }
  }
}

function checkAssignees(rules: readonly AssigneeRule[], nodeId: string, env: CheckEnv): void {
  const roles = env.options.roles ? new Set(env.options.roles) : undefined;
  for (const rule of rules) {
    if (rule.kind === 'role' && roles && !roles.has(rule.role)) {
      env.issues.push(issue('FLOW_UNKNOWN_ROLE', { node: env.label(nodeId), role: rule.role }, { nodeId }));
    }
    if (rule.kind === 'expression') checkExpression(rule.expr, nodeId, env);
  }
}

function checkValue(value: FieldValue, nodeId: string, env: CheckEnv): void {
  if (value !== null && typeof value === 'object') checkExpression(value.expr, nodeId, env);
}

function checkExpression(source: string, nodeId: string, env: CheckEnv): void {
  const parsed = parseExpression(source);
  if (!parsed.ok) {
    env.issues.push(issue('FLOW_BAD_EXPRESSION', { node: env.label(nodeId), expr: source, detail: parsed.issue.message.zh }, { nodeId }));
    return;
  }
  for (const path of referencedFields(parsed.expression)) {
    const [head, ...rest] = path.split('.');
    if (head === 'record' && rest.length > 0) checkField(rest.join('.'), nodeId, env);
    else if (!SCOPE_NAMES.has(head ?? '')) checkField(path, nodeId, env);
  }
}

function fieldPredicate(env: CheckEnv): ((path: string) => boolean) | undefined {
  const form = env.options.form;
  if (!form) return undefined;
  const known = knownFieldPredicate(form);
  return (path) => SCOPE_NAMES.has(path.split('.')[0] ?? '') || known(path);
}

function checkField(field: string, nodeId: string, env: CheckEnv): void {
  const form = env.options.form;
  if (form && !knownFieldPredicate(form)(field)) {
    env.issues.push(issue('FLOW_UNKNOWN_FIELD', { node: env.label(nodeId), field, form: form.key }, { nodeId }));
  }
}
