// Plays generated 退筹 cases through the real shipped flows on the engine driver's business clock:
// for each case the consultant opens a 退订工单 and registers the 退筹事件追踪表 record (its 跟进与复盘
// flow starts), then every task is handled by the right demo user at a realistic moment. Between
// actions the clock stops at every due timer and the scheduler's tick fires it, so reminders,
// breaches and escalations to the 区域总监 happen exactly as on a live site. Everything after
// `until` is left open: the demo inbox has live tasks with their SLA countdowns. CRM messages about
// the cases are pushed when they are sent, so their sentiment alerts reach people at that moment.
import { progressChartPng } from '../lib/files.js';
import type { DemoCommLog } from './conversations.js';
import type { EngineDriver, OpenTask } from './engine-driver.js';
import { seededRandom, type HistoryCase } from './history.js';
import { actAt, punctuality, soonAfter } from './pace.js';
import { trackingStep, workOrderStart, workOrderStep } from './steps.js';

/** Flow keys of the shipped 退订工单 and 退筹事件跟进与复盘 (template packages cancellation-work-order and cancellation-tracking). */
export const WORK_ORDER_FLOW = 'cancellation-work-order';
export const TRACKING_FLOW = 'cancellation-tracking';

const MINUTE = 60_000;
const DIRECTOR = 'usr_regionalDirector';
/** The demo user whose API token the CRM pushes messages with. */
const CRM_PUSHER = 'customerService';

/** What a history run did. */
export interface SimulationSummary {
  readonly instances: number;
  readonly actions: number;
  readonly ticks: number;
  /** CRM messages stored, and the sentiment alerts (rule effects) they raised. */
  readonly commLogs: number;
  readonly commLogAlerts: number;
}

interface Entry {
  readonly at: number;
  readonly run: () => void;
}

/** Time-ordered agenda of the people's next actions (ties keep their insertion order). */
class Agenda {
  readonly #entries: Entry[] = [];

  add(at: number, run: () => void): void {
    let i = this.#entries.length;
    while (i > 0 && this.#entries[i - 1]!.at > at) i--;
    this.#entries.splice(i, 0, { at, run });
  }

  peek(): Entry | undefined {
    return this.#entries[0];
  }

  shift(): Entry | undefined {
    return this.#entries.shift();
  }
}

/** One case being worked: its instances, its own randomness and when the work order was decided. */
class CaseRun {
  readonly rnd: () => number;
  readonly loose: boolean;
  workOrder: string | null = null;
  tracking: string | null = null;
  decidedAt: number | null = null;
  readonly #scheduled = new Set<string>();
  #followUp: OpenTask | null = null;

  constructor(readonly c: HistoryCase, private readonly sim: Simulation) {
    this.rnd = seededRandom(c.seed);
    this.loose = this.rnd() < 0.3;
  }

  /** Schedules every task of `instanceId` that opened since the last look. */
  onChanged(instanceId: string): void {
    const flow = instanceId === this.workOrder ? WORK_ORDER_FLOW : instanceId === this.tracking ? TRACKING_FLOW : null;
    if (!flow) return;
    for (const task of this.sim.driver.openTasks(instanceId)) {
      if (this.#scheduled.has(task.id)) continue;
      this.#scheduled.add(task.id);
      this.#schedule(flow, instanceId, task);
    }
  }

  #schedule(flow: string, instanceId: string, task: OpenTask): void {
    const { driver } = this.sim;
    const opened = driver.now();
    if (flow === TRACKING_FLOW && task.nodeId === 'followUp') {
      // The owner closes the follow-up once the work order is decided.
      this.#followUp = task;
      if (this.decidedAt !== null) this.#closeFollowUp();
      return;
    }
    const at = actAt(opened, driver.slaOf(flow, task.nodeId), punctuality(this.rnd, this.loose), this.rnd);
    if (flow === WORK_ORDER_FLOW && task.nodeId === 'classify' && this.c.voided) {
      this.sim.agenda.add(at, () => {
        driver.endInstance('siteManager', instanceId, 'cancel', '客户撤回退订申请，继续履约');
        this.#decided();
      });
      return;
    }
    this.sim.agenda.add(at, () => this.#act(flow, instanceId, task));
  }

  #act(flow: string, instanceId: string, planned: OpenTask): void {
    const { driver } = this.sim;
    const task = driver.openTasks(instanceId).find((t) => t.id === planned.id);
    if (!task) return;
    const now = driver.now();
    const data = flow === WORK_ORDER_FLOW
      ? workOrderStep(this.c, task.nodeId, now, this.rnd, () => driver.storeImage('brand', `监理报告截图-${this.c.caseNo}.png`, progressChartPng([0.55, 0.63, 0.7, 0.76 + this.rnd() * 0.1])))
      : trackingStep(this.c, task.nodeId, now, this.decidedAt ?? now, this.rnd);
    if (!data) throw new Error(`demo history: no data for step ${flow}/${task.nodeId}`);
    const username = this.#actor(task);
    driver.act(username, task, data);
    this.sim.lastSeen.set(username, now);
    this.sim.actions++;
    if (flow === WORK_ORDER_FLOW && task.nodeId === 'resolve') this.#decided();
    this.onChanged(instanceId);
  }

