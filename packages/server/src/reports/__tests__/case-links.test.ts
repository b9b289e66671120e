import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '@siteflow/runtime';
import { caseSla, countStepBreaches, linkWorkOrders, phoneKey, type SlaEvent } from '../index.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const m = (zh: string, en: string) => ({ zh, en });
const director = [{ kind: 'regionalDirector' }] as const;
const manager = [{ kind: 'role', role: 'siteManager' }] as const;

// A 退订工单 with the shipped ladder: at the breach notify the site manager, 24 h later add the 区域总监.
const flow = {
  key: 'wo', name: m('退订工单流', 'Work order'), formKey: 'wo', edges: [],
  nodes: [
    { id: 'interview', kind: 'task', name: m('首次面谈', 'First interview'), sla: { duration: { amount: 15, unit: 'minutes' }, escalation: [
      { after: { amount: 0, unit: 'minutes' }, action: 'notify', to: manager },
      { after: { amount: 24, unit: 'hours' }, action: 'addAssignees', to: director },
    ] } },
  ],
  deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [
    { after: { amount: 0, unit: 'minutes' }, action: 'notify', to: [...director, ...manager] },
    { after: { amount: 0, unit: 'minutes' }, action: 'addAssignees', to: director },
  ] },
} as unknown as FlowDefinition;

const event = (type: SlaEvent['type'], nodeId: string | null, level: number | null = null, taskId: string | null = nodeId && 'tk1'): SlaEvent =>
  ({ type, instanceId: 'in1', taskId, nodeId, level, flowKey: 'wo', flow });

describe('linking a 退订工单 to its 退筹事件追踪表 case', () => {
  it('matches the customer phone however it was typed', () => {
    expect(phoneKey('+86 138-1234-5678')).toBe('13812345678');
    expect(phoneKey('13812345678')).toBe('13812345678');
    expect(phoneKey('')).toBeNull();
    expect(phoneKey(undefined)).toBeNull();
  });

  it('links each work order to the same customer’s case opened nearest in time, within a week', () => {
    const t0 = Date.parse('2025-11-10T10:00:00+08:00');
    const tracking = [
      { id: 'oct', createdAt: t0 - 30 * DAY, phone: '13812345678' },
      { id: 'nov', createdAt: t0 + 5 * 60_000, phone: '138 1234 5678' },
      { id: 'other', createdAt: t0, phone: '13900000000' },
    ];
    const links = linkWorkOrders(tracking, [
      { id: 'wo', createdAt: t0, phone: '13812345678' },
      { id: 'duplicate', createdAt: t0 + 3 * 60_000, phone: '13812345678' },
      { id: 'late', createdAt: t0 + 10 * DAY, phone: '13812345678' },
      { id: 'unknown', createdAt: t0, phone: '13700000000' },
    ]);
    expect(Object.fromEntries(links)).toEqual({ wo: 'nov', duplicate: 'nov' });
  });
});

describe('SLA figures of a case from its audit events', () => {
  it('counts a breach per late step and an escalation only once the 区域总监 is reached, once per task', () => {
    const sla = caseSla([
      event('flow.breached', 'interview'), event('flow.escalated', 'interview', 1), event('flow.escalated', 'interview', 2),
      event('flow.deadlineReached', null), event('flow.escalated', null, 1), event('flow.escalated', null, 2),
    ]);
    expect(sla.slaBreaches).toBe(2);
    expect(sla.escalations).toBe(2); // the interview task and the whole-case deadline
    expect(sla.stepBreaches.map((s) => [s.nodeId, s.name.zh, s.count])).toEqual([['interview', '首次面谈', 1], [null, '整体时限（闭环）', 1]]);
  });

  it('does not call a rung that only notifies the site manager an escalation', () => {
    expect(caseSla([event('flow.breached', 'interview'), event('flow.escalated', 'interview', 1)])).toMatchObject({ slaBreaches: 1, escalations: 0 });
  });

  it('ranks the steps of the month by breaches, then by cases', () => {
    const one = caseSla([event('flow.breached', 'interview'), event('flow.deadlineReached', null)]);
    const two = caseSla([event('flow.breached', 'interview'), event('flow.breached', 'interview', null, 'tk2')]);
    const ranked = countStepBreaches([one, two, {}]);
    expect(ranked.map((s) => [s.nodeId, s.breaches, s.cases])).toEqual([['interview', 3, 2], [null, 1, 1]]);
  });
});
