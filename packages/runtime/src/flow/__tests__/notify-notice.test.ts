import { describe, expect, it } from 'vitest';
import { evaluateRule, fillNotice, type FlowDefinition, type FlowEffect, type Rule } from '../../index.js';
import { noticeOf } from '../engine/values.js';
import { edge, end, flow, m, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';

const closedFlow = (): FlowDefinition => flow(
  [
    start(),
    {
      id: 'tell', kind: 'action', name: m('通知', 'Tell'),
      steps: [
        { kind: 'notify', to: [{ kind: 'role', role: 'financeSpecialist' }], template: { title: m('工单 {caseNo} 已关闭（{customerName}）', 'Work order {caseNo} is closed ({customerName})'), body: m('房号 {unit.no}，{unknown}', 'Unit {unit.no}, {unknown}') } },
        { kind: 'setFields', values: { customerName: '改名' } },
      ],
    },
    task('plan', { assignees: [{ kind: 'role', role: 'financeSpecialist' }] }),
    end('ok', 'done'),
  ],
  [edge('start', 'tell'), edge('tell', 'plan'), edge('plan', 'ok')],
);

type NotifyEffect = Extract<FlowEffect, { kind: 'notify' }>;

describe('notify step: the text still to fill travels with the effect', () => {
  it('carries the template and the values it read at that step, which fill to the same text', () => {
    const record = { caseNo: 'C-7', customerName: '赵六', unit: { no: '3-1-1502', floor: 15 }, customerPhone: '13812345678' };
    const h = new Harness(closedFlow(), { record });
    const fx = h.start().effects.find((e): e is NotifyEffect => e.kind === 'notify' && e.reason === 'action');
    expect(fx?.message).toEqual({ zh: '工单 C-7 已关闭（赵六）\n房号 3-1-1502，{unknown}', en: 'Work order C-7 is closed (赵六)\nUnit 3-1-1502, {unknown}' });
    // Only what the placeholders read, as it was before the later step renamed the customer
    expect(fx?.notice?.values).toEqual({ caseNo: 'C-7', customerName: '赵六', unit: { no: '3-1-1502' } });
    expect(fx?.notice && fillNotice(fx.notice, fx.notice.values)).toEqual(fx?.message);
    // Filled from other (e.g. masked) values, the same notice gives their text
    expect(fx?.notice && fillNotice(fx.notice, { ...fx.notice.values, customerName: '赵*' }).zh).toBe('工单 C-7 已关闭（赵*）\n房号 3-1-1502，{unknown}');
  });

  it('falls back to the Chinese text when a template has no English', () => {
    const notice = noticeOf({ title: { zh: '客户 {name}', en: '' } }, { name: '钱七', other: 1 });
    expect(notice).toEqual({ title: { zh: '客户 {name}', en: '' }, values: { name: '钱七' } });
    expect(fillNotice(notice, notice.values)).toEqual({ zh: '客户 钱七', en: '客户 钱七' });
  });

  it('a rule notice keeps record, previous and risk values one level deep', () => {
    const rule: Rule = {
      key: 'renamed', name: m('改名提醒', 'Renamed'), trigger: { kind: 'recordChanged' },
      actions: [{ kind: 'notify', to: [{ kind: 'role', role: 'salesSupervisor' }], template: { title: m('{previous.customerName} → {record.customerName}', '{previous.customerName} → {customerName}') } }],
    };
    const [action] = evaluateRule(rule, { kind: 'recordChanged', previous: { customerName: '赵六' }, record: { customerName: '赵七', customerPhone: '13800000000' } }, { now: 0 });
    expect(action?.kind === 'notify' && action.notice.values).toEqual({ previous: { customerName: '赵六' }, record: { customerName: '赵七' }, customerName: '赵七' });
    expect(action?.kind === 'notify' && action.message).toEqual({ zh: '赵六 → 赵七', en: '赵六 → 赵七' });
  });
});
