import { describe, expect, it } from 'vitest';
import { validateFlow, type FlowDefinition, type FlowEffect } from '../../index.js';
import { edge, end, flow, m, refundForm, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';

// A refund case that hands the payout to finance (a child flow) and waits for it: paid → the
// consultant informs the customer; anything else → the case ends as "payout not made".
const parentFlow = (): FlowDefinition => flow(
  [
    start(),
    {
      id: 'payout', kind: 'subflow', name: m('财务打款', 'Finance payout'), flowKey: 'finance-payout', wait: true,
      data: { amount: { expr: 'amount' } }, resultMapping: { bankResult: 'payoutRef' },
    },
    { id: 'paid', kind: 'condition', name: m('是否已打款', 'Paid?') },
    task('inform', { assignees: [{ kind: 'role', role: 'consultant' }] }),
    end('done', 'refunded'),
    end('unpaid', 'notPaid'),
  ],
  [
    edge('start', 'payout'), edge('payout', 'paid'),
    edge('paid', 'inform', { condition: { field: 'subflows.payout.outcome', op: 'eq', value: 'paid' }, order: 1 }),
    edge('paid', 'unpaid', { default: true }),
    edge('inform', 'done'),
  ],
);

function startedParent() {
  const h = new Harness(parentFlow(), { record: { amount: 800000 } });
  const fx = h.start().effects.find((e): e is Extract<FlowEffect, { kind: 'startFlow' }> => e.kind === 'startFlow');
  if (!fx) throw new Error('no startFlow effect');
  return { h, fx };
}

describe('sub-flow that waits for its child (childEnded)', () => {
  it('validates with the form: subflows.<node>.outcome is a known name in conditions', () => {
    expect(validateFlow(parentFlow(), { form: refundForm })).toEqual([]);
  });

  it('waits at the sub-flow step, then continues along its edge when the child completes', () => {
    // Given a started refund case whose payout step started the finance flow
    const { h, fx } = startedParent();
    expect(fx).toMatchObject({ flowKey: 'finance-payout', data: { amount: 800000 }, awaitResult: true, nodeId: 'payout' });
    expect(h.require().tokens).toEqual([expect.objectContaining({ nodeId: 'payout', wait: 'effect', effectId: fx.id })]);
    expect(h.tasks()).toEqual([]);
    // When the child reports it completed with outcome "paid"
    const d = h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'ins-child', status: 'completed', outcome: 'paid', data: { payoutRef: 'PAY-001' } });
    // Then the mapped field is copied, the outcome routes the case and the timeline names the child
    expect(h.record.bankResult).toBe('PAY-001');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['inform']);
    expect(h.require().subflows).toEqual({ payout: { instanceId: 'ins-child', status: 'completed', outcome: 'paid' } });
    expect(d.events[0]).toMatchObject({ type: 'childEnded', nodeId: 'payout', linkedInstanceId: 'ins-child', action: 'completed', outcome: 'paid' });
  });

  it('continues when the child is rejected or cancelled too, and the condition sees it', () => {
    for (const status of ['rejected', 'cancelled'] as const) {
      const { h, fx } = startedParent();
      h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'ins-child', status, outcome: status === 'rejected' ? 'rejected' : undefined, data: { payoutRef: 'X' } });
      expect(h.require()).toMatchObject({ status: 'completed', outcome: 'notPaid' });
      // Nothing is copied from a child that did not complete.
      expect(h.record.bankResult).toBeUndefined();
      expect(h.require().subflows?.payout?.status).toBe(status);
    }
  });

  it('ignores a repeated notification: the parent moves on once', () => {
    const { h, fx } = startedParent();
    const command = { type: 'childEnded', effectId: fx.id, childInstanceId: 'ins-child', status: 'completed', outcome: 'paid' } as const;
    h.run(command);
    const after = h.require();
    const again = h.run(command);
    expect(again.events).toEqual([]);
    expect(again.effects).toEqual([]);
    expect(h.require()).toEqual(after);
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['inform']);
  });

  it('ignores the child’s end when the parent was cancelled meanwhile', () => {
    const { h, fx } = startedParent();
    h.run({ type: 'cancel', reason: '客户撤回退订' }, 'zhang');
    const cancelled = h.require();
    const d = h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'ins-child', status: 'completed', outcome: 'paid' });
    expect(d).toMatchObject({ events: [], effects: [] });
    expect(h.require()).toEqual(cancelled);
    expect(h.require().status).toBe('cancelled');
  });

  it('rejects a malformed notification naming the field', () => {
    const { h, fx } = startedParent();
    expect(() => h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: '', status: 'completed' })).toThrow(/childInstanceId/);
    expect(() => h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'c', status: 'running' as never })).toThrow(/FLOW_BAD_COMMAND.*status/);
    expect(() => h.run({ type: 'childEnded', effectId: fx.id, childInstanceId: 'c', status: 'completed', data: [] as never })).toThrow(/data/);
    expect(h.require().tokens[0]).toMatchObject({ wait: 'effect' });
  });
});

describe('child instance started by a parent', () => {
  const child = (): FlowDefinition => flow([start(), task('pay', { assignees: [{ kind: 'role', role: 'finance' }] }), end('end', 'paid')], [edge('start', 'pay'), edge('pay', 'end')], { key: 'finance-payout' });

  it('records its parent and shows it on the started event', () => {
    const h = new Harness(child());
    const parent = { instanceId: 'ins-parent', effectId: 'fx-7', nodeId: 'payout', awaited: true };
    const d = h.run({ type: 'start', parent }, 'zhang');
    expect(h.require().parent).toEqual(parent);
    expect(d.events[0]).toMatchObject({ type: 'started', by: 'zhang', linkedInstanceId: 'ins-parent' });
    h.run({ type: 'approve', taskId: h.task('pay').id }, 'cashier');
    expect(h.require()).toMatchObject({ status: 'completed', outcome: 'paid', parent });
  });

  it('refuses a parent link without the effect id', () => {
    const h = new Harness(child());
    expect(() => h.run({ type: 'start', parent: { instanceId: 'ins-parent', effectId: '', awaited: true } }, 'zhang')).toThrow(/parent\.effectId/);
  });
});
