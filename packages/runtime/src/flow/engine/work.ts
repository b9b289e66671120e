import { catalogue, type ErrorCode } from '../../i18n/catalogue.js';
import type { Message } from '../../i18n/types.js';
import { flowGraph, type FlowGraph } from '../graph.js';
import type {
  DecideContext, Decision, FlowEffect, FlowEvent, InstanceState, InstanceStatus, TaskState, TimerState, Token,
} from '../instance-types.js';
import type { FlowDefinition, FlowNode } from '../types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Distributive Omit, so each effect variant keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The scratch pad of one `decide` call: a writable copy of the state plus the events and
 * effects produced so far. Nothing outside `decide` ever sees it.
 */
export interface Work {
  readonly flow: FlowDefinition;
  readonly graph: FlowGraph;
  readonly ctx: DecideContext;
  state: Writable<Omit<InstanceState, 'tokens' | 'tasks' | 'timers' | 'history' | 'cc'>>;
  tokens: Token[];
  tasks: TaskState[];
  timers: TimerState[];
  cc: string[];
  history: FlowEvent[];
  /** Tokens moved but not yet at rest. */
  queue: Token[];
  record: Record<string, unknown>;
  readonly events: FlowEvent[];
  readonly effects: FlowEffect[];
  steps: number;
  /** Sub-flow steps still waiting for their child when the instance finished: those children are cancelled. */
  abandoned: Token[];
}

/** Returns a Work for `state` (copied, never mutated). Pure. */
export function beginWork(flow: FlowDefinition, state: InstanceState, ctx: DecideContext): Work {
  const { tokens, tasks, timers, history, cc, ...rest } = state;
  return {
    flow, graph: flowGraph(flow), ctx, state: { ...rest },
    tokens: [...tokens], tasks: [...tasks], timers: [...timers], cc: [...cc], history: [...history],
    queue: [], record: { ...ctx.record }, events: [], effects: [], steps: 0, abandoned: [],
  };
}

/** Returns the Decision of a finished Work. Pure. */
export function endWork(work: Work): Decision {
  const state: InstanceState = {
    ...work.state, tokens: work.tokens, tasks: work.tasks, timers: work.timers, cc: work.cc, history: work.history,
  };
  return { state, events: work.events, effects: work.effects };
}

/** Appends an event to the timeline and to the decision's events. */
export function emit(work: Work, event: Omit<FlowEvent, 'seq' | 'at'>): void {
  const last = work.history[work.history.length - 1];
  const full = { seq: (last?.seq ?? 0) + 1, at: work.ctx.now, ...stripUndefined(event) } as FlowEvent;
  work.history.push(full);
  work.events.push(full);
}

/** Appends an effect with a fresh idempotency id and returns that id. */
export function effect(work: Work, fx: DistributiveOmit<FlowEffect, 'id'>): string {
  const id = work.ctx.ids.next('fx');
  work.effects.push({ id, ...fx } as FlowEffect);
  return id;
}

/** Returns a catalogue message where `{node}` is the node's own name in each language. Pure. */
export function nodeMessage(code: ErrorCode, node: FlowNode | undefined, params: Record<string, unknown> = {}): Message {
  const entry = catalogue[code];
  const fill = (text: string, name: string) => text.replace(PLACEHOLDER, (whole, key: string) =>
    key === 'node' ? name : key in params ? String(params[key]) : whole);
  return { zh: fill(entry.zh, node?.name.zh ?? ''), en: fill(entry.en, node?.name.en || node?.name.zh || '') };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Queues a notification to `users` (skipped when nobody is left). */
export function notify(work: Work, users: readonly string[], reason: Extract<FlowEffect, { kind: 'notify' }>['reason'], message: Message, taskId?: string): void {
  const to = [...new Set(users)];
  if (to.length === 0) return;
  effect(work, { kind: 'notify', reason, to: { users: to }, message, ...(taskId ? { taskId } : {}) });
}

/** Marks the instance finished: closes every task, token and timer, noting the sub-flow steps left waiting. */
export function finish(work: Work, status: InstanceStatus, outcome?: string): void {
  work.abandoned = work.tokens.filter((t) => t.wait === 'effect' && work.graph.nodes.get(t.nodeId)?.kind === 'subflow');
  work.state.status = status;
  work.state.endedAt = work.ctx.now;
  if (outcome !== undefined) work.state.outcome = outcome;
  work.tokens = [];
  work.tasks = [];
  work.timers = [];
  work.queue = [];
}

function stripUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const k in value) {
    const v = value[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}
