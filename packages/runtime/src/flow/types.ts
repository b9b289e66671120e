import type { Duration } from '../calendar/types.js';
import type { Condition } from '../expr/types.js';
import type { Message } from '../i18n/types.js';

/** Kinds of flow nodes. Adding one is a compile error until the engine and validator handle it. */
export const NodeKind = {
  start: 'start',
  task: 'task',
  condition: 'condition',
  parallelSplit: 'parallelSplit',
  parallelJoin: 'parallelJoin',
  action: 'action',
  timer: 'timer',
  subflow: 'subflow',
  end: 'end',
} as const;
export type NodeKind = (typeof NodeKind)[keyof typeof NodeKind];

/**
 * Who a task (or a notification, or an escalation) goes to. Resolved against the project's
 * `Directory` when the task opens:
 * - `role`: every member of the project with that role (e.g. `salesSupervisor`);
 * - `users`: named user ids;
 * - `expression`: an expression over the record giving a user id or a list of them
 *   (e.g. `consultant` or `record.consultant`);
 * - `initiator`: the user who started the instance;
 * - `regionalDirector`: the regional director 区域总监 of the project.
 */
export type AssigneeRule =
  | { readonly kind: 'role'; readonly role: string }
  | { readonly kind: 'users'; readonly userIds: readonly string[] }
  | { readonly kind: 'expression'; readonly expr: string }
  | { readonly kind: 'initiator' }
  | { readonly kind: 'regionalDirector' };

/** How several assignees share a task: 或签 any one, 会签 all, 依次 one after another. */
export const TaskMode = { any: 'any', all: 'all', sequential: 'sequential' } as const;
export type TaskMode = (typeof TaskMode)[keyof typeof TaskMode];

/** What a task asks for: filling in fields 填写 or a decision 审批. */
export const TaskType = { fill: 'fill', approve: 'approve' } as const;
export type TaskType = (typeof TaskType)[keyof typeof TaskType];

/** What a person may do on a task (per node). */
export const TaskAction = {
  submit: 'submit',
  approve: 'approve',
  reject: 'reject',
  return: 'return',
  transfer: 'transfer',
  addSigner: 'addSigner',
  cc: 'cc',
  comment: 'comment',
} as const;
export type TaskAction = (typeof TaskAction)[keyof typeof TaskAction];

/** Permission of one form field at one task: hidden 隐藏, read 只读, edit 可编辑, required 必填. */
export const FieldAccess = { hidden: 'hidden', read: 'read', edit: 'edit', required: 'required' } as const;
export type FieldAccess = (typeof FieldAccess)[keyof typeof FieldAccess];

/** What one escalation step does: notify people, add them to the task, or hand the task over. */
export const EscalationAction = { notify: 'notify', addAssignees: 'addAssignees', reassign: 'reassign' } as const;
export type EscalationAction = (typeof EscalationAction)[keyof typeof EscalationAction];

/**
 * One rung of an escalation ladder: `after` the breach (0 = at the breach), do `action` for
 * `to`. E.g. breach → notify salesSupervisor; +4 h → add siteManager; +24 h → reassign to the
 * regional director.
 */
export interface EscalationStep {
  readonly after: Duration;
  readonly action: EscalationAction;
  readonly to: readonly AssigneeRule[];
}

/**
 * A task's service level: due `duration` after the task opens (business calendar), reminders to
 * the assignees when the given fractions of the working time have passed (e.g. [0.5, 0.8]),
 * and an escalation ladder counted from the breach.
 */
export interface SlaPolicy {
  readonly duration: Duration;
  readonly reminders?: readonly number[];
  readonly escalation?: readonly EscalationStep[];
}

interface NodeBase {
  readonly id: string;
  readonly name: Message;
  /** Canvas position for the designer; ignored by the engine. */
  readonly position?: { readonly x: number; readonly y: number };
  readonly description?: Message;
}

/** Where an instance begins; exactly one per flow. */
export interface StartNode extends NodeBase {
  readonly kind: 'start';
  /**
   * Field permissions on the start form 发起表单, declared like a task's: list the intake fields as
   * `edit`/`required` and later steps' fields as `hidden`. Without it the whole form is editable.
   */
  readonly fields?: Readonly<Record<string, FieldAccess>>;
}

/** A step that waits for people: fill in fields or approve. */
export interface TaskNode extends NodeBase {
  readonly kind: 'task';
  readonly taskType: TaskType;
  readonly assignees: readonly AssigneeRule[];
  readonly mode: TaskMode;
  /** Field permissions at this step by field path; fields not listed are read-only. */
  readonly fields?: Readonly<Record<string, FieldAccess>>;
  /** Allowed actions; `comment` is always allowed to participants. */
  readonly actions: readonly TaskAction[];
  /** Where 退回 may go: the previous task only, or any earlier task on the path. Default `previous`. */
  readonly returnTo?: 'previous' | 'any';
  readonly sla?: SlaPolicy;
}

