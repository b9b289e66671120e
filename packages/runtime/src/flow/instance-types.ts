import type { BusinessCalendar } from '../calendar/types.js';
import type { EpochMs, IdSource } from '../common/time.js';
import type { Message } from '../i18n/types.js';
import type { SensitivityKind } from '../form/types.js';
import type { EscalationAction, TaskMode, TaskType } from './types.js';

/**
 * Who is who in the project, supplied by the server (pure data): role → user ids, the
 * project's regional director, and optionally the set of active users (unknown or inactive
 * named users are then skipped).
 */
export interface Directory {
  readonly roles: Readonly<Record<string, readonly string[]>>;
  readonly regionalDirector?: string | null;
  readonly activeUsers?: readonly string[];
}

/** The acting person; absent for system commands (`tick`, `actionResult`, `childEnded`). */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
}

/** Everything `decide` may know besides the definition, the state and the command. */
export interface DecideContext {
  readonly now: EpochMs;
  readonly calendar: BusinessCalendar;
  readonly ids: IdSource;
  /** The record's current data (the server loads it); patches are applied on a copy. */
  readonly record: Readonly<Record<string, unknown>>;
  readonly actor?: Actor;
  readonly directory?: Directory;
  /** A user's display name, for refusals that name a person (the id when absent). */
  readonly nameOf?: (userId: string) => string;
}

/**
 * The parent of an instance started by another flow's sub-flow step or `startFlow` action: the
 * parent instance, the id of the effect that started this one (the parent's waiting token
 * carries it) and its node. `awaited`: the parent waits until this instance ends (`childEnded`).
 */
export interface ParentLink {
  readonly instanceId: string;
  readonly effectId: string;
  readonly nodeId?: string;
  readonly awaited: boolean;
}

/** How a child instance ended, as its parent learns it (every status but `running`). */
export type ChildEndStatus = Exclude<InstanceStatus, 'running'>;

/** What a parent remembers of an ended child, per sub-flow node: `subflows.<nodeId>.outcome` in conditions. */
export interface SubflowResult {
  readonly instanceId: string;
  readonly status: ChildEndStatus;
  readonly outcome?: string;
}

/** A command to an instance. Task commands name the `taskId`; `tick` fires everything due at `ctx.now`. */
export type FlowCommand =
  | { readonly type: 'start'; readonly parent?: ParentLink }
  | { readonly type: 'submit'; readonly taskId: string; readonly data?: Readonly<Record<string, unknown>>; readonly comment?: string }
  | { readonly type: 'approve'; readonly taskId: string; readonly data?: Readonly<Record<string, unknown>>; readonly comment?: string }
  | { readonly type: 'reject'; readonly taskId: string; readonly comment?: string }
  /** 退回: to the previous task, or to `target` (an earlier task node id) when the node allows `any`. */
  | { readonly type: 'return'; readonly taskId: string; readonly target?: string; readonly comment?: string }
  /** 转交; `reason`: a reason the system gives in both languages (工作交接), shown when there is no comment. */
  | { readonly type: 'transfer'; readonly taskId: string; readonly to: string; readonly comment?: string; readonly reason?: Message }
  | { readonly type: 'addSigner'; readonly taskId: string; readonly users: readonly string[]; readonly position: 'before' | 'after'; readonly comment?: string }
  | { readonly type: 'cc'; readonly taskId?: string; readonly users: readonly string[]; readonly comment?: string }
  | { readonly type: 'comment'; readonly taskId?: string; readonly text: string }
  | { readonly type: 'withdraw'; readonly reason?: string }
  | { readonly type: 'urge'; readonly taskId?: string; readonly comment?: string }
  | { readonly type: 'cancel'; readonly reason?: string }
  /** 延期: a supervisor moves an open step's due time to `until` (its SLA timers follow), giving a `reason`. */
  | { readonly type: 'extendDue'; readonly taskId: string; readonly until: EpochMs; readonly reason: string }
  /** 改派: a supervisor replaces one pending person `from` on an open step by `to` (whatever the step's transfer permission); `reason` as for transfer. */
  | { readonly type: 'reassign'; readonly taskId: string; readonly from: string; readonly to: string; readonly comment?: string; readonly reason?: Message }
  | { readonly type: 'tick' }
  /** Continuation of an `http` action step or a waiting sub-flow: the server reports the result of `effectId`. */
  | { readonly type: 'actionResult'; readonly effectId: string; readonly ok: boolean; readonly response?: unknown; readonly error?: string }
  /**
   * A child started by the `startFlow` effect `effectId` ended: the waiting sub-flow step records
   * the result, copies its `resultMapping` from the child's record `data` (when completed) and
   * moves on. A duplicate, or one reaching a finished instance, changes nothing.
   */
  | {
      readonly type: 'childEnded'; readonly effectId: string; readonly childInstanceId: string; readonly status: ChildEndStatus;
      readonly outcome?: string; readonly data?: Readonly<Record<string, unknown>>;
    }
  /**
   * The parent waiting for this instance (`parent.awaited`) ended first: the instance is cancelled
   * with `reason` (timeline and notice to whoever still had a task). A system command (no actor);
   * on a finished instance it changes nothing.
   */
  | { readonly type: 'parentEnded'; readonly parentInstanceId: string; readonly reason: Message };

