import type { InvalidFlowFixture } from './base.js';
import badExpression from './bad-expression.js';
import badHttpUrl from './bad-http-url.js';
import branchWithoutCondition from './branch-without-condition.js';
import conditionWithoutDefault from './condition-without-default.js';
import danglingEdge from './dangling-edge.js';
import deadEndNode from './dead-end-node.js';
import escalationWithoutTarget from './escalation-without-target.js';
import fractionalWorkingDays from './fractional-working-days.js';
import joinWithoutSplit from './join-without-split.js';
import malformedSchema from './malformed-schema.js';
import noReachableEnd from './no-reachable-end.js';
import noStart from './no-start.js';
import rejectEdgeMisplaced from './reject-edge-misplaced.js';
import severalStarts from './several-starts.js';
import slaWorkingHoursWithoutHours from './sla-working-hours-without-hours.js';
import splitOneBranch from './split-one-branch.js';
import taskWithoutAssignees from './task-without-assignees.js';
import taskWithoutCompletion from './task-without-completion.js';
import unknownField from './unknown-field.js';
import unknownRole from './unknown-role.js';
import unreachableNode from './unreachable-node.js';

/** Every invalid-flow fixture, one per problem validateFlow must catch. */
export const invalidFlowFixtures: readonly InvalidFlowFixture[] = [
  badExpression,
  badHttpUrl,
  branchWithoutCondition,
  conditionWithoutDefault,
  danglingEdge,
  deadEndNode,
  escalationWithoutTarget,
  fractionalWorkingDays,
  joinWithoutSplit,
  malformedSchema,
  noReachableEnd,
  noStart,
  rejectEdgeMisplaced,
  severalStarts,
  slaWorkingHoursWithoutHours,
  splitOneBranch,
  taskWithoutAssignees,
  taskWithoutCompletion,
  unknownField,
  unknownRole,
  unreachableNode,
];
