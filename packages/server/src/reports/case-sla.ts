import type { EscalationStep, FlowDefinition, Message } from '@siteflow/runtime';
import { stepReportTexts } from './messages.js';

/** Audit event types the engine writes when an SLA runs out or its ladder climbs. */
export const SLA_EVENT_TYPES = ['flow.breached', 'flow.deadlineReached', 'flow.escalated'] as const;

/** One SLA audit event of a flow instance that belongs to a case (a row of the events table). */
export interface SlaEvent {
  readonly type: (typeof SLA_EVENT_TYPES)[number];
  readonly instanceId: string;
  readonly taskId: string | null;
  /** The task's node; null for the flow's whole-case deadline. */
  readonly nodeId: string | null;
  /** The escalation rung (1-based) of `flow.escalated`. */
  readonly level: number | null;
  readonly flowKey: string;
  /** The published flow version the instance runs on; undefined when it cannot be loaded. */
  readonly flow: FlowDefinition | undefined;
}

/** Where a breach happened: a task node of a flow, or its whole-case deadline (`nodeId` null). */
export interface ReportStep {
  readonly flowKey: string;
  readonly flowName: Message;
  readonly nodeId: string | null;
  readonly name: Message;
}

/** How often one step of one case ran late. */
export interface StepBreach extends ReportStep {
  readonly count: number;
}

/** A step over the report month: how often it ran late and in how many cases. */
export interface StepBreachCount extends ReportStep {
  readonly breaches: number;
  readonly cases: number;
}

/** The SLA figures of one case over all its instances. */
export interface CaseSla {
  /** Task SLAs and whole-case deadlines that ran out. */
  readonly slaBreaches: number;
  /** Tasks (and whole-case deadlines) escalated to the 区域总监, each counted once however many rungs reached them. */
  readonly escalations: number;
  readonly stepBreaches: readonly StepBreach[];
}

function rungOf(event: SlaEvent): EscalationStep | undefined {
  if (!event.flow || event.level === null) return undefined;
  if (event.nodeId === null) return event.flow.deadline?.escalation[event.level - 1];
  const node = event.flow.nodes.find((n) => n.id === event.nodeId);
  return node?.kind === 'task' ? node.sla?.escalation?.[event.level - 1] : undefined;
}

function reachesDirector(step: EscalationStep | undefined): boolean {
  return step?.to.some((to) => to.kind === 'regionalDirector' || (to.kind === 'role' && to.role === 'regionalDirector')) ?? false;
}

/** Returns true when one of the first `level` escalation rungs of a task node goes to the 区域总监, as the report counts escalations. Pure. */
export function taskEscalatedToDirector(flow: FlowDefinition | undefined, nodeId: string, level: number): boolean {
  const node = flow?.nodes.find((n) => n.id === nodeId);
  return node?.kind === 'task' && (node.sla?.escalation ?? []).slice(0, level).some(reachesDirector);
}

function stepOf(event: SlaEvent): ReportStep {
  const flowName = event.flow?.name ?? { zh: event.flowKey, en: event.flowKey };
  if (event.nodeId === null) return { flowKey: event.flowKey, flowName, nodeId: null, name: stepReportTexts.caseDeadline };
  const node = event.flow?.nodes.find((n) => n.id === event.nodeId);
  return { flowKey: event.flowKey, flowName, nodeId: event.nodeId, name: node?.name ?? { zh: event.nodeId, en: event.nodeId } };
}

const stepKey = (step: { flowKey: string; nodeId: string | null }) => `${step.flowKey}\u0000${step.nodeId ?? ''}`;

/**
 * Returns the SLA figures of one case from the audit events of every instance that belongs to it
 * (pure): each `flow.breached` (a task past its due time) and `flow.deadlineReached` (the case past
 * its whole-case deadline, e.g. 72 hours) is a breach of its step; an escalation counts when the
 * rung that fired goes to the 区域总监 (`regionalDirector`), once per task or deadline. Rungs that
 * only notify the site manager are part of the breach, not an escalation.
 */
export function caseSla(events: readonly SlaEvent[]): CaseSla {
  const steps = new Map<string, StepBreach>();
  const escalated = new Set<string>();
  let slaBreaches = 0;
  for (const event of events) {
    if (event.type === 'flow.escalated') {
      if (reachesDirector(rungOf(event))) escalated.add(`${event.instanceId}\u0000${event.taskId ?? 'deadline'}`);
      continue;
    }
    slaBreaches += 1;
    const step = stepOf(event);
    const key = stepKey(step);
    steps.set(key, { ...step, count: (steps.get(key)?.count ?? 0) + 1 });
  }
  return { slaBreaches, escalations: escalated.size, stepBreaches: [...steps.values()] };
}

/**
 * Returns the steps that ran late over `cases`, most breaches first (then most cases, then flow
 * and node key by code point, so the order is the same on every machine). Pure.
 */
export function countStepBreaches(cases: readonly { readonly stepBreaches?: readonly StepBreach[] }[]): StepBreachCount[] {
  const totals = new Map<string, StepBreachCount>();
  for (const row of cases) {
    for (const { count, ...step } of row.stepBreaches ?? []) {
      if (count <= 0) continue;
      const key = stepKey(step);
      const seen = totals.get(key);
      totals.set(key, { ...step, breaches: (seen?.breaches ?? 0) + count, cases: (seen?.cases ?? 0) + 1 });
    }
  }
  return [...totals.values()].sort((a, b) => b.breaches - a.breaches || b.cases - a.cases
    || (stepKey(a) < stepKey(b) ? -1 : stepKey(a) > stepKey(b) ? 1 : 0));
}
