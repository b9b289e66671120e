import {
  chinaCalendar2025_2026, decide, isSiteflowError, nextWakeAt, openTasks,
  type DecideContext, type Directory, type EpochMs, type FlowCommand, type FlowDefinition, type FlowEffect, type FlowEvent,
  type InstanceState, type Message, type OpenTask,
} from '@siteflow/runtime';
import { projectRoleKeys, roleName } from '../roles.js';
import type { SimMark } from '../canvas/to-rf.js';

/** One line of the simulator's timeline: an engine event or an effect the server would carry out. */
export type SimLogEntry =
  | { readonly at: EpochMs; readonly kind: 'event'; readonly event: FlowEvent }
  | { readonly at: EpochMs; readonly kind: 'effect'; readonly effect: FlowEffect }
  | { readonly at: EpochMs; readonly kind: 'error'; readonly message: Message };

/** The simulator's state: fake clock, record data, instance state and timeline. Plain data. */
export interface Simulation {
  readonly startedAt: EpochMs;
  readonly now: EpochMs;
  readonly record: Readonly<Record<string, unknown>>;
  readonly instance: InstanceState | null;
  readonly log: readonly SimLogEntry[];
  /** Ids handed out so far (the id source continues from here, so replays are deterministic). */
  readonly idCount: number;
}

/** What the canvas highlights while simulating. */
export interface SimHighlight {
  readonly nodes: ReadonlyMap<string, SimMark>;
  readonly edges: ReadonlySet<string>;
}

/** Two fake people per role (`salesSupervisor-1`, `salesSupervisor-2`) and a regional director. */
export const simDirectory: Directory = {
  roles: Object.fromEntries(projectRoleKeys.map((r) => [r, [`${r}-1`, `${r}-2`]])),
  regionalDirector: 'regionalDirector-1',
};

/** The user who starts simulated instances: a sales consultant, as in the seeds. */
export const simInitiator = 'consultant-1';

/** Returns a readable name for a fake user: `educationConsultant-1` → 教育顾问 1 / Education consultant 1. Pure. */
export function simUserLabel(userId: string, lang: 'zh' | 'en'): string {
  const m = /^(.+)-(\d+)$/.exec(userId);
  return m && m[1] && projectRoleKeys.includes(m[1] as never) ? `${roleName(m[1], lang)} ${m[2]}` : userId;
}

/** Returns the roles a fake user holds in the simulator's directory. Pure. */
export function simRolesOf(userId: string): string[] {
  return Object.entries(simDirectory.roles).filter(([, users]) => users.includes(userId)).map(([role]) => role);
}

/** Returns a fresh simulation at `now` over `record`, not started yet. Pure. */
export function newSimulation(now: EpochMs, record: Record<string, unknown>): Simulation {
  return { startedAt: now, now, record, instance: null, log: [], idCount: 0 };
}

function context(sim: Simulation, actor: string | null, counter: { n: number }): DecideContext {
  return {
    now: sim.now,
    calendar: chinaCalendar2025_2026,
    ids: { next: (prefix: string) => { counter.n += 1; return `${prefix}-${counter.n}`; } },
    record: sim.record,
    directory: simDirectory,
    ...(actor ? { actor: { userId: actor, roles: simRolesOf(actor) } } : {}),
  };
}

/**
 * Returns the simulation after one command, with the server's part played in the browser:
 * record patches are applied, and HTTP calls and awaited sub-flows answer "ok" at once. Errors
 * (illegal command, invalid flow) become a timeline line instead of a throw. Pure.
 */
export function step(flow: FlowDefinition, sim: Simulation, command: FlowCommand, actor: string | null): Simulation {
  const counter = { n: sim.idCount };
  try {
    let state = sim.instance;
    let record = sim.record;
    const log: SimLogEntry[] = [...sim.log];
    let pending: FlowCommand[] = [command];
    let guard = 0;
    while (pending.length > 0 && guard++ < 50) {
      const next = pending.shift()!;
      const ctx = context({ ...sim, record }, next.type === 'actionResult' || next.type === 'tick' ? null : actor, counter);
      const decision = decide(flow, state, next, ctx);
      state = decision.state;
      for (const event of decision.events) log.push({ at: sim.now, kind: 'event', event });
      for (const effect of decision.effects) {
        log.push({ at: sim.now, kind: 'effect', effect });
        if (effect.kind === 'recordPatch') record = { ...record, ...effect.data };
        if ((effect.kind === 'http' || (effect.kind === 'startFlow' && effect.awaitResult))) {
          pending = [...pending, { type: 'actionResult', effectId: effect.id, ok: true, response: {} }];
        }
      }
    }
    return { ...sim, instance: state, record, log, idCount: counter.n };
  } catch (error) {
    const message: Message = isSiteflowError(error) ? error.text : { zh: String(error), en: String(error) };
    return { ...sim, log: [...sim.log, { at: sim.now, kind: 'error', message }], idCount: counter.n };
  }
}

