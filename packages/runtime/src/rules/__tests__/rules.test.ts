import { describe, expect, it } from 'vitest';
import {
  analyzeText, chinaCalendar2025_2026 as cn, evaluateRule, localDateKey, nextScheduleAt, noCustomerReply, noReplyWorkingDays,
  refundRiskDictionary, scoreRisk, seedRiskLibrary, toInstant, toLocal, validateRule, type Rule,
} from '../../index.js';

const at = (local: string) => toInstant(cn, local) ?? Number.NaN;

/** The seed's rule: any 2 of the 4 signals → 一级预警 to the sales supervisor and site manager. */
const level1Rule: Rule = {
  key: 'refund-risk-alert', name: { zh: '退筹一级预警', en: 'Refund level-1 alert' },
  trigger: { kind: 'recordChanged' },
  risk: { library: seedRiskLibrary, minLevel: 'level1' },
  actions: [
    { kind: 'alert', level: 'level1', message: { title: { zh: '客户{customerName}触发一级预警', en: 'Customer {customerName}: level-1 alert' } } },
    { kind: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }, { kind: 'role', role: 'siteManager' }], template: { title: { zh: '请在2小时内组织协调会', en: 'Hold a coordination meeting within 2 hours' } } },
    { kind: 'setFields', values: { riskLevel: 'level1', riskIndex: { expr: 'risk.index' } } },
  ],
};

const changed = (record: Record<string, unknown>) => ({ kind: 'recordChanged' as const, previous: { customerName: '张先生' }, record: { customerName: '张先生', ...record } });

describe('risk index: any 2 of these 4 signals → 一级预警', () => {
  it('stays quiet with one signal', () => {
    expect(scoreRisk(seedRiskLibrary, { vagueComparison: true }).level).toBeNull();
    expect(evaluateRule(level1Rule, changed({ note: 'x' }), { now: 0, signals: { depositRefundQuestion: true } })).toEqual([]);
  });

  it.each([
    ['vagueComparison', 'noReplyTwoWorkingDays'],
    ['depositRefundQuestion', 'photographingDetails'],
    ['noReplyTwoWorkingDays', 'photographingDetails'],
  ])('fires for %s + %s and says which signals fired', (a, b) => {
    const actions = evaluateRule(level1Rule, changed({ note: 'x' }), { now: 0, signals: { [a]: true, [b]: true } });
    expect(actions.map((x) => x.kind)).toEqual(['alert', 'notify', 'setFields']);
    const alert = actions[0];
    expect(alert?.kind === 'alert' && alert.message.zh).toBe('客户张先生触发一级预警');
    expect(alert?.kind === 'alert' && alert.risk?.fired.map((f) => f.key)).toEqual(seedRiskLibrary.signals.map((s) => s.key).filter((k) => k === a || k === b));
    expect(alert?.kind === 'alert' && alert.risk?.levelLabel?.zh).toBe('一级预警');
    expect(actions[2]).toEqual({ kind: 'setFields', values: { riskLevel: 'level1', riskIndex: 2 } });
  });

  it('feeds the signals from the follow-up log (working days, 非节假日) and from the customer’s words', () => {
    // We wrote on Tuesday 9-30; 国庆 days do not count as silence.
    const log = [{ at: at('2025-09-29 18:00'), direction: 'inbound' as const }, { at: at('2025-09-30 10:00'), direction: 'outbound' as const }];
    expect(noReplyWorkingDays(cn, log, at('2025-10-08 20:00')).days).toBe(0);
    expect(noReplyWorkingDays(cn, log, at('2025-10-10 08:00')).days).toBe(1);
    expect(noCustomerReply(cn, log, at('2025-10-10 20:00'), 2)).toBe(false); // Friday 10-10 is not over yet
    expect(noCustomerReply(cn, log, at('2025-10-11 09:00'), 2)).toBe(true); // 10-9 and 10-10 passed without a reply
    // A reply resets the count.
    expect(noReplyWorkingDays(cn, [...log, { at: at('2025-10-09 11:00'), direction: 'inbound' }], at('2025-10-12 09:00'))).toEqual({ days: 0, since: null });

    const text = analyzeText(refundRiskDictionary, '如果不想买了，定金能不能退？');
    const signals = {
      noReplyTwoWorkingDays: noCustomerReply(cn, log, at('2025-10-12 09:00'), 2),
      depositRefundQuestion: text.hits.some((h) => h.term === '定金能不能退' && !h.negated),
    };
    expect(evaluateRule(level1Rule, changed({ note: 'y' }), { now: 0, signals }).map((a) => a.kind)).toEqual(['alert', 'notify', 'setFields']);
  });

  it('weighs signals into an index and picks the most severe level that applies', () => {
    const library = {
      ...seedRiskLibrary,
      signals: [...seedRiskLibrary.signals, { key: 'photos', label: { zh: '拍照', en: 'Photos' }, weight: 0.5, condition: { field: 'photoCount', op: 'gte' as const, value: 5 } }],
      levels: [
        { key: 'level1', label: { zh: '一级预警', en: 'L1' }, minIndex: 3 },
        { key: 'level2', label: { zh: '二级预警', en: 'L2' }, minIndex: 1.5 },
      ],
    };
    expect(scoreRisk(library, { vagueComparison: true, photos: 2 })).toMatchObject({ index: 2, level: 'level2' });
    expect(scoreRisk(library, { vagueComparison: true, depositRefundQuestion: true, noReplyTwoWorkingDays: true })).toMatchObject({ index: 3, level: 'level1' });
    const rule: Rule = { ...level1Rule, risk: { library, minLevel: 'level2' } };
    const actions = evaluateRule(rule, changed({ photoCount: 7 }), { now: 0, signals: { vagueComparison: true } });
    expect(actions[0]?.kind === 'alert' && actions[0].risk).toMatchObject({ index: 1.5, level: 'level2' });
  });
});

