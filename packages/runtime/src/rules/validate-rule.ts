import { isValidDuration } from '../calendar/business-calendar.js';
import { issue, type Issue } from '../errors/siteflow-error.js';
import { parseExpression, validateCondition } from '../expr/index.js';
import { knownFieldPredicate, type FormLike } from '../flow/form-fields.js';
import type { FieldValue } from '../flow/types.js';
import { cronError } from './cron.js';
import type { Rule } from './types.js';

const SCOPE = new Set(['record', 'previous', 'changed', 'signals', 'risk', 'now']);

/** Returns every problem of a rule (cron, condition, fields, actions, risk levels), each with a path. Pure. */
export function validateRule(rule: Rule, options: { form?: FormLike; roles?: readonly string[] } = {}): Issue[] {
  // A rule read from JSON may be any shape: report structural problems instead of throwing on them.
  const shape = shapeIssues(rule as unknown);
  if (shape.length > 0) return shape;
  const issues: Issue[] = [];
  const known = options.form ? knownFieldPredicate(options.form) : undefined;
  const field = (path: string) => !known || SCOPE.has(path.split('.')[0] ?? '') || known(path);
  const t = rule.trigger;
  if (t.kind === 'schedule') {
    const reason = cronError(t.cron);
    if (reason !== null) issues.push(issue('RULE_BAD_CRON', { cron: t.cron, detail: reason }, { path: 'trigger.cron' }));
  }
  if (t.kind === 'recordChanged') {
    (t.fields ?? []).forEach((f, i) => { if (!field(f)) issues.push(issue('RULE_UNKNOWN_FIELD', { field: f }, { path: `trigger.fields.${i}` })); });
  }
  if (rule.condition) {
    for (const problem of validateCondition(rule.condition, field, 'condition')) issues.push(problem);
  }
  if (rule.actions.length === 0) issues.push(issue('RULE_NO_ACTIONS', { rule: rule.name.zh }, { path: 'actions' }));
  const roles = options.roles ? new Set(options.roles) : undefined;
  const checkValues = (values: Readonly<Record<string, FieldValue>>, path: string, targets: boolean) => {
    for (const [k, v] of Object.entries(values)) {
      if (targets && !field(k)) issues.push(issue('RULE_UNKNOWN_FIELD', { field: k }, { path: `${path}.${k}` }));
      if (v !== null && typeof v === 'object') {
        const parsed = parseExpression(v.expr);
        if (!parsed.ok) issues.push({ ...parsed.issue, path: `${path}.${k}` });
      }
    }
  };
  rule.actions.forEach((a, i) => {
    const path = `actions.${i}`;
    switch (a.kind) {
      case 'setFields': checkValues(a.values, `${path}.values`, true); break;
      case 'startFlow': checkValues(a.data ?? {}, `${path}.data`, false); break;
      case 'notify':
      case 'createTask': {
        const to = a.kind === 'notify' ? a.to : a.assignees;
        if (to.length === 0 && (a.kind === 'createTask' || (a.robots ?? []).length === 0)) issues.push(issue('RULE_NO_RECIPIENT', {}, { path }));
        to.forEach((r, j) => {
          if (r.kind === 'role' && roles && !roles.has(r.role)) issues.push(issue('RULE_UNKNOWN_ROLE', { role: r.role }, { path: `${path}.${a.kind === 'notify' ? 'to' : 'assignees'}.${j}` }));
        });
        if (a.kind === 'createTask' && a.due && !isValidDuration(a.due)) issues.push(issue('CAL_BAD_DURATION', { amount: a.due.amount, unit: a.due.unit }, { path: `${path}.due` }));
        break;
      }
      case 'alert': break;
      default: {
        const never: never = a;
        throw new Error(`unhandled rule action ${JSON.stringify(never)}`);
      }
    }
  });
  if (rule.risk) {
    const levels = rule.risk.library.levels.map((l) => l.key);
    if (rule.risk.minLevel !== undefined && !levels.includes(rule.risk.minLevel)) {
      issues.push(issue('RULE_UNKNOWN_LEVEL', { level: rule.risk.minLevel, levels: levels.join(', ') }, { path: 'risk.minLevel' }));
    }
  }
  return issues;
}

