import type { BusinessCalendar } from '../calendar/types.js';
import type { EpochMs } from '../common/time.js';
import { evaluateCondition, evaluateSource } from '../expr/index.js';
import type { FieldValue } from '../flow/types.js';
import { fillNotice, fillTemplate, noticeOf } from '../flow/engine/values.js';
import type { Message } from '../i18n/types.js';
import { evaluateSignals, scoreRisk } from './risk.js';
import type { ResolvedRuleAction, RiskScore, Rule, RuleEvent } from './types.js';

/** What a rule may know besides the event: time, calendar and signal values computed elsewhere. */
export interface RuleContext {
  readonly now: EpochMs;
  readonly calendar?: BusinessCalendar;
  /** Computed signals by key, e.g. `{ noReplyTwoWorkingDays: true }` or text-sentiment scores. */
  readonly signals?: Readonly<Record<string, boolean | number>>;
}

/** Returns the fields whose values differ between two records (deep, via JSON). Pure. */
export function changedFields(previous: Readonly<Record<string, unknown>>, record: Readonly<Record<string, unknown>>): string[] {
  const keys = new Set([...Object.keys(previous), ...Object.keys(record)]);
  return [...keys].filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(record[k])).sort();
}

/**
 * Returns the actions a rule takes for an event — expressions evaluated and templates filled —
 * or an empty list when it does not fire (disabled, other trigger, no watched field changed,
 * condition false, risk below `minLevel`). The condition sees the record's fields plus
 * `record`, `previous`, `changed`, `signals` and `risk` (`risk.index`, `risk.level`). Pure.
 */
export function evaluateRule(rule: Rule, event: RuleEvent, ctx: RuleContext): ResolvedRuleAction[] {
  if (rule.enabled === false || rule.trigger.kind !== event.kind) return [];
  const previous = event.kind === 'recordChanged' ? event.previous : {};
  const changed = event.kind === 'recordChanged' ? changedFields(event.previous, event.record) : [];
  if (rule.trigger.kind === 'recordChanged') {
    const watched = rule.trigger.fields;
    if (changed.length === 0 || (watched && watched.length > 0 && !watched.some((f) => changed.includes(f) || changed.includes(f.split('.')[0] ?? '')))) return [];
  }
  const env = { now: ctx.now, ...(ctx.calendar ? { calendar: ctx.calendar } : {}) };
  const base = { ...event.record, record: event.record, previous, changed, signals: ctx.signals ?? {} };
  let risk: RiskScore | undefined;
  if (rule.risk) {
    const values = evaluateSignals(rule.risk.library, base, ctx.signals ?? {}, env);
    risk = scoreRisk(rule.risk.library, values);
    if (!reaches(rule.risk.library.levels.map((l) => l.key), risk.level, rule.risk.minLevel)) return [];
  }
  const scope = { ...base, risk: risk ?? null };
  if (rule.condition && !evaluateCondition(rule.condition, scope, env)) return [];
  const values = (v: Readonly<Record<string, FieldValue>>) => Object.fromEntries(Object.entries(v).map(([k, x]) => [
    k, x !== null && typeof x === 'object' ? evaluateSource(x.expr, scope, env) : x,
  ]));
  const fill = (m: Message): Message => ({ zh: fillTemplate(m.zh, scope), en: fillTemplate(m.en || m.zh, scope) });
  return rule.actions.map((a): ResolvedRuleAction => {
    switch (a.kind) {
      case 'startFlow': return { kind: 'startFlow', flowKey: a.flowKey, data: values(a.data ?? {}) };
      case 'createTask': return { kind: 'createTask', title: fill(a.title), assignees: a.assignees, ...(a.due ? { due: a.due } : {}) };
      case 'notify': return { kind: 'notify', to: a.to, ...(a.robots ? { robots: a.robots } : {}), message: fillNotice(a.template, scope), notice: noticeOf(a.template, scope) };
      case 'setFields': return { kind: 'setFields', values: values(a.values) };
      case 'alert': return { kind: 'alert', level: a.level, message: fillNotice(a.message, scope), notice: noticeOf(a.message, scope), ...(risk ? { risk } : {}) };
      default: {
        const never: never = a;
        throw new Error(`unhandled rule action ${JSON.stringify(never)}`);
      }
    }
  });
}

/** Levels are listed most severe first: `level` reaches `min` when it is at or before it. */
function reaches(order: readonly string[], level: string | null, min: string | undefined): boolean {
  if (level === null) return false;
  if (min === undefined) return true;
  const a = order.indexOf(level);
  const b = order.indexOf(min);
  return a >= 0 && b >= 0 && a <= b;
}

