export type {
  ActionNode, ActionStep, AssigneeRule, ConditionNode, EndNode, EscalationStep, FieldValue, FlowDeadline, FlowDefinition,
  FlowEdge, FlowNode, NotifyTemplate, ParallelJoinNode, ParallelSplitNode, SlaPolicy, StartNode, SubflowNode, TaskNode, TimerNode,
} from './types.js';
export { EscalationAction, FieldAccess, NodeKind, TaskAction, TaskMode, TaskType } from './types.js';
export type {
  Actor, ChildEndStatus, DecideContext, Decision, Directory, ExtraSigner, FlowCommand, FlowCommandType, FlowEffect, FlowEffectKind, FlowEvent,
  InstanceState, Notice, NotifyReason, OpenTask, ParentLink, Recipients, SubflowResult, TaskState, TimerKind, TimerState, Token,
} from './instance-types.js';
export { InstanceStatus } from './instance-types.js';
export { decide } from './decide.js';
export { migrate, migrationProblems } from './migrate.js';
export { nextWakeAt, openTasks } from './queries.js';
export { validateFlow, type ValidateFlowOptions } from './validate-flow.js';
export { flowDefinitionSchema } from './flow-schema.js';
export type { FormLike } from './form-fields.js';
export { pendingUsers } from './engine/task-logic.js';
export { mayStartFlow, supervisorRolesOf } from './engine/guards.js';
export { extensionBase, extensionProblem, MAX_EXTENSION_MS, MAX_EXTENSION_REASON } from './extension-rules.js';
export { fillNotice } from './engine/values.js';
export {
  escalationActionLabels, fieldAccessLabels, instanceStatusLabels, nodeKindLabels, taskActionLabels, taskModeLabels,
} from '../i18n/messages/flow.js';
