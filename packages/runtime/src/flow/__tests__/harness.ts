import {
  chinaCalendar2025_2026, decide, isSiteflowError, migrate, openTasks, toInstant, type BusinessCalendar, type DecideContext, type Decision, type Directory,
  type FlowCommand, type FlowDefinition, type FlowEffect, type FlowEvent, type InstanceState, type OpenTask,
} from '../../index.js';
import { ManualClock, SequentialIds } from '../../testing/index.js';

/** The project team used by the scenario tests. */
export const directory: Directory = {
  roles: {
    consultant: ['zhang'], salesSupervisor: ['sup'], siteManager: ['mgr'], financeSpecialist: ['fin1'],
    legal: ['legal1'], finance: ['cashier'], customerService: ['cs1', 'cs2'], admin: ['root'],
  },
  regionalDirector: 'director',
};

const rolesOf = (user: string) => Object.entries(directory.roles).filter(([, users]) => users.includes(user)).map(([r]) => r);

/** One logged command, enough to replay a run. */
export interface LoggedCommand { readonly at: number; readonly actor?: string; readonly command: FlowCommand }

/** Drives one instance with a ManualClock, applying record patches like the server would. */
export class Harness {
  readonly clock: ManualClock;
  readonly ids = new SequentialIds();
  readonly log: LoggedCommand[] = [];
  readonly events: FlowEvent[] = [];
  readonly effects: FlowEffect[] = [];
  state: InstanceState | null = null;
  record: Record<string, unknown>;
  last: Decision | undefined;

  constructor(public flow: FlowDefinition, options: { start?: string; record?: Record<string, unknown>; calendar?: BusinessCalendar } = {}) {
    this.calendar = options.calendar ?? chinaCalendar2025_2026;
    this.clock = new ManualClock(toInstant(this.calendar, options.start ?? '2025-09-22 10:00') ?? 0);
    this.record = { consultant: 'zhang', ...(options.record ?? {}) };
  }
  readonly calendar: BusinessCalendar;

  /** Sends a command as `actor` (or the system) at the clock's time. */
  run(command: FlowCommand, actor?: string): Decision {
    const ctx = this.context(actor);
    const decision = decide(this.flow, this.state, command, ctx);
    this.log.push({ at: ctx.now, ...(actor ? { actor } : {}), command });
    this.state = decision.state;
    for (const fx of decision.effects) if (fx.kind === 'recordPatch') this.record = { ...this.record, ...fx.data };
    this.events.push(...decision.events);
    this.effects.push(...decision.effects);
    this.last = decision;
    return decision;
  }

  /** Moves the case to another version of its flow (see `migrate`) as `actor`; later commands follow `to`. */
  migrateTo(to: FlowDefinition, actor = 'mgr'): Decision {
    const decision = migrate(this.flow, to, this.require(), this.context(actor));
    this.flow = to;
    this.state = decision.state;
    this.events.push(...decision.events);
    this.last = decision;
    return decision;
  }

  private context(actor?: string): DecideContext {
    return {
      now: this.clock.now(), calendar: this.calendar, ids: this.ids, record: this.record, directory,
      ...(actor ? { actor: { userId: actor, roles: rolesOf(actor) } } : {}),
    };
  }

  start(actor = 'zhang'): Decision { return this.run({ type: 'start' }, actor); }
  tick(): Decision { return this.run({ type: 'tick' }); }
  /** Moves the clock to a local time like '2025-09-26 16:00'. */
  at(local: string): this { this.clock.set(toInstant(this.calendar, local) ?? 0); return this; }

  /** The open task at a node (throws when there is none). */
  task(nodeId: string): OpenTask {
    const found = openTasks(this.require()).find((t) => t.nodeId === nodeId);
    if (!found) throw new Error(`no open task at ${nodeId}; open: ${openTasks(this.require()).map((t) => t.nodeId).join(', ')}`);
    return found;
  }
  tasks(): OpenTask[] { return openTasks(this.require()); }
  require(): InstanceState { if (!this.state) throw new Error('not started'); return this.state; }

  /** Event types of the decision(s) so far, optionally filtered. */
  eventTypes(filter?: (e: FlowEvent) => boolean): string[] { return this.events.filter(filter ?? (() => true)).map((e) => e.type); }
  notified(reason: string): string[][] {
    return this.effects.flatMap((fx) => (fx.kind === 'notify' && fx.reason === reason ? [[...fx.to.users]] : []));
  }
}

/** Returns how `fn` was refused: `kind:CODE` and the issue paths, or 'no error'. Rethrows anything but a SiteflowError. */
export function refusal(fn: () => unknown): string {
  try { fn(); } catch (error) {
    if (isSiteflowError(error)) return [`${error.kind}:${error.code}`, ...error.issues.map((i) => i.path ?? '')].join(' ');
    throw error;
  }
  return 'no error';
}
