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
