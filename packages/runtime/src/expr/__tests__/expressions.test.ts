import { describe, expect, it } from 'vitest';
import { chinaCalendar2025_2026, evaluateExpression, parseExpression, referencedFields, type ExpressionEnv, type Scope } from '../../index.js';

function run(source: string, scope: Scope = {}, env: ExpressionEnv = {}): unknown {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`did not parse: ${source}: ${parsed.issue.message.en}`);
  return evaluateExpression(parsed.expression, scope, env);
}

describe('expressions: arithmetic, comparison and logic', () => {
  it('computes with money amounts the way a person would', () => {
    expect(run('0.1 + 0.2 == 0.3')).toBe(true);
    expect(run('price * area', { price: 32000, area: 89.5 })).toBe(2864000);
    expect(run('(a + b) * 2 - c / 4 % 3', { a: 1, b: 2, c: 8 })).toBe(4);
    expect(run('-amount', { amount: 5 })).toBe(-5);
  });

  it('gives null instead of NaN when a value is missing or not a number', () => {
    expect(run('price * area', { price: 32000 })).toBeNull();
    expect(run("price * 'x'", { price: 1 })).toBeNull();
    expect(run('a / 0', { a: 1 })).toBeNull();
  });

  it('joins text with +', () => {
    expect(run("name + '先生'", { name: '张' })).toBe('张先生');
    expect(run("missing + '先生'")).toBe('先生');
  });

  it('understands and/or/not as words and as symbols', () => {
    const scope = { amount: 200000, reasons: ['school', 'loan'], vip: false };
    expect(run("amount > 100000 and contains(reasons, 'school')", scope)).toBe(true);
    expect(run("amount > 100000 && contains(reasons, 'parking')", scope)).toBe(false);
    expect(run('vip or amount >= 200000', scope)).toBe(true);
    expect(run('not vip and !(amount < 1)', scope)).toBe(true);
    expect(run("vip ? 'A' : 'B'", scope)).toBe('B');
  });

  it('treats an empty list as false and a missing field as null', () => {
    expect(run('not reasons', { reasons: [] })).toBe(true);
    expect(run('missing == null')).toBe(true);
    expect(run('missing > 3')).toBe(false);
  });

  it('compares dates written as YYYY-MM-DD in order', () => {
    expect(run("signedOn < '2025-12-20'", { signedOn: '2025-12-19' })).toBe(true);
  });

  it('reads nested field paths and sub-table rows', () => {
    const scope = { customer: { phone: '13812341234' }, items: [{ amount: 5 }] };
    expect(run('customer.phone', scope)).toBe('13812341234');
    expect(run('items[0].amount', scope)).toBe(5);
    expect(run("customer['phone']", scope)).toBe('13812341234');
    expect(run('customer.missing.deeper', scope)).toBeUndefined();
  });

  it('lists the fields an expression reads', () => {
    const parsed = parseExpression("amount > 1 and contains(customer.tags, 'vip') or sum(items, 'amount') > amount");
    expect(parsed.ok && referencedFields(parsed.expression)).toEqual(['amount', 'customer.tags', 'items']);
  });
});

