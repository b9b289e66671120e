import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSiteflowError, openTasks, type FlowCommand, type FlowDefinition, type InstanceState } from '../../index.js';
import { edge, end, flow, m, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';

const users = ['zhang', 'a', 'b', 'c', 'sup', 'root'] as const;
const sla = { duration: { amount: 1, unit: 'hours' as const }, reminders: [0.5], escalation: [
  { after: { amount: 0, unit: 'hours' as const }, action: 'notify' as const, to: [{ kind: 'role' as const, role: 'salesSupervisor' }] },
  { after: { amount: 2, unit: 'hours' as const }, action: 'addAssignees' as const, to: [{ kind: 'users' as const, userIds: ['c'] }] },
  { after: { amount: 1, unit: 'workingDays' as const }, action: 'reassign' as const, to: [{ kind: 'users' as const, userIds: ['sup'] }] },
] };
const all = ['approve', 'reject', 'return', 'transfer', 'addSigner', 'cc', 'comment'] as const;

/** Every node kind in one graph: split, condition, timers, tasks of each mode, rejection path, join, end. */
export const modelFlow: FlowDefinition = flow(
  [
    start(),
    task('draft', { taskType: 'fill', assignees: [{ kind: 'initiator' }], actions: ['submit', 'comment'] }),
    task('triage', { mode: 'any', assignees: [{ kind: 'users', userIds: ['a', 'sup'] }], actions: ['approve', 'return', 'transfer', 'comment'] }),
    { id: 'split', kind: 'parallelSplit', name: m('并行', 'Split') },
    task('any', { mode: 'any', assignees: [{ kind: 'users', userIds: ['a', 'b', 'c'] }], actions: all.filter((a) => a !== 'reject'), sla }),
    { id: 'wait', kind: 'timer', name: m('等待', 'Wait'), wait: { duration: { amount: 30, unit: 'minutes' } } },
    { id: 'cond', kind: 'condition', name: m('金额', 'Amount') },
    task('allOf', { mode: 'all', assignees: [{ kind: 'users', userIds: ['a', 'b'] }], actions: [...all], sla, returnTo: 'any' }),
    { id: 'join', kind: 'parallelJoin', name: m('汇聚', 'Join') },
    task('seq', { mode: 'sequential', assignees: [{ kind: 'users', userIds: ['b', 'a'] }], actions: [...all], returnTo: 'any' }),
    task('fix', { taskType: 'fill', assignees: [{ kind: 'initiator' }], actions: ['submit'] }),
    end('end', 'done'),
  ],
  [
    edge('start', 'draft'), edge('draft', 'triage'), edge('triage', 'split'), edge('split', 'any'), edge('split', 'wait'), edge('wait', 'cond'),
    edge('cond', 'allOf', { condition: { field: 'amount', op: 'gt', value: 10 } }), edge('cond', 'join', { default: true }),
    edge('any', 'join'), edge('allOf', 'join'), edge('join', 'seq'), edge('seq', 'end'), edge('seq', 'fix', { on: 'rejected' }), edge('fix', 'seq'),
  ],
  { deadline: { duration: { amount: 3, unit: 'hours' }, escalation: [{ after: { amount: 1, unit: 'hours' }, action: 'reassign', to: [{ kind: 'users', userIds: ['root'] }] }] } },
);

type Step =
  | { kind: 'task'; action: 'submit' | 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner'; pick: number; actor: number; target: number; position: 'before' | 'after' }
  | { kind: 'instance'; action: 'withdraw' | 'cancel' | 'urge' | 'cc' | 'comment'; actor: number }
  | { kind: 'time'; minutes: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({
    kind: fc.constant('task' as const),
    action: fc.constantFrom('submit', 'submit', 'approve', 'approve', 'approve', 'approve', 'approve', 'reject', 'return', 'transfer', 'addSigner'),
    pick: fc.nat(5), actor: fc.nat(users.length - 1), target: fc.nat(10), position: fc.constantFrom('before', 'after'),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('instance' as const), action: fc.constantFrom('withdraw', 'cancel', 'urge', 'urge', 'cc', 'cc', 'comment', 'comment'), actor: fc.nat(users.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('time' as const), minutes: fc.integer({ min: 1, max: 24 * 60 }) }) },
);

const nodeIds = modelFlow.nodes.map((n) => n.id);
const SEED = 20251001;

function toCommand(step: Step, state: InstanceState): { command: FlowCommand; actor?: string } {
  if (step.kind === 'time') return { command: { type: 'tick' } };
  const actor = users[step.actor] as string;
  if (step.kind === 'instance') {
    switch (step.action) {
      case 'cc': return { command: { type: 'cc', users: ['c'] }, actor };
      case 'comment': return { command: { type: 'comment', text: '跟进中' }, actor };
      default: return { command: { type: step.action }, actor };
    }
  }
  const open = openTasks(state);
  const task = open[step.pick % Math.max(open.length, 1)];
  // Mostly act as someone who may act, sometimes as anybody (illegal commands must be refused cleanly).
  const who = task && step.actor % 3 !== 0 ? (task.pending[step.actor % Math.max(task.pending.length, 1)] ?? actor) : actor;
  const taskId = task?.id ?? 'task-none';
  switch (step.action) {
    case 'return': return { command: { type: 'return', taskId, ...(step.target % 2 ? { target: nodeIds[step.target % nodeIds.length] } : {}) }, actor: who };
    case 'transfer': return { command: { type: 'transfer', taskId, to: users[step.target % users.length] as string }, actor: who };
    case 'addSigner': return { command: { type: 'addSigner', taskId, users: [users[step.target % users.length] as string], position: step.position }, actor: who };
    default: return { command: { type: step.action, taskId }, actor: who };
  }
}

function checkInvariants(state: InstanceState): void {
  // An open task belongs to a live token resting at its node.
  for (const t of state.tasks) {
    const token = state.tokens.find((k) => k.id === t.tokenId);
    expect(token, `task ${t.id} has a live token`).toBeDefined();
    expect(token?.wait).toBe('task');
    expect(token?.nodeId).toBe(t.nodeId);
  }
  for (const k of state.tokens.filter((x) => x.wait === 'task')) expect(state.tasks.filter((t) => t.tokenId === k.id)).toHaveLength(1);
  // A finished instance has no open tasks, tokens or timers.
  if (state.status !== 'running') {
    expect(state.tasks).toEqual([]);
    expect(state.tokens).toEqual([]);
    expect(state.timers).toEqual([]);
  }
  // Every timer fires at most once, and pending timers point at live things.
  const fired = state.history.flatMap((e) => (e.timerId ? [e.timerId] : []));
  expect(new Set(fired).size).toBe(fired.length);
  for (const tm of state.timers) {
    expect(fired).not.toContain(tm.id);
    if (tm.taskId) expect(state.tasks.some((t) => t.id === tm.taskId)).toBe(true);
    if (tm.tokenId) expect(state.tokens.some((k) => k.id === tm.tokenId)).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(state))).toEqual(state);
}

/** Runs one random command sequence, checking the invariants after every step; returns what it reached. */
function runModel(steps: readonly Step[], amount: number): Set<string> {
  const h = new Harness(modelFlow, { start: '2025-09-26 16:00', record: { amount } });
  h.start('zhang');
  h.run({ type: 'submit', taskId: h.task('draft').id }, 'zhang');
  checkInvariants(h.require());
  for (const step of steps) {
    if (step.kind === 'time') h.clock.advance({ minutes: step.minutes });
    const { command, actor } = toCommand(step, h.require());
    const before = h.require();
    try {
      h.run(command, actor);
    } catch (error) {
      if (!isSiteflowError(error) || error.kind === 'unexpected') throw error;
      expect(h.state).toBe(before);
    }
    checkInvariants(h.require());
  }
  return new Set([h.require().status, ...h.require().history.map((e) => e.type)]);
}

const runs = fc.tuple(fc.array(stepArb, { maxLength: 80, size: 'large' }), fc.integer({ min: 0, max: 100 }));

describe('model: random command sequences', () => {
  it('never break the invariants, and illegal commands are refused with a user/state error', () => {
    fc.assert(fc.property(runs, ([steps, amount]) => { runModel(steps, amount); }), { numRuns: 100 });
  }, 60_000);

  it('reach every interesting place of the graph (fixed seed, so the coverage claim is stable)', () => {
    const seen = new Set<string>();
    fc.assert(fc.property(runs, ([steps, amount]) => { for (const s of runModel(steps, amount)) seen.add(s); }), { numRuns: 100, seed: SEED });
    const wanted = ['completed', 'cancelled', 'rejected', 'taskReturned', 'taskTransferred', 'signerAdded', 'escalated', 'deadlineReached', 'timerFired'];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
  }, 60_000);
});