/**
 * Returns the simulation with the clock moved forward by `ms`, ticking at every timer on the
 * way (reminders, breaches, escalation steps, waits, the case deadline) so each lands on the
 * timeline at its own time. Pure.
 */
export function advanceClock(flow: FlowDefinition, sim: Simulation, ms: number): Simulation {
  const target = sim.now + ms;
  let current = sim;
  for (let i = 0; i < 200 && current.instance && current.instance.status === 'running'; i++) {
    const wake = nextWakeAt(current.instance);
    if (wake === null || wake > target) break;
    current = step(flow, { ...current, now: Math.max(current.now, wake) }, { type: 'tick' }, null);
    if (current.log[current.log.length - 1]?.kind === 'error') break;
  }
  return { ...current, now: target };
}

/** Returns the open tasks of the simulated instance (empty before start or after the end). Pure. */
export function simTasks(sim: Simulation): OpenTask[] {
  return sim.instance ? openTasks(sim.instance) : [];
}

/** Returns what to highlight on the canvas: waiting, overdue and escalated tasks, visited nodes, travelled edges. Pure. */
export function highlightOf(flow: FlowDefinition, sim: Simulation): SimHighlight {
  const nodes = new Map<string, SimMark>();
  const visited = new Set<string>();
  for (const entry of sim.log) {
    if (entry.kind === 'event' && entry.event.nodeId) visited.add(entry.event.nodeId);
  }
  for (const id of visited) nodes.set(id, 'done');
  for (const token of sim.instance?.tokens ?? []) nodes.set(token.nodeId, 'active');
  for (const task of sim.instance?.tasks ?? []) {
    nodes.set(task.nodeId, task.level > 0 ? 'escalated' : task.breached ? 'breached' : 'active');
  }
  const edges = new Set(flow.edges.filter((e) => visited.has(e.source) && visited.has(e.target)).map((e) => e.id));
  return { nodes, edges };
}

// Sample data from the seeds' cases (data, not UI text).
const samples = ['学区政策变化', '家庭意见不统一', '贷款预审未通过', '看到停工传言'];
const names = ['张先生', '李女士', '王先生'];

/** Returns plausible random record data for the form's fields (for "randomize"). Not pure: uses Math.random. */
export function randomRecord(fields: readonly { key: string; kind: string; fieldType?: string; sensitivity?: string | null; options?: readonly { value: unknown }[] }[], now: EpochMs): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const pick = <T,>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];
  for (const f of fields) {
    if (f.key.includes('.') || f.fieldType === 'subtable' || f.fieldType === 'attachments') continue;
    if (f.fieldType === 'person') { out[f.key] = simInitiator; continue; }
    if (f.fieldType === 'phone') { out[f.key] = '13800138000'; continue; }
    if (f.sensitivity === 'name') { out[f.key] = pick(names); continue; }
    if (f.sensitivity === 'address') { out[f.key] = '杭州市西湖区文三路 1 号'; continue; }
    switch (f.kind) {
      case 'option': out[f.key] = pick(f.options ?? [])?.value ?? null; break;
      case 'options': out[f.key] = (f.options ?? []).filter(() => Math.random() < 0.4).map((o) => o.value); break;
      case 'number': out[f.key] = Math.round(Math.random() * 100) * 10_000; break;
      case 'boolean': out[f.key] = Math.random() < 0.5; break;
      case 'date': out[f.key] = new Date(now).toISOString().slice(0, 10); break;
      default: out[f.key] = pick(samples) ?? ''; break;
    }
  }
  return out;
}