const TRIGGERS = new Set(['recordCreated', 'recordChanged', 'schedule', 'manual']);
const ACTIONS = new Set(['setFields', 'startFlow', 'createTask', 'notify', 'alert']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function malformed(path: string, zh: string, en: string): Issue {
  return issue('RULE_MALFORMED', { path, detail: zh, detailEn: en }, { path });
}

/** Returns the structural problems of an untrusted rule value (wrong types, unknown kinds); [] when its shape is sound. Pure. */
function shapeIssues(rule: unknown): Issue[] {
  if (!isObject(rule)) return [malformed('', '规则应为对象', 'a rule must be an object')];
  const out: Issue[] = [];
  if (typeof rule.key !== 'string' || rule.key === '') out.push(malformed('key', '应为非空文本', 'must be a non-empty string'));
  if (!isObject(rule.name) || typeof rule.name.zh !== 'string' || typeof rule.name.en !== 'string') out.push(malformed('name', '应包含中文和英文名称', 'must have zh and en names'));
  const t = rule.trigger;
  if (!isObject(t) || typeof t.kind !== 'string' || !TRIGGERS.has(t.kind)) {
    out.push(malformed('trigger.kind', '触发方式应为 recordCreated、recordChanged、schedule 或 manual', 'must be recordCreated, recordChanged, schedule or manual'));
  } else {
    if (t.kind === 'schedule' && typeof t.cron !== 'string') out.push(malformed('trigger.cron', '应为定时表达式文本', 'must be a cron string'));
    if (t.kind === 'recordChanged' && t.fields !== undefined && (!Array.isArray(t.fields) || t.fields.some((f) => typeof f !== 'string'))) out.push(malformed('trigger.fields', '应为字段名列表', 'must be a list of field names'));
  }
  if (rule.condition !== undefined && !isObject(rule.condition)) out.push(malformed('condition', '应为条件对象', 'must be a condition object'));
  if (!Array.isArray(rule.actions)) {
    out.push(malformed('actions', '应为动作列表', 'must be a list of actions'));
    return out;
  }
  rule.actions.forEach((a: unknown, i: number) => {
    const path = `actions.${i}`;
    if (!isObject(a) || typeof a.kind !== 'string' || !ACTIONS.has(a.kind)) {
      out.push(malformed(`${path}.kind`, '动作类型应为 setFields、startFlow、createTask、notify 或 alert', 'must be setFields, startFlow, createTask, notify or alert'));
      return;
    }
    const record = (key: string, optional: boolean) => {
      if ((optional && a[key] === undefined) || isObject(a[key])) return;
      out.push(malformed(`${path}.${key}`, '应为“字段: 值”对象', 'must be a field: value object'));
    };
    const list = (key: string, optional: boolean) => {
      const v = a[key];
      if (optional && v === undefined) return;
      if (!Array.isArray(v)) { out.push(malformed(`${path}.${key}`, '应为列表', 'must be a list')); return; }
      v.forEach((item: unknown, j: number) => {
        if (key !== 'robots' && !isObject(item)) out.push(malformed(`${path}.${key}.${j}`, '应为接收人对象', 'must be a recipient object'));
      });
    };
    switch (a.kind) {
      case 'setFields': record('values', false); break;
      case 'startFlow': record('data', true); if (typeof a.flowKey !== 'string') out.push(malformed(`${path}.flowKey`, '应为流程标识', 'must be a flow key')); break;
      case 'createTask': list('assignees', false); if (a.due !== undefined && !isObject(a.due)) out.push(malformed(`${path}.due`, '应为时长对象', 'must be a duration object')); break;
      case 'notify': list('to', false); list('robots', true); break;
      default: break;
    }
  });
  if (rule.risk !== undefined && (!isObject(rule.risk) || !isObject(rule.risk.library) || !Array.isArray(rule.risk.library.levels))) {
    out.push(malformed('risk.library', '应为包含级别列表的风险库', 'must be a risk library with levels'));
  }
  return out;
}