export type FlowCommandType = FlowCommand['type'];

/** Where an instance is in its life. */
export const InstanceStatus = {
  running: 'running',
  completed: 'completed',
  rejected: 'rejected',
  cancelled: 'cancelled',
  withdrawn: 'withdrawn',
  failed: 'failed',
} as const;
export type InstanceStatus = (typeof InstanceStatus)[keyof typeof InstanceStatus];

/** A position in the graph. `forks` is the stack of parallel groups the token belongs to. */
export interface Token {
  readonly id: string;
  readonly nodeId: string;
  readonly forks: readonly string[];
  /** Task nodes passed on the way here (for 退回). */
  readonly trail: readonly string[];
  /** Inside a parallel branch: trail entries below this index lie before the split and cannot be returned to. */
  readonly floor?: number;
  /** The enclosing branches' floors, restored at each join (aligned with `forks`). */
  readonly floors?: readonly number[];
  /** Waiting reason at `nodeId`: task, timer, join, effect (http step / sub-flow). */
  readonly wait?: 'task' | 'timer' | 'join' | 'effect';
  /** Next action step to run (action nodes waiting on an effect). */
  readonly step?: number;
  /** Effect id being awaited. */
  readonly effectId?: string;
}

/** An extra signer 加签 placed before or after `of` (an assignee or another extra signer). */
export interface ExtraSigner {
  readonly userId: string;
  readonly position: 'before' | 'after';
  readonly of: string;
}

/** An open task 待办. Closed tasks leave `tasks`; their story stays in `history`. */
export interface TaskState {
  readonly id: string;
  readonly nodeId: string;
  readonly tokenId: string;
  readonly taskType: TaskType;
  readonly mode: TaskMode;
  /** Ordered assignees (order matters for 依次). */
  readonly assignees: readonly string[];
  /** Users who approved / submitted, in order. */
  readonly acted: readonly string[];
  readonly extra: readonly ExtraSigner[];
  readonly createdAt: EpochMs;
  readonly dueAt?: EpochMs;
  /** Escalation steps fired so far (0 = none); `breached` once past `dueAt`. */
  readonly level: number;
  readonly breached: boolean;
}

/** Why a timer exists. Every timer fires at most once and is then removed. */
export type TimerKind = 'reminder' | 'breach' | 'escalation' | 'wait' | 'deadline' | 'deadlineEscalation';

export interface TimerState {
  readonly id: string;
  readonly at: EpochMs;
  readonly kind: TimerKind;
  readonly taskId?: string;
  readonly tokenId?: string;
  /** Escalation step index, or reminder fraction index. */
  readonly index?: number;
}

/** One line of the instance timeline; also returned by `decide` as its `events`. */
export interface FlowEvent {
  readonly seq: number;
  readonly at: EpochMs;
  readonly type:
    | 'started' | 'nodeEntered' | 'taskCreated' | 'taskActed' | 'taskCompleted' | 'taskRejected' | 'taskReturned'
    | 'taskTransferred' | 'signerAdded' | 'cc' | 'comment' | 'urged' | 'reminder' | 'breached' | 'escalated'
    | 'timerFired' | 'deadlineReached' | 'effectRequested' | 'effectResult' | 'withdrawn' | 'cancelled'
    | 'completed' | 'rejected' | 'failed' | 'childEnded' | 'dueExtended' | 'taskReassigned' | 'migrated';
  readonly by?: string;
  readonly nodeId?: string;
  readonly taskId?: string;
  readonly timerId?: string;
  /** When a timer-fired event was due (it is processed at `at`, which is later after downtime). */
  readonly scheduledAt?: EpochMs;
  /** Affected users (assignees added, transfer target, cc list …). */
  readonly users?: readonly string[];
  readonly action?: string;
  readonly comment?: string;
  /** A system-given reason in both languages (e.g. the parent flow that cancelled this one). */
  readonly reason?: Message;
  readonly outcome?: string;
  readonly level?: number;
  /**
   * `dueExtended`: the step's due time before and after (the reason is the `comment`); `taskReassigned`: the person replaced and
   * the one who took their place; `migrated`: the flow versions the case moved from and to.
   */
  readonly from?: EpochMs | string;
  readonly to?: EpochMs | string;
  /** The other side of a sub-flow link: the parent on `started` and on a `cancelled` caused by it (`action: 'parentEnded'`), the child on `childEnded`. */
  readonly linkedInstanceId?: string;
}