/**
 * An exclusive branch 条件分支: outgoing edges carry `condition` and `order`; the first whose
 * condition holds over the record wins, else the edge marked `default`.
 */
export interface ConditionNode extends NodeBase {
  readonly kind: 'condition';
}

/** Starts every outgoing edge at once 并行分支. */
export interface ParallelSplitNode extends NodeBase {
  readonly kind: 'parallelSplit';
}

/** Waits until every live branch of the matching split has arrived 并行汇聚. */
export interface ParallelJoinNode extends NodeBase {
  readonly kind: 'parallelJoin';
}

/** A value for `setFields`: a literal, or `{ expr }` evaluated over the record. */
export type FieldValue = string | number | boolean | null | { readonly expr: string };

/** A message template for notifications; `{field}` placeholders are filled from the record. */
export interface NotifyTemplate {
  readonly title: Message;
  readonly body?: Message;
}

/** One step of an automatic action node. Effects run in order; an `http` step waits for its result. */
export type ActionStep =
  | { readonly kind: 'setFields'; readonly values: Readonly<Record<string, FieldValue>> }
  | {
      readonly kind: 'notify';
      readonly to: readonly AssigneeRule[];
      /** Group robot 群机器人 ids (WeCom / DingTalk / Feishu webhooks configured by the server). */
      readonly robots?: readonly string[];
      readonly template: NotifyTemplate;
    }
  | { readonly kind: 'generateDocuments'; readonly packageKey: string }
  | {
      readonly kind: 'http';
      readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
      readonly url: string;
      readonly headers?: Readonly<Record<string, string>>;
      /** Request body: field → value (literal or `{ expr }`). */
      readonly body?: Readonly<Record<string, FieldValue>>;
      /** Record field → dotted path in the JSON response (`data.approved`). */
      readonly responseMapping?: Readonly<Record<string, string>>;
      /** On failure: stop the instance's branch with an alert (`fail`, default) or go on (`continue`). */
      readonly onError?: 'fail' | 'continue';
    }
  | { readonly kind: 'startFlow'; readonly flowKey: string; readonly data?: Readonly<Record<string, FieldValue>> };

/** An automatic step 自动动作 that emits effects and moves on. */
export interface ActionNode extends NodeBase {
  readonly kind: 'action';
  readonly steps: readonly ActionStep[];
}

/** Wait a duration, or until a date field of the record (plus an optional offset) 定时等待. */
export interface TimerNode extends NodeBase {
  readonly kind: 'timer';
  readonly wait:
    | { readonly duration: Duration }
    | { readonly untilField: string; readonly offset?: Duration };
}

/** Starts another flow 子流程; with `wait`, continues when the child reports completion. */
export interface SubflowNode extends NodeBase {
  readonly kind: 'subflow';
  readonly flowKey: string;
  readonly wait: boolean;
  readonly data?: Readonly<Record<string, FieldValue>>;
  /** Parent record field → child result field, copied when the child completes. */
  readonly resultMapping?: Readonly<Record<string, string>>;
}

/** Ends the whole instance with an outcome 结果, e.g. `{ key: 'retained', label: 挽回成功 }`. */
export interface EndNode extends NodeBase {
  readonly kind: 'end';
  readonly outcome?: { readonly key: string; readonly label: Message };
}

export type FlowNode =
  | StartNode | TaskNode | ConditionNode | ParallelSplitNode | ParallelJoinNode
  | ActionNode | TimerNode | SubflowNode | EndNode;

/**
 * A directed connection. From a condition node: `condition` + `order` (ascending, then array
 * order) or `default: true`. From a task: `on: 'rejected'` marks where a rejection goes (without
 * one, a rejection ends the instance as rejected); other edges are taken on submit/approve.
 */
export interface FlowEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label?: Message;
  readonly condition?: Condition;
  readonly order?: number;
  readonly default?: boolean;
  readonly on?: 'rejected';
}

/** A whole-case deadline, e.g. 72 h or 3 working days from start, with its own ladder. */
export interface FlowDeadline {
  readonly duration: Duration;
  readonly escalation: readonly EscalationStep[];
}

/**
 * A flow 工单流 over one form's records. Published versions are immutable; an instance records
 * the `version` it started on.
 */
export interface FlowDefinition {
  readonly key: string;
  readonly name: Message;
  readonly formKey: string;
  readonly version?: number;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly deadline?: FlowDeadline;
  /** Roles that may cancel, urge or transfer any task of an instance (default `['admin']`). */
  readonly supervisorRoles?: readonly string[];
  /**
   * Roles that may start the flow by hand 发起 (and see it on the start page); absent or empty:
   * every member of the project. Rules and parent flows start it whatever this says.
   */
  readonly starterRoles?: readonly string[];
}
