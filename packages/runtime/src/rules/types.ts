import type { Duration } from '../calendar/types.js';
import type { EpochMs } from '../common/time.js';
import type { Condition } from '../expr/types.js';
import type { Notice } from '../flow/instance-types.js';
import type { AssigneeRule, FieldValue, NotifyTemplate } from '../flow/types.js';
import type { Message } from '../i18n/types.js';

/**
 * When a rule is considered: a record was created; a record changed (optionally only when one
 * of `fields` changed); on a schedule (5- or 6-field cron in the calendar's local time,
 * optionally on working days only); or when someone runs it by hand.
 */
export type RuleTrigger =
  | { readonly kind: 'recordCreated' }
  | { readonly kind: 'recordChanged'; readonly fields?: readonly string[] }
  | { readonly kind: 'schedule'; readonly cron: string; readonly workingDaysOnly?: boolean }
  | { readonly kind: 'manual' };

/** Alert levels, most severe first: 一级预警 is `level1`. */
export const AlertLevel = { level1: 'level1', level2: 'level2', level3: 'level3' } as const;
export type AlertLevel = (typeof AlertLevel)[keyof typeof AlertLevel];

/** What a rule does when it fires. The server carries these out (start an instance, store an alert …). */
export type RuleAction =
  | { readonly kind: 'startFlow'; readonly flowKey: string; readonly data?: Readonly<Record<string, FieldValue>> }
  | { readonly kind: 'createTask'; readonly title: Message; readonly assignees: readonly AssigneeRule[]; readonly due?: Duration }
  | { readonly kind: 'notify'; readonly to: readonly AssigneeRule[]; readonly robots?: readonly string[]; readonly template: NotifyTemplate }
  | { readonly kind: 'setFields'; readonly values: Readonly<Record<string, FieldValue>> }
  | { readonly kind: 'alert'; readonly level: AlertLevel; readonly message: NotifyTemplate };

/**
 * A rule 规则: trigger + condition over the record (and `signals`, `risk`, `changed`) + actions.
 * With `risk`, the library is scored first and the rule fires only at `minLevel` or above.
 */
export interface Rule {
  readonly key: string;
  readonly name: Message;
  readonly formKey?: string;
  readonly enabled?: boolean;
  readonly trigger: RuleTrigger;
  readonly condition?: Condition;
  readonly risk?: { readonly library: RiskLibrary; readonly minLevel?: string };
  readonly actions: readonly RuleAction[];
}

/** What happened, as the server reports it to `evaluateRule`. */
export type RuleEvent =
  | { readonly kind: 'recordCreated'; readonly record: Readonly<Record<string, unknown>> }
  | { readonly kind: 'recordChanged'; readonly record: Readonly<Record<string, unknown>>; readonly previous: Readonly<Record<string, unknown>> }
  | { readonly kind: 'schedule'; readonly at: EpochMs; readonly record: Readonly<Record<string, unknown>> }
  | { readonly kind: 'manual'; readonly record: Readonly<Record<string, unknown>>; readonly by?: string };

/**
 * One risk signal 风险信号: a weight, and either a condition over the record (evaluated by
 * `evaluateSignals`) or a value computed elsewhere (e.g. `noReplyWorkingDays`, text hits).
 */
export interface RiskSignal {
  readonly key: string;
  readonly label: Message;
  readonly weight: number;
  readonly condition?: Condition;
}

/**
 * A level of a risk library, e.g. 一级预警 when at least 2 signals fire. A level applies when
 * every bound it sets is met (`minIndex` on the weighted index, `minSignals` on the count).
 */
export interface RiskLevel {
  readonly key: string;
  readonly label: Message;
  readonly minIndex?: number;
  readonly minSignals?: number;
}

/** A risk library 风险库: weighted signals → index 退筹风险指数 → levels (most severe first). */
export interface RiskLibrary {
  readonly key: string;
  readonly name: Message;
  readonly signals: readonly RiskSignal[];
  readonly levels: readonly RiskLevel[];
}

/** Result of scoring: the weighted index, the level reached (null = none) and the signals that fired. */
export interface RiskScore {
  readonly index: number;
  readonly level: string | null;
  readonly levelLabel?: Message;
  readonly fired: readonly { readonly key: string; readonly label: Message; readonly weight: number; readonly value: number }[];
}

/** A rule action ready to execute: expressions evaluated, templates filled (`notice`: unfilled, for filling per recipient). */
export type ResolvedRuleAction =
  | { readonly kind: 'startFlow'; readonly flowKey: string; readonly data: Readonly<Record<string, unknown>> }
  | { readonly kind: 'createTask'; readonly title: Message; readonly assignees: readonly AssigneeRule[]; readonly due?: Duration }
  | { readonly kind: 'notify'; readonly to: readonly AssigneeRule[]; readonly robots?: readonly string[]; readonly message: Message; readonly notice: Notice }
  | { readonly kind: 'setFields'; readonly values: Readonly<Record<string, unknown>> }
  | { readonly kind: 'alert'; readonly level: AlertLevel; readonly message: Message; readonly notice: Notice; readonly risk?: RiskScore };

/** One entry of a customer follow-up log 跟进记录. */
export interface FollowUpEntry {
  readonly at: EpochMs;
  /** `outbound`: we contacted the customer; `inbound`: the customer replied. */
  readonly direction: 'outbound' | 'inbound';
  readonly channel?: string;
}
