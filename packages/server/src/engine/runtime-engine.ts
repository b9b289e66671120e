import { decide, nextWakeAt, openTasks, type DecideContext, type Decision, type EpochMs, type FlowCommand, type FlowDefinition, type InstanceState, type OpenTask } from '@siteflow/runtime';

/** Runs the runtime's pure `decide`. */
export function decideFlow(flow: FlowDefinition, state: InstanceState | null, command: FlowCommand, ctx: DecideContext): Decision {
  return decide(flow, state, command, ctx);
}

/** The runtime's `openTasks(state)`. Pure. */
export function openTasksOf(state: InstanceState): OpenTask[] {
  return openTasks(state);
}

/** The runtime's `nextWakeAt(state)`. Pure. */
export function wakeAt(state: InstanceState): EpochMs | null {
  return nextWakeAt(state);
}