describe('expressions: functions', () => {
  it('fires "at least 2 of 4" risk signals (退筹风险一级预警)', () => {
    const signals = 'atLeast(2, compareOtherProjects, noReplyTwoDays, askedRefund, photographedDefects)';
    expect(run(signals, { compareOtherProjects: true, noReplyTwoDays: false, askedRefund: true, photographedDefects: false })).toBe(true);
    expect(run(signals, { compareOtherProjects: false, noReplyTwoDays: false, askedRefund: true, photographedDefects: false })).toBe(false);
    expect(run('atLeast(2, [a, b, c, d])', { a: 1, b: 0, c: 'x', d: null })).toBe(true);
  });

  it('sums and counts over a sub-table', () => {
    const items = [
      { kind: '定金', amount: 800000.1, refunded: true },
      { kind: '首付', amount: 0.2, refunded: false },
      { kind: '服务费', amount: 'n/a', refunded: true },
    ];
    expect(run("sum(items, 'amount')", { items })).toBe(800000.3);
    expect(run('count(items)', { items })).toBe(3);
    expect(run("count(items, 'refunded')", { items })).toBe(2);
    expect(run("avg(items, 'amount')", { items })).toBe(400000.15);
    expect(run("max(items, 'amount')", { items })).toBe(800000.1);
    expect(run("min(items, 'amount')", { items })).toBe(0.2);
    expect(run('count(missing)')).toBe(0);
    expect(run('sum(1, 2, 3)')).toBe(6);
  });

  it('checks text and list membership', () => {
    expect(run("contains(note, '学区')", { note: '妻子因学区问题反悔' })).toBe(true);
    expect(run("anyOf(reason, ['家庭内部争议', '贷款审批失败'])", { reason: '贷款审批失败' })).toBe(true);
    expect(run("anyOf(reasons, '学区', '车位')", { reasons: ['价格', '车位'] })).toBe(true);
    expect(run("allOf(reasons, '学区', '车位')", { reasons: ['价格', '车位'] })).toBe(false);
    expect(run('len(name)', { name: '欧阳娜娜' })).toBe(4);
    expect(run('isEmpty(name) and isEmpty(list) and not isEmpty(x)', { name: '  ', list: [], x: 0 })).toBe(true);
    expect(run('round(2.345, 2) + floor(1.9) + ceil(1.1) + abs(-1)')).toBe(6.35);
  });

  it('counts calendar days and working days, with holidays when a calendar is passed', () => {
    // 2025-09-30 (Tue) → 2025-10-09 (Thu): National Day holiday 10-01…10-08, 10-11 (Sat) is a make-up day.
    expect(run("daysBetween('2025-09-30', '2025-10-09')")).toBe(9);
    expect(run("workingDaysBetween('2025-09-30', '2025-10-09')")).toBe(7);
    expect(run("workingDaysBetween('2025-09-30', '2025-10-09')", {}, { calendar: chinaCalendar2025_2026 })).toBe(1);
    expect(run("daysBetween('2025-12-23', '2025-12-20')")).toBe(-3);
    expect(run("daysBetween(signedAt, '2025-12-21')", { signedAt: '2025-12-20T23:30:00+08:00' })).toBe(1);
  });

  it('takes today and now from the environment, in China time by default', () => {
    const now = Date.UTC(2025, 11, 19, 17, 0); // 2025-12-20 01:00 in Beijing
    expect(run('today()', {}, { now })).toBe('2025-12-20');
    expect(run('now()', {}, { now })).toBe(now);
    expect(run('today()')).toBeNull();
    expect(run("daysBetween(expectedBy, today()) > 3", { expectedBy: '2025-12-15' }, { now })).toBe(true);
    expect(run("addDays('2025-12-30', 3)")).toBe('2026-01-02');
  });
});

describe('expressions: errors and the sandbox', () => {
  it('reports where a broken expression goes wrong, in both languages', () => {
    const result = parseExpression('(amount + 2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe('EXPR_SYNTAX');
    expect(result.issue.position).toBe(11);
    expect(result.issue.message.zh).toContain('缺少右括号');
    expect(result.issue.message.en).toContain('Unclosed (');
  });

  it('points at the operator that has nothing after it', () => {
    const result = parseExpression('amount > ');
    expect(!result.ok && result.issue.position).toBe(9);
  });

  it.each([
    ['customer.constructor', 'EXPR_FORBIDDEN', 9],
    ["customer['__proto__']", 'EXPR_FORBIDDEN', 10],
    ['constructor.constructor', 'EXPR_FORBIDDEN', 0],
    ['prototype', 'EXPR_FORBIDDEN', 0],
    ['this', 'EXPR_FORBIDDEN', 0],
    ["name.toString()", 'EXPR_FORBIDDEN', 0],
    ["eval('1')", 'EXPR_UNKNOWN_FUNCTION', 0],
    ['amount + Function(1)', 'EXPR_UNKNOWN_FUNCTION', 9],
    ['customer[field]', 'EXPR_FORBIDDEN', 8],
    ['a | b', 'EXPR_UNSUPPORTED_OPERATOR', 2],
    ['sum()', 'EXPR_FUNCTION_ARITY', 0],
    ['', 'EXPR_EMPTY', 0],
  ])('refuses %s with %s at position %i', (source, code, position) => {
    const result = parseExpression(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issue.code).toBe(code);
    expect(result.issue.position).toBe(position);
    expect(result.issue.message.zh.length).toBeGreaterThan(0);
    expect(result.issue.message.en.length).toBeGreaterThan(0);
  });

  it('never reaches inherited properties of the data', () => {
    expect(run('toString', {})).toBeUndefined();
    expect(run('name.length', { name: 'abc' })).toBeUndefined();
    expect(run('list.length', { list: [1, 2] })).toBe(2);
    // A throwing getter in hostile data does not escape either: the value is simply unknown.
    const withGetter = Object.defineProperty({}, 'secret', { get: () => { throw new Error('ran'); }, enumerable: true });
    expect(run('secret', withGetter)).toBeNull();
  });

  it('refuses absurdly long or deep expressions instead of crashing', () => {
    const deep = `${'-('.repeat(300)}1${')'.repeat(300)}`;
    const result = parseExpression(deep);
    expect(result.ok).toBe(false);
    expect(!result.ok && ['EXPR_TOO_DEEP', 'EXPR_SYNTAX']).toContain(!result.ok && result.issue.code);
    expect(parseExpression('a+'.repeat(1500) + 'a').ok).toBe(false);
  });
});