describe('triggers', () => {
  const rule: Rule = {
    key: 'big-refund', name: { zh: '大额退订', en: 'Large refund' },
    trigger: { kind: 'recordChanged', fields: ['amount'] },
    condition: { field: 'amount', op: 'gte', value: 500000 },
    actions: [{ kind: 'startFlow', flowKey: 'refund', data: { amount: { expr: 'amount' }, previousAmount: { expr: 'previous.amount' } } }],
  };

  it('fires on a change of a watched field only, when the condition holds', () => {
    expect(evaluateRule(rule, { kind: 'recordChanged', previous: { amount: 1, note: 'a' }, record: { amount: 1, note: 'b' } }, { now: 0 })).toEqual([]);
    expect(evaluateRule(rule, { kind: 'recordChanged', previous: { amount: 1 }, record: { amount: 2 } }, { now: 0 })).toEqual([]);
    expect(evaluateRule(rule, { kind: 'recordChanged', previous: { amount: 1 }, record: { amount: 800000 } }, { now: 0 }))
      .toEqual([{ kind: 'startFlow', flowKey: 'refund', data: { amount: 800000, previousAmount: 1 } }]);
    expect(evaluateRule(rule, { kind: 'recordCreated', record: { amount: 800000 } }, { now: 0 })).toEqual([]);
    expect(evaluateRule({ ...rule, enabled: false }, { kind: 'recordChanged', previous: {}, record: { amount: 800000 } }, { now: 0 })).toEqual([]);
  });

  it('computes the next scheduled run in local time, skipping holidays when asked', () => {
    const show = (t: number | null) => (t === null ? null : `${localDateKey(cn, t)} ${toLocal(cn, t).hour}:${String(toLocal(cn, t).minute).padStart(2, '0')}`);
    expect(show(nextScheduleAt('0 9 * * *', at('2025-09-30 10:00'), cn))).toBe('2025-10-01 9:00');
    expect(show(nextScheduleAt('0 9 * * *', at('2025-09-30 10:00'), cn, true))).toBe('2025-10-09 9:00');
    expect(show(nextScheduleAt('30 17 * * 1-5', at('2025-09-26 18:00'), cn))).toBe('2025-09-29 17:30');
    expect(nextScheduleAt('not a cron', 0, cn)).toBeNull();
  });
});

describe('validateRule', () => {
  it('reports a bad cron, unknown fields and roles, and an unknown alert level, with paths', () => {
    const issues = validateRule({
      key: 'r', name: { zh: '规则', en: 'Rule' },
      trigger: { kind: 'schedule', cron: '61 9 * * *' },
      condition: { field: 'amout', op: 'gt', value: 1 },
      risk: { library: seedRiskLibrary, minLevel: 'level9' },
      actions: [{ kind: 'notify', to: [{ kind: 'role', role: 'boss' }], template: { title: { zh: '提醒', en: 'Reminder' } } }, { kind: 'setFields', values: { nope: 1 } }],
    }, { form: { key: 'refund', schema: { properties: { amount: {} } } }, roles: ['salesSupervisor'] });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['RULE_BAD_CRON', 'trigger.cron'], ['EXPR_UNKNOWN_FIELD', 'condition.field'], ['RULE_UNKNOWN_ROLE', 'actions.0.to.0'],
      ['RULE_UNKNOWN_FIELD', 'actions.1.values.nope'], ['RULE_UNKNOWN_LEVEL', 'risk.minLevel'],
    ]);
    expect(issues[0]?.message.zh).toContain('0 9 * * 1-5');
    expect(validateRule(level1Rule, { roles: ['salesSupervisor', 'siteManager'] })).toEqual([]);
  });
});
