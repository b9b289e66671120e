import { describe, expect, it } from 'vitest';
import { decide, type DecideContext, type Decision, type InstanceState } from '../../index.js';
import { SequentialIds } from '../../testing/index.js';
import { directory, Harness } from './harness.js';
import { refundFlow } from './refund-flow.js';

/** A realistic cancellation case: interview late (breach), loan plan with reminder, transfer, approval. */
function typicalCase(): Harness {
  const h = new Harness(refundFlow, { start: '2025-12-19 16:17', record: { amount: 800000 } });
  h.start('zhang');
  h.clock.advance({ minutes: 20 });
  h.tick();
  h.run({ type: 'comment', taskId: h.task('intake').id, text: '客户称银行流水不达标' }, 'zhang');
  h.run({ type: 'submit', taskId: h.task('intake').id, data: { reason: '贷款审批失败', amount: 800000 } }, 'zhang');
  h.run({ type: 'cc', users: ['cs1'] }, 'zhang');
  h.clock.advance({ hours: 13 });
  h.tick();
  h.run({ type: 'transfer', taskId: h.task('loan').id, to: 'fin2' }, 'fin1');
  h.clock.advance({ hours: 12 });
  h.tick();
  h.run({ type: 'approve', taskId: h.task('loan').id, comment: '改为公积金组合贷' }, 'fin2');
  return h;
}

describe('determinism', () => {
  it('replaying one command log twice gives deep-equal states, events and effects', () => {
    const original = typicalCase();
    const replay = (): Decision[] => {
      const ids = new SequentialIds();
      let state: InstanceState | null = null;
      let record: Record<string, unknown> = { consultant: 'zhang', amount: 800000 };
      const out: Decision[] = [];
      for (const entry of original.log) {
        const roles = Object.entries(directory.roles).filter(([, u]) => entry.actor && u.includes(entry.actor)).map(([r]) => r);
        const ctx: DecideContext = {
          now: entry.at, calendar: original.calendar, ids, record, directory,
          ...(entry.actor ? { actor: { userId: entry.actor, roles } } : {}),
        };
        const d = decide(refundFlow, state, entry.command, ctx);
        for (const fx of d.effects) if (fx.kind === 'recordPatch') record = { ...record, ...fx.data };
        state = d.state;
        out.push(d);
      }
      return out;
    };
    const first = replay();
    const second = replay();
    expect(second).toEqual(first);
    expect(first.at(-1)?.state).toEqual(original.state);
    expect(first.flatMap((d) => d.effects)).toEqual(original.effects);
  });

  it('keeps a typical cancellation work order small, JSON-clean and on its flow version', () => {
    const h = typicalCase();
    const state = h.require();
    expect(state).toMatchObject({ status: 'completed', outcome: 'retained', flowVersion: 3 });
    const json = JSON.stringify(state);
    expect(JSON.parse(json)).toEqual(state);
    expect(json.length).toBeLessThan(4096);
    // The timeline keeps who did what
    expect(state.history.filter((e) => e.by).map((e) => [e.type, e.by])).toEqual([
      ['started', 'zhang'], ['comment', 'zhang'], ['taskActed', 'zhang'], ['cc', 'zhang'], ['taskTransferred', 'fin1'], ['taskActed', 'fin2'],
    ]);
  });

  it('refuses to run a state on another flow version', () => {
    const h = typicalCase();
    expect(() => decide({ ...refundFlow, version: 4 }, h.require(), { type: 'tick' }, {
      now: h.clock.now(), calendar: h.calendar, ids: new SequentialIds(), record: {},
    })).toThrow(/FLOW_VERSION_MISMATCH/);
  });
});
