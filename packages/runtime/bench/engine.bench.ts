/**
 * Flow engine benchmark (bench contract: one JSON line per figure on stdout, 3 runs by the runner).
 * Run: pnpm exec tsx packages/runtime/bench/engine.bench.ts
 */
import {
  chinaCalendar2025_2026 as calendar, decide, openTasks, toInstant,
  type DecideContext, type Directory, type FlowCommand, type FlowDefinition, type InstanceState,
} from '../src/index.js';

const m = (zh: string, en: string) => ({ zh, en });
const directory: Directory = { roles: { consultant: ['zhang'], salesSupervisor: ['sup'], siteManager: ['mgr'], financeSpecialist: ['fin'] }, regionalDirector: 'director' };

/** start → task → condition → task → end, with a step SLA, a ladder and a case deadline (like 退订工单). */
const flow: FlowDefinition = {
  key: 'bench', name: m('退订工单', 'Cancellation'), formKey: 'refund', version: 1,
  nodes: [
    { id: 'start', kind: 'start', name: m('开始', 'Start') },
    {
      id: 'intake', kind: 'task', name: m('首次面谈', 'Interview'), taskType: 'fill', mode: 'any', assignees: [{ kind: 'expression', expr: 'record.consultant' }],
      fields: { reason: 'required', amount: 'edit' }, actions: ['submit', 'comment'],
      sla: { duration: { amount: 15, unit: 'minutes' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }] }] },
    },
    { id: 'classify', kind: 'condition', name: m('退订类型', 'Type') },
    {
      id: 'loan', kind: 'task', name: m('金融方案', 'Loan plan'), taskType: 'approve', mode: 'any', assignees: [{ kind: 'role', role: 'financeSpecialist' }], actions: ['approve', 'reject'],
      sla: { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: [
        { after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }] },
        { after: { amount: 4, unit: 'hours' }, action: 'addAssignees', to: [{ kind: 'role', role: 'siteManager' }] },
        { after: { amount: 24, unit: 'hours' }, action: 'reassign', to: [{ kind: 'regionalDirector' }] },
      ] },
    },
    { id: 'review', kind: 'task', name: m('主管审核', 'Review'), taskType: 'approve', mode: 'any', assignees: [{ kind: 'role', role: 'salesSupervisor' }], actions: ['approve', 'reject'] },
    { id: 'retained', kind: 'end', name: m('挽回成功', 'Retained'), outcome: { key: 'retained', label: m('挽回成功', 'Retained') } },
    { id: 'refunded', kind: 'end', name: m('退订完成', 'Refunded'), outcome: { key: 'refunded', label: m('退订完成', 'Refunded') } },
  ],
  edges: [
    { id: 'e1', source: 'start', target: 'intake' }, { id: 'e2', source: 'intake', target: 'classify' },
    { id: 'e3', source: 'classify', target: 'loan', order: 1, condition: { field: 'reason', op: 'eq', value: '贷款审批失败' } },
    { id: 'e4', source: 'classify', target: 'review', default: true },
    { id: 'e5', source: 'loan', target: 'retained' }, { id: 'e6', source: 'review', target: 'refunded' },
  ],
  deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
};

let counter = 0;
const ids = { next: (prefix: string) => `${prefix}-${(counter += 1).toString(36)}` };
const t0 = toInstant(calendar, '2025-12-19 16:17') ?? 0;

interface Run { decides: number; sizes: number[] }

/** One instance from start to end: start, submit the interview, approve the loan plan. */
function oneInstance(run: Run, i: number): void {
  let record: Record<string, unknown> = { consultant: 'zhang', amount: 800000 + i };
  let state: InstanceState | null = null;
  const step = (command: FlowCommand, actor: string | undefined, now: number) => {
    const ctx: DecideContext = { now, calendar, ids, record, directory, ...(actor ? { actor: { userId: actor, roles: [] } } : {}) };
    const d = decide(flow, state, command, ctx);
    for (const fx of d.effects) if (fx.kind === 'recordPatch') record = { ...record, ...fx.data };
    state = d.state;
    run.decides += 1;
    if (run.sizes.length < 5000) run.sizes.push(JSON.stringify(state).length);
    return d.state;
  };
  let s = step({ type: 'start' }, 'zhang', t0);
  s = step({ type: 'submit', taskId: openTasks(s)[0]?.id ?? '', data: { reason: '贷款审批失败', amount: 800000 } }, 'zhang', t0 + 600_000);
  s = step({ type: 'tick' }, undefined, t0 + 13 * 3_600_000);
  s = step({ type: 'approve', taskId: openTasks(s)[0]?.id ?? '' }, 'fin', t0 + 20 * 3_600_000);
  if (s.status !== 'completed') throw new Error(`instance did not complete: ${s.status}`);
}

function measure(seconds: number): { perSecond: number; decidesPerSecond: number; avgSize: number; maxSize: number } {
  const run: Run = { decides: 0, sizes: [] };
  // Warm up (JIT, validation cache).
  for (let i = 0; i < 2000; i += 1) oneInstance({ decides: 0, sizes: [] }, i);
  // Throughput per CPU-second of this process: the bench machine is shared, and wall-clock time
  // would mostly measure other processes. Wall time bounds the run length.
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let instances = 0;
  while (performance.now() - start < seconds * 1000) {
    for (let i = 0; i < 200; i += 1) oneInstance(run, instances + i);
    instances += 200;
  }
  const used = process.cpuUsage(cpu0);
  const elapsed = (used.user + used.system) / 1e6;
  const avgSize = run.sizes.reduce((a, b) => a + b, 0) / run.sizes.length;
  return { perSecond: instances / elapsed, decidesPerSecond: run.decides / elapsed, avgSize, maxSize: Math.max(...run.sizes) };
}

const r = measure(4);
const line = (figure: string, value: number, unit: string, target: string, better: 'higher' | 'lower') =>
  process.stdout.write(`${JSON.stringify({ bench: 'engine', figure, value: Math.round(value), unit, target, better })}\n`);
line('decide() steps per CPU-second (start/submit/tick/approve mix)', r.decidesPerSecond, 'steps/s', '>= 40000', 'higher');
line('instances start->task->condition->task->end completed per CPU-second', r.perSecond, 'instances/s', '>= 10000', 'higher');
line('average JSON size of instance state over its life', r.avgSize, 'bytes', '< 4096', 'lower');
line('largest JSON size of instance state (typical cancellation)', r.maxSize, 'bytes', '< 4096', 'lower');