/** Plain-JSON state of one instance, persisted by the server as is (aim: < 4 KB). */
export interface InstanceState {
  readonly flowKey: string;
  readonly flowVersion: number;
  readonly status: InstanceStatus;
  readonly outcome?: string;
  readonly initiator: string;
  readonly startedAt: EpochMs;
  readonly endedAt?: EpochMs;
  readonly deadlineAt?: EpochMs;
  readonly deadlineLevel?: number;
  readonly tokens: readonly Token[];
  readonly tasks: readonly TaskState[];
  readonly timers: readonly TimerState[];
  /** True once anyone acted on a task (withdraw 撤回 is then no longer possible). */
  readonly touched: boolean;
  /** Users this instance was copied to 抄送. */
  readonly cc: readonly string[];
  readonly history: readonly FlowEvent[];
  /** Set when another flow started this instance. */
  readonly parent?: ParentLink;
  /** Ended children by sub-flow node id. */
  readonly subflows?: Readonly<Record<string, SubflowResult>>;
}

/** Who receives a notification. */
export interface Recipients {
  readonly users: readonly string[];
  readonly robots?: readonly string[];
}

/**
 * A notification text still to fill: the template (`{field}` placeholders) and the values its
 * placeholders read when it was decided (top-level keys, one level into plain objects).
 */
export interface Notice {
  readonly title: Message;
  readonly body?: Message;
  readonly values: Readonly<Record<string, unknown>>;
  /** For a notice about no record (e.g. a CRM message): which values are personal data, by kind, to mask for readers without the right. */
  readonly personal?: Readonly<Record<string, SensitivityKind>>;
}

/** Why a notification is sent (the server picks channel and wording from this and `message`). */
export type NotifyReason =
  | 'assigned' | 'reminder' | 'breached' | 'escalated' | 'urged' | 'cc' | 'returned' | 'deadline' | 'action' | 'finished' | 'extended' | 'reassigned';

/**
 * Side effects for the server to carry out after committing the new state; `id` is the
 * idempotency key (unique per instance via `ctx.ids`).
 */
export type FlowEffect =
  | {
      readonly id: string; readonly kind: 'notify'; readonly reason: NotifyReason; readonly to: Recipients; readonly message: Message; readonly taskId?: string;
      /** A notify step's text still to fill, so the server can fill it per recipient (clear or masked); `message` is it filled in clear. */
      readonly notice?: Notice;
    }
  | { readonly id: string; readonly kind: 'recordPatch'; readonly data: Readonly<Record<string, unknown>> }
  | { readonly id: string; readonly kind: 'generateDocuments'; readonly packageKey: string }
  | {
      readonly id: string; readonly kind: 'http'; readonly method: string; readonly url: string;
      readonly headers: Readonly<Record<string, string>>; readonly body?: Readonly<Record<string, unknown>>;
      /** True: the server must send `actionResult` with this effect id when done. */
      readonly awaitResult: true;
    }
  | {
      readonly id: string; readonly kind: 'startFlow'; readonly flowKey: string; readonly data: Readonly<Record<string, unknown>>;
      /** True: the server starts the child with a `ParentLink` and sends `childEnded` when it ends. */
      readonly awaitResult: boolean; readonly nodeId?: string;
    }
  | {
      /**
       * The instance ended while waiting for the child started by the `startFlow` effect `effectId`:
       * the server sends that child `parentEnded` with `reason` if it is still running.
       */
      readonly id: string; readonly kind: 'cancelFlow'; readonly effectId: string; readonly nodeId: string; readonly reason: Message;
    }
  | { readonly id: string; readonly kind: 'alert'; readonly level: 'info' | 'warning' | 'critical'; readonly message: Message; readonly nodeId?: string };

export type FlowEffectKind = FlowEffect['kind'];

/** Result of `decide`. */
export interface Decision {
  readonly state: InstanceState;
  readonly events: readonly FlowEvent[];
  readonly effects: readonly FlowEffect[];
}

/** An open task as the server indexes it (inbox, SLA countdown, escalation queries). */
export interface OpenTask {
  readonly id: string;
  readonly nodeId: string;
  readonly taskType: TaskType;
  readonly mode: TaskMode;
  /** Users who can act now (pending 待处理), in order. */
  readonly pending: readonly string[];
  readonly assignees: readonly string[];
  readonly createdAt: EpochMs;
  readonly dueAt?: EpochMs;
  readonly level: number;
  readonly breached: boolean;
}

export type { EscalationAction };
