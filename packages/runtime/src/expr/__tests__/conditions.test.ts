import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionFields, conditionToExpression, evaluateCondition, evaluateExpression, parseExpression, truthy, validateCondition,
  type Condition, type Scope,
} from '../../index.js';

function viaText(condition: Condition, scope: Scope): unknown {
  const parsed = parseExpression(conditionToExpression(condition));
  if (!parsed.ok) throw new Error(`${conditionToExpression(condition)}: ${parsed.issue.message.en}`);
  return evaluateExpression(parsed.expression, scope);
}

describe('conditions from the visual builder', () => {
  const schoolRule: Condition = {
    all: [
      { field: 'reasons', op: 'contains', value: '学区' },
      { any: [{ field: 'amount', op: 'gte', value: 100000 }, { not: { field: 'customer.phone', op: 'isNotEmpty' } }] },
    ],
  };

  it('reads as an expression a person can check', () => {
    expect(conditionToExpression(schoolRule))
      .toBe("contains(reasons, '学区') and (amount >= 100000 or not (not isEmpty(customer.phone)))");
  });

  it('evaluates every operator', () => {
    const scope = { n: 5, s: '学区房', list: ['a', 'b'], empty: '', date: '2025-12-20' };
    const cases: Array<[Condition, boolean]> = [
      [{ field: 'n', op: 'eq', value: 5 }, true], [{ field: 'n', op: 'ne', value: 5 }, false],
      [{ field: 'n', op: 'gt', value: 4 }, true], [{ field: 'n', op: 'gte', value: 6 }, false],
      [{ field: 'n', op: 'lt', value: 6 }, true], [{ field: 'n', op: 'lte', value: 4 }, false],
      [{ field: 's', op: 'contains', value: '学区' }, true], [{ field: 'list', op: 'notContains', value: 'a' }, false],
      [{ field: 'list', op: 'in', value: ['b', 'c'] }, true], [{ field: 's', op: 'notIn', value: ['x'] }, true],
      [{ field: 'empty', op: 'isEmpty' }, true], [{ field: 'missing', op: 'isNotEmpty' }, false],
      [{ field: 'date', op: 'between', value: ['2025-12-01', '2025-12-31'] }, true],
      [{ field: 'n', op: 'between', value: [6, 9] }, false],
      [{ atLeast: 2, of: [{ field: 'n', op: 'eq', value: 5 }, { field: 'empty', op: 'isEmpty' }, { expr: 'n > 100' }] }, true],
      [{ expr: 'n * 2 == 10' }, true],
      [{ all: [] }, true], [{ any: [] }, false],
    ];
    for (const [condition, expected] of cases) {
      expect(evaluateCondition(condition, scope), conditionToExpression(condition)).toBe(expected);
      expect(truthy(viaText(condition, scope)), conditionToExpression(condition)).toBe(expected);
    }
    // An expression that does not parse never holds (validateCondition reports it beforehand).
    expect(evaluateCondition({ expr: 'n +' }, scope)).toBe(false);
  });

  it('gives the same answer as its text form for any data (property)', () => {
    const scalar = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom('a', 'b', "it's", '学区', ''), fc.boolean(), fc.constant(null));
    const leaf = fc.record({
      field: fc.constantFrom('x', 'y', 'z'),
      op: fc.constantFrom('eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'notContains', 'in', 'notIn', 'between'),
      value: fc.oneof(scalar, fc.array(scalar, { minLength: 2, maxLength: 2 })),
    }) as fc.Arbitrary<Condition>;
    const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
        fc.record({ not: tie('c') }),
        fc.record({ atLeast: fc.nat(3), of: fc.array(tie('c'), { maxLength: 3 }) }),
      ),
    })).c;
    const scope = fc.record({ x: fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), y: scalar, z: scalar });
    fc.assert(fc.property(condition, scope, (c, s) => {
      const direct = evaluateCondition(c, s);
      const text = viaText(c, s);
      return direct === truthy(text);
    }), { numRuns: 300 });
  });

  it('lists the fields it reads and reports unknown ones', () => {
    expect(conditionFields(schoolRule)).toEqual(['reasons', 'amount', 'customer.phone']);
    const known = new Set(['reasons', 'amount']);
    const issues = validateCondition({ all: [{ field: 'reasons', op: 'contains', value: '学区' }, { expr: 'budget > 1' }] }, (f) => known.has(f));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['EXPR_UNKNOWN_FIELD', 'all.1.expr']]);
    expect(issues[0]?.message.zh).toContain('budget');
  });

  it('rejects malformed builder data with the place to fix', () => {
    const issues = validateCondition({ any: [{ field: 'a', op: 'like', value: 1 }, { field: 'a', op: 'in', value: 'x' }, { atLeast: -1, of: [] }, { expr: '(' }, 42] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['EXPR_CONDITION_INVALID', 'any.0.op'],
      ['EXPR_CONDITION_INVALID', 'any.1.value'],
      ['EXPR_CONDITION_INVALID', 'any.2.atLeast'],
      ['EXPR_SYNTAX', 'any.3.expr'],
      ['EXPR_CONDITION_INVALID', 'any.4'],
    ]);
    expect(validateCondition(schoolRule)).toEqual([]);
  });
});
