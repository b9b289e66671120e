import { describe, expect, it } from 'vitest';
import { conditionToExpression, evaluateCondition } from '@siteflow/runtime';
import { countLeaves, fromGroupView, toGroupView, type Condition } from '../index.js';

describe('condition builder model', () => {
  it('edits "at least K of these" as a group and produces runtime Condition data', () => {
    // Given the seed's level-1 alert: any 2 of 4 signals
    const signals: Condition[] = [
      { field: 'mentionsCompetitor', op: 'eq', value: true },
      { field: 'silentDays', op: 'gte', value: 2 },
      { field: 'asksDepositRefund', op: 'eq', value: true },
      { field: 'photosConstruction', op: 'eq', value: true },
    ];
    const group = fromGroupView({ mode: 'atLeast', k: 2, children: signals, negated: false });
    expect(group).toEqual({ atLeast: 2, of: signals });
    // Then the runtime evaluates it as the builder shows it
    expect(evaluateCondition(group, { mentionsCompetitor: true, silentDays: 3 })).toBe(true);
    expect(evaluateCondition(group, { mentionsCompetitor: true })).toBe(false);
    expect(conditionToExpression(group)).toContain('atLeast(2');
    // And reading it back gives the same view
    expect(toGroupView(group)).toEqual({ mode: 'atLeast', k: 2, children: signals, negated: false });
  });

  it('keeps K within the number of conditions and supports negation', () => {
    const one: Condition[] = [{ field: 'amount', op: 'gt', value: 100000 }];
    expect(fromGroupView({ mode: 'atLeast', k: 5, children: one, negated: false })).toEqual({ atLeast: 1, of: one });
    const negated = fromGroupView({ mode: 'any', k: 1, children: one, negated: true });
    expect(negated).toEqual({ not: { any: one } });
    expect(toGroupView(negated).negated).toBe(true);
    expect(countLeaves(negated)).toBe(1);
    expect(countLeaves(undefined)).toBe(0);
  });
});
