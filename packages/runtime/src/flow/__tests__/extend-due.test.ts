import { describe, expect, it } from 'vitest';
import { chinaCalendar2025_2026 as cn, localDateKey, toInstant, toLocal, type FlowDefinition } from '../../index.js';
import { edge, end, flow, m, role, start, task } from '../__fixtures__/base.js';
import { Harness, refusal } from './harness.js';
import { ladder } from './refund-flow.js';

const at = (local: string) => toInstant(cn, local) ?? 0;
const show = (t: number | string | undefined) => {
  if (typeof t !== 'number') return 'none';
  const l = toLocal(cn, t);
  return `${localDateKey(cn, t)} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
};

/** start → 金融方案 (24 h, 50 % reminder, the seed's ladder) → 补充说明 (no time limit) → end; site managers supervise. */
const loanFlow: FlowDefinition = flow(
  [
    start(),
    task('loan', { name: m('金融方案', 'Loan plan'), assignees: [role('financeSpecialist')], sla: { duration: { amount: 24, unit: 'hours' }, reminders: [0.5], escalation: ladder } }),
    task('note', { name: m('补充说明', 'Note'), assignees: [role('financeSpecialist')] }),
    end(),
  ],
  [edge('start', 'loan'), edge('loan', 'note'), edge('note', 'end')],
  {
    supervisorRoles: ['admin', 'siteManager'],
    deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] },
  },
);

/** A case opened on Monday 2025-09-22 10:00: the loan step is due Tuesday 10:00. */
function started(): Harness {
  const h = new Harness(loanFlow, { start: '2025-09-22 10:00' });
  h.start();
  return h;
}

describe('延期: a supervisor extends one step', () => {
  it('the breach and the escalation fire at the new due time, not at the old one, once', () => {
    const h = started();
    const id = h.task('loan').id;
    const deadline = h.require().deadlineAt;
    h.at('2025-09-22 22:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['reminder']);
    h.at('2025-09-23 08:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-24 10:00'), reason: '等银行回复' }, 'mgr');
    expect(show(h.task('loan').dueAt)).toBe('2025-09-24 10:00');

    // At the old due time only the reminder of the new one (half-way) comes.
    h.at('2025-09-23 10:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['reminder']);
    h.at('2025-09-24 09:59');
    expect(h.tick().events.map((e) => e.type)).toEqual([]);
    h.at('2025-09-24 10:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['breached', 'escalated']);
    expect(h.tick().events).toEqual([]);
    expect(h.eventTypes().filter((t) => t === 'breached')).toHaveLength(1);
    expect(h.task('loan').breached).toBe(true);
    // The case's own deadline did not move.
    expect(h.require().deadlineAt).toBe(deadline);
    expect(h.require().timers.filter((t) => t.kind === 'deadline').map((t) => t.at)).toEqual([deadline]);
  });

  it('records who extended, from when to when and why, and tells the step\'s people', () => {
    const h = started();
    const id = h.task('loan').id;
    h.at('2025-09-23 08:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-24 10:00'), reason: '  客户出差，周三回来  ' }, 'mgr');
    const event = h.require().history.at(-1);
    expect(event).toMatchObject({ type: 'dueExtended', by: 'mgr', taskId: id, nodeId: 'loan', from: at('2025-09-23 10:00'), to: at('2025-09-24 10:00'), comment: '客户出差，周三回来' });
    const notice = h.last?.effects.find((fx) => fx.kind === 'notify');
    expect(notice).toMatchObject({ reason: 'extended', to: { users: ['fin1'] }, message: { zh: '「金融方案」延期至 2025-09-24 10:00', en: '"Loan plan" extended until 2025-09-24 10:00' } });
  });

  it('reminders are computed for the new due time and only those still ahead are kept', () => {
    const h = started();
    const id = h.task('loan').id;
    // The 50 % reminder of the first 24 h (Monday 22:00) is still ahead at 12:00: extended to 48 h it moves to Tuesday 10:00.
    h.at('2025-09-22 12:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-24 10:00'), reason: '等银行回复' }, 'mgr');
    const timersOf = () => h.require().timers.filter((t) => t.taskId === id).map((t) => `${t.kind} ${show(t.at)}`);
    expect(timersOf()).toEqual(['reminder 2025-09-23 10:00', 'breach 2025-09-24 10:00', 'escalation 2025-09-24 10:00', 'escalation 2025-09-24 14:00', 'escalation 2025-09-25 10:00']);
    // Past the new half-way point, a second extension schedules no reminder in the past.
    h.at('2025-09-23 11:00').tick();
    h.run({ type: 'extendDue', taskId: id, until: at('2025-09-24 11:00'), reason: '银行明早答复' }, 'mgr');
    expect(h.tick().events).toEqual([]);
    expect(timersOf()[0]).toBe('breach 2025-09-24 11:00');
  });

  it('after a breach and two escalations the level stays: the site manager keeps the step, the next step counts from the new due time', () => {
    const h = started();
    const id = h.task('loan').id;
    h.at('2025-09-23 14:00').tick();
    expect(h.task('loan').level).toBe(2);
    expect(h.task('loan').assignees).toEqual(['fin1', 'mgr']);
    h.at('2025-09-23 15:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-24 15:00'), reason: '客户出差' }, 'mgr');
    expect(h.task('loan')).toMatchObject({ breached: false, level: 2, assignees: ['fin1', 'mgr'] });
    // The one extended is not told about his own extension.
    expect(h.notified('extended')).toEqual([['fin1']]);
    h.at('2025-09-24 15:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['breached']);
    // (The case's own deadline, Thursday 10:00, fires meanwhile: it does not move.)
    const stepEvents = () => h.tick().events.filter((e) => e.taskId === id).map((e) => [e.type, e.level]);
    h.at('2025-09-25 14:59');
    expect(stepEvents()).toEqual([]);
    h.at('2025-09-25 15:00');
    expect(stepEvents()).toEqual([['escalated', 3]]);
    expect(h.task('loan').assignees).toEqual(['director']);
  });

  it('a second extension moves the due time again', () => {
    const h = started();
    const id = h.task('loan').id;
    h.at('2025-09-23 08:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-23 20:00'), reason: '等银行回复' }, 'mgr');
    h.at('2025-09-23 19:00').run({ type: 'extendDue', taskId: id, until: at('2025-09-24 20:00'), reason: '银行延迟到明天' }, 'root');
    expect(h.require().history.filter((e) => e.type === 'dueExtended').map((e) => [show(e.from), show(e.to), e.by]))
      .toEqual([['2025-09-23 10:00', '2025-09-23 20:00', 'mgr'], ['2025-09-23 20:00', '2025-09-24 20:00', 'root']]);
    h.at('2025-09-23 20:00');
    expect(h.tick().events).toEqual([]);
    h.at('2025-09-24 20:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['breached', 'escalated']);
  });

  it('refuses non-supervisors, steps without a time limit, a bad until and a bad reason, changing nothing', () => {
    const h = started();
    const id = h.task('loan').id;
    h.at('2025-09-23 08:00');
    const extend = (actor: string, until: number, reason = '等银行回复', taskId = id) => () => h.run({ type: 'extendDue', taskId, until, reason }, actor);
    const before = h.require();
    // The assignee and the sales supervisor are not supervisors of this flow.
    expect(refusal(extend('fin1', at('2025-09-24 10:00')))).toBe('state:FLOW_NOT_SUPERVISOR');
    expect(refusal(extend('sup', at('2025-09-24 10:00')))).toBe('state:FLOW_NOT_SUPERVISOR');
    expect(refusal(() => h.run({ type: 'extendDue', taskId: id, until: at('2025-09-24 10:00'), reason: 'x' }))).toBe('user:FLOW_NO_ACTOR');
    expect(refusal(extend('mgr', at('2025-09-23 10:00')))).toBe('user:FLOW_EXTEND_NOT_LATER until');
    expect(refusal(extend('mgr', at('2025-09-23 09:00')))).toBe('user:FLOW_EXTEND_NOT_LATER until');
    expect(refusal(extend('mgr', at('2025-10-23 08:01')))).toBe('user:FLOW_EXTEND_TOO_FAR until');
    expect(refusal(extend('mgr', Number.NaN))).toBe('user:FLOW_BAD_COMMAND until');
    expect(refusal(extend('mgr', at('2025-09-24 10:00'), '   '))).toBe('user:FLOW_EXTEND_REASON reason');
    expect(refusal(extend('mgr', at('2025-09-24 10:00'), '长'.repeat(501)))).toBe('user:FLOW_EXTEND_REASON reason');
    expect(refusal(extend('mgr', at('2025-09-24 10:00'), 'x', 'task-gone'))).toBe('state:FLOW_TASK_CLOSED');
    expect(h.require()).toBe(before);
    // 30 days ahead and a 500-character reason are accepted.
    extend('mgr', at('2025-10-23 08:00'), '长'.repeat(500))();

    // A breached step can be extended only into the future; a step without a time limit cannot be.
    const late = started();
    const lateId = late.task('loan').id;
    late.at('2025-09-23 12:00').tick();
    expect(refusal(() => late.run({ type: 'extendDue', taskId: lateId, until: at('2025-09-23 11:00'), reason: '等银行回复' }, 'mgr'))).toBe('user:FLOW_EXTEND_NOT_LATER until');
    late.run({ type: 'approve', taskId: lateId }, 'fin1');
    const noteId = late.task('note').id;
    expect(refusal(() => late.run({ type: 'extendDue', taskId: noteId, until: at('2025-09-24 11:00'), reason: '等银行回复' }, 'mgr'))).toBe('state:FLOW_EXTEND_NO_DUE');
  });
});