  /** Returns who acts: the 区域总监 on about half the tasks escalated to them, else the case owner or the step's role holder. */
  #actor(task: OpenTask): string {
    const { driver } = this.sim;
    if (task.pending.includes(DIRECTOR) && this.rnd() < 0.5) return driver.usernameOf(DIRECTOR);
    if (task.pending.includes(`usr_${this.c.owner}`)) return this.c.owner;
    const first = task.pending.find((u) => u !== DIRECTOR) ?? task.pending[0];
    if (!first) throw new Error(`demo history: nobody may act on ${task.nodeId} of ${this.c.caseNo}`);
    return driver.usernameOf(first);
  }

  #decided(): void {
    this.decidedAt = this.sim.driver.now();
    if (this.#followUp) this.#closeFollowUp();
  }

  #closeFollowUp(): void {
    const task = this.#followUp!;
    this.#followUp = null;
    const tracking = this.tracking!;
    this.sim.agenda.add(soonAfter(this.decidedAt!, 0.2, 3, this.rnd), () => this.#act(TRACKING_FLOW, tracking, task));
  }
}

/** The run over all cases: the agenda, the instances' owners and the counters. */
class Simulation {
  readonly agenda = new Agenda();
  readonly #owners = new Map<string, CaseRun>();
  /** When each user last acted: what they had been notified of by then, they have read. */
  readonly lastSeen = new Map<string, number>();
  instances = 0;
  actions = 0;
  ticks = 0;
  commLogs = 0;
  commLogAlerts = 0;

  constructor(readonly driver: EngineDriver) {}

  /** Puts the case's opening moves on the agenda: the work order, the tracking record, a duplicate now and then. */
  open(c: HistoryCase): void {
    const run = new CaseRun(c, this);
    const { driver } = this;
    this.agenda.add(c.createdAt, () => {
      run.workOrder = this.#start(run, c.owner, WORK_ORDER_FLOW, workOrderStart(c));
      run.onChanged(run.workOrder);
    });
    this.agenda.add(c.createdAt + Math.round((2 + run.rnd() * 6) * MINUTE), () => {
      run.tracking = this.#start(run, c.owner, TRACKING_FLOW, { ...c.tracking });
      run.onChanged(run.tracking);
    });
    if (c.duplicate) {
      // A colleague opens a second work order for the same customer and takes it back (撤回).
      const colleague = c.owner === 'consultant' ? 'consultant2' : 'consultant';
      const openedAt = c.createdAt + Math.round((1 + run.rnd() * 3) * MINUTE);
      let duplicate = '';
      this.agenda.add(openedAt, () => {
        duplicate = driver.start(colleague, WORK_ORDER_FLOW, workOrderStart(c)).instanceId;
        this.instances++;
      });
      this.agenda.add(openedAt + Math.round((3 + run.rnd() * 8) * MINUTE), () => {
        driver.endInstance(colleague, duplicate, 'withdraw', '重复发起，已由同事跟进');
        this.actions++;
      });
    }
  }

  /** Puts a CRM message on the agenda: pushed when it is sent. */
  push(log: DemoCommLog): void {
    const { sentAt, ...raw } = log;
    this.agenda.add(sentAt, () => {
      const item = this.driver.pushCommLog(CRM_PUSHER, raw);
      if (item.status !== 'inserted') return;
      this.commLogs++;
      this.commLogAlerts += item.alerts.length;
    });
  }

  /** Runs the agenda and every due timer in time order up to `until`, then delivers what is left in the outbox. */
  async run(until: number): Promise<void> {
    const { driver } = this;
    for (;;) {
      const next = this.agenda.peek();
      const wake = driver.nextWake();
      const at = Math.min(next?.at ?? Infinity, wake ?? Infinity);
      if (!(at <= until)) break;
      if (at > driver.now()) {
        // What the last moment caused goes out before time moves on, as the dispatcher would.
        await driver.deliver();
        driver.moveTo(at);
      }
      if (wake !== null && wake <= at) {
        const ticked = driver.tickDue();
        if (ticked.length === 0) throw new Error(`demo history: timers due at ${new Date(wake).toISOString()} did not fire`);
        this.ticks += ticked.length;
        for (const id of ticked) this.#owners.get(id)?.onChanged(id);
        continue;
      }
      this.agenda.shift()!.run();
    }
    driver.moveTo(until);
    await driver.deliver();
    for (const [username, at] of this.lastSeen) driver.readNotifications(username, at);
  }

  #start(run: CaseRun, username: string, flowKey: string, data: Record<string, unknown>): string {
    const { instanceId } = this.driver.start(username, flowKey, data);
    this.instances++;
    this.#owners.set(instanceId, run);
    return instanceId;
  }
}

/**
 * Plays `cases` through the real flows up to `until`, pushing the CRM messages `logs` through the
 * comm-log service as they are sent, and returns what it did. Every write goes through the
 * driver's engine and service commands; the same cases, logs and `until` give the same history.
 */
export async function simulateHistory(driver: EngineDriver, cases: readonly HistoryCase[], until: number, logs: readonly DemoCommLog[] = []): Promise<SimulationSummary> {
  const sim = new Simulation(driver);
  for (const c of cases) sim.open(c);
  for (const log of logs) sim.push(log);
  await sim.run(until);
  return { instances: sim.instances, actions: sim.actions, ticks: sim.ticks, commLogs: sim.commLogs, commLogAlerts: sim.commLogAlerts };
}
