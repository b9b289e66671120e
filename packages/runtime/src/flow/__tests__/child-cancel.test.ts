import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowEffect, SubflowNode } from '../../index.js';
import { edge, end, flow, m, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';

type CancelFlow = Extract<FlowEffect, { kind: 'cancelFlow' }>;
type StartFlow = Extract<FlowEffect, { kind: 'startFlow' }>;

const payout = (wait: boolean): SubflowNode => ({ id: 'payout', kind: 'subflow', name: m('财务打款', 'Finance payout'), flowKey: 'finance-payout', wait });

// A refund case that hands the payout to finance, then has the consultant inform the customer.
const refundCase = (wait: boolean): FlowDefinition => flow(
  [start(), payout(wait), task('inform', { assignees: [{ kind: 'role', role: 'consultant' }] }), end('done', 'refunded')],
  [edge('start', 'payout'), edge('payout', 'inform'), edge('inform', 'done')],
  { name: m('退订打款', 'Refund with payout') },
);

// The payout and a supervisor's review run side by side; a rejected review ends the whole case.
const reviewedCase = (): FlowDefinition => flow(
  [start(), { id: 'split', kind: 'parallelSplit', name: m('并行') }, payout(true), task('review'), { id: 'join', kind: 'parallelJoin', name: m('汇聚') }, end('done')],
  [edge('start', 'split'), edge('split', 'payout'), edge('split', 'review'), edge('payout', 'join'), edge('review', 'join'), edge('join', 'done')],
  { name: m('退订打款', 'Refund with payout') },
);

function started(definition: FlowDefinition) {
  const h = new Harness(definition);
  const fx = h.start().effects.find((e): e is StartFlow => e.kind === 'startFlow');
  if (!fx) throw new Error('no startFlow effect');
  return { h, fx };
}

const cancels = (effects: readonly FlowEffect[]) => effects.filter((e): e is CancelFlow => e.kind === 'cancelFlow');

describe('a parent that ends while it waits for a child asks for the child’s cancellation (cancelFlow)', () => {
  it('cancelling the case cancels the payout it waits for, with a reason naming the case', () => {
    // Given a refund case waiting for finance's payout
    const { h, fx } = started(refundCase(true));
    // When the initiator cancels the case 作废
    const d = h.run({ type: 'cancel', reason: '客户决定不退' }, 'zhang');
    // Then the decision carries one cancelFlow for that child, in both languages
    expect(h.require().status).toBe('cancelled');
    expect(cancels(d.effects)).toEqual([{
      id: expect.any(String), kind: 'cancelFlow', effectId: fx.id, nodeId: 'payout',
      reason: { zh: '上级流程已作废：退订打款', en: 'Parent flow cancelled: Refund with payout' },
    }]);
  });

  it('withdrawing the case (撤回) does too, and says so', () => {
    const { h, fx } = started(refundCase(true));
    const d = h.run({ type: 'withdraw', reason: '填错了' }, 'zhang');
    expect(cancels(d.effects)).toEqual([expect.objectContaining({ effectId: fx.id, reason: { zh: '上级流程已撤回：退订打款', en: 'Parent flow withdrawn: Refund with payout' } })]);
  });

  it('a case ended on another branch (review rejected) cancels the payout still waiting', () => {
    const { h, fx } = started(reviewedCase());
    const d = h.run({ type: 'reject', taskId: h.task('review').id, comment: '资料不全' }, 'sup');
    expect(h.require().status).toBe('rejected');
    expect(cancels(d.effects)).toEqual([expect.objectContaining({ effectId: fx.id, reason: { zh: '上级流程已结束：退订打款', en: 'Parent flow ended: Refund with payout' } })]);
  });

  it('leaves alone a child started without waiting: it is independent work', () => {
    const { h } = started(refundCase(false));
    const d = h.run({ type: 'cancel', reason: '客户决定不退' }, 'zhang');
    expect(h.require().status).toBe('cancelled');
    expect(cancels(d.effects)).toEqual([]);
  });

  it('asks nothing when the child already ended and the case moved on', () => {
    const { h, fx } = started(refundCase(true));
    h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'ins-child', status: 'completed' });
    const d = h.run({ type: 'cancel' }, 'zhang');
    expect(cancels(d.effects)).toEqual([]);
  });
});

describe('a child whose waiting parent ended (parentEnded)', () => {
  const child = (): FlowDefinition => flow(
    [start(), task('pay', { assignees: [{ kind: 'role', role: 'finance' }] }), end('end', 'paid')],
    [edge('start', 'pay'), edge('pay', 'end')], { key: 'finance-payout' },
  );
  const parent = { instanceId: 'ins-parent', effectId: 'fx-7', nodeId: 'payout', awaited: true };
  const reason = { zh: '上级流程已作废：退订打款', en: 'Parent flow cancelled: Refund with payout' };

  function startedChild(link = parent) {
    const h = new Harness(child());
    h.run({ type: 'start', parent: link }, 'zhang');
    return h;
  }

  it('is cancelled: finance’s task closes, the timeline names the parent and finance is told why', () => {
    // Given a payout with finance's open task
    const h = startedChild();
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['pay']);
    // When its waiting parent ended
    const d = h.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason });
    // Then it is cancelled, nothing is left open, and the reason is on the timeline and in the notice
    expect(h.require()).toMatchObject({ status: 'cancelled', tasks: [], timers: [], tokens: [] });
    expect(d.events).toEqual([expect.objectContaining({
      type: 'cancelled', action: 'parentEnded', linkedInstanceId: 'ins-parent', reason,
    })]);
    expect(d.events[0]?.by).toBeUndefined();
    expect(d.effects).toEqual([expect.objectContaining({ kind: 'notify', reason: 'finished', to: { users: ['cashier'] }, message: reason })]);
  });

  it('changes nothing when it already ended, or when told twice', () => {
    const h = startedChild();
    h.run({ type: 'approve', taskId: h.task('pay').id }, 'cashier');
    const paid = h.require();
    expect(h.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason })).toMatchObject({ events: [], effects: [] });
    expect(h.require()).toEqual(paid);

    const twice = startedChild();
    twice.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason });
    const cancelled = twice.require();
    expect(twice.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason })).toMatchObject({ events: [], effects: [] });
    expect(twice.require()).toEqual(cancelled);
  });

  it('refuses the command from another instance or for a child nobody waits for, naming the field', () => {
    const h = startedChild();
    expect(() => h.run({ type: 'parentEnded', parentInstanceId: 'ins-other', reason })).toThrow(/FLOW_BAD_COMMAND.*parentInstanceId/);
    expect(() => h.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason: { zh: '' } as never })).toThrow(/reason/);
    const independent = startedChild({ ...parent, awaited: false });
    expect(() => independent.run({ type: 'parentEnded', parentInstanceId: 'ins-parent', reason })).toThrow(/parentInstanceId/);
    expect(h.require().status).toBe('running');
    expect(independent.require().status).toBe('running');
  });
});
