import { evaluateSource } from '../../expr/index.js';
import type { AssigneeRule } from '../types.js';
import type { Work } from './work.js';

/**
 * Returns the scope expressions are evaluated in: the record's fields plus `record`, `initiator`,
 * `now`, `subflows` (ended children by sub-flow node id: `subflows.payout.outcome`) and
 * `roleMembers` (role → user ids, e.g. `isEmpty(consultant) ? roleMembers.consultant : consultant`). Pure.
 */
export function expressionScope(work: Work): Record<string, unknown> {
  return {
    ...work.record, record: work.record, initiator: work.state.initiator, now: work.ctx.now, subflows: work.state.subflows ?? {},
    roleMembers: work.ctx.directory?.roles ?? {},
  };
}

/**
 * Returns the user ids an assignee rule list resolves to, in order and without duplicates,
 * through `ctx.directory` (role members, regional director), the record and the initiator.
 * Inactive users (when the directory lists active users) are skipped. Pure.
 */
export function resolveAssignees(work: Work, rules: readonly AssigneeRule[]): string[] {
  const dir = work.ctx.directory;
  const active = dir?.activeUsers ? new Set(dir.activeUsers) : undefined;
  const out: string[] = [];
  const add = (u: unknown) => {
    if (typeof u !== 'string' || u === '' || out.includes(u)) return;
    if (active && !active.has(u)) return;
    out.push(u);
  };
  for (const rule of rules) {
    switch (rule.kind) {
      case 'role': (dir?.roles[rule.role] ?? []).forEach(add); break;
      case 'users': rule.userIds.forEach(add); break;
      case 'initiator': add(work.state.initiator); break;
      case 'regionalDirector': add(dir?.regionalDirector ?? undefined); break;
      case 'expression': {
        const value = evaluateSource(rule.expr, expressionScope(work), { now: work.ctx.now, calendar: work.ctx.calendar });
        if (Array.isArray(value)) value.forEach(add);
        else add(value);
        break;
      }
      default: {
        const never: never = rule;
        throw new Error(`unhandled assignee rule ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}
