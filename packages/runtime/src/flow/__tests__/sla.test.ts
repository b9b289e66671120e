import { describe, expect, it } from 'vitest';
import { localDateKey, nextWakeAt, toInstant, toLocal, chinaCalendar2025_2026 as cn, type Duration, type FlowDefinition } from '../../index.js';
import { edge, end, flow, m, role, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';
import { ladder, refundFlow } from './refund-flow.js';

const show = (t: number | null | undefined) => {
  if (t === null || t === undefined) return String(t);
  const l = toLocal(cn, t);
  return `${localDateKey(cn, t)} ${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
};

/** start → handle (SLA, 50 % reminder, the seed's ladder) → end, with a 3-working-day case deadline. */
const slaFlow = (duration: Duration): FlowDefinition => flow(
  [start(), task('handle', { name: m('处理退订', 'Handle'), assignees: [role('financeSpecialist')], sla: { duration, reminders: [0.5], escalation: ladder } }), end()],
  [edge('start', 'handle'), edge('handle', 'end')],
  { deadline: { duration: { amount: 3, unit: 'workingDays' }, escalation: [{ after: { amount: 0, unit: 'hours' }, action: 'notify', to: [{ kind: 'regionalDirector' }] }] } },
);

/** Ticks at `local - 1 min` (nothing of that kind may fire) and at `local` (it fires). */
function expectDueAt(h: Harness, local: string, type: string) {
  const due = toInstant(cn, local) ?? 0;
  h.clock.set(due - 60_000);
  expect(h.tick().events.filter((e) => e.type === type)).toEqual([]);
  h.clock.set(due);
  expect(h.tick().events.filter((e) => e.type === type).length).toBeGreaterThan(0);
}

describe('SLA due times with the business calendar', () => {
  it('a 3-working-day SLA started on Friday falls due on Wednesday at the same minute (weekend skipped)', () => {
    const h = new Harness(slaFlow({ amount: 3, unit: 'workingDays' }), { start: '2025-09-19 10:07' });
    h.start();
    expect(show(h.task('handle').dueAt)).toBe('2025-09-24 10:07');
    expectDueAt(h, '2025-09-24 10:07', 'breached');
  });

  it('a 24-hour SLA is clock time: Friday 10:07 → Saturday 10:07', () => {
    const h = new Harness(slaFlow({ amount: 24, unit: 'hours' }), { start: '2025-09-19 10:07' });
    h.start();
    expect(show(h.task('handle').dueAt)).toBe('2025-09-20 10:07');
    expectDueAt(h, '2025-09-20 10:07', 'breached');
  });

  it('国庆 2025: 3 working days from the Friday before count the Sunday make-up day (due Tue 9-30 16:00)', () => {
    const h = new Harness(slaFlow({ amount: 3, unit: 'workingDays' }), { start: '2025-09-26 16:00' });
    h.start();
    expect(show(h.task('handle').dueAt)).toBe('2025-09-30 16:00');
    expect(show(h.require().deadlineAt)).toBe('2025-09-30 16:00');
    expectDueAt(h, '2025-09-30 16:00', 'breached');
  });

  it('国庆 2025: 3 working days from the last day before the holiday land on the Saturday make-up day 10-11', () => {
    const h = new Harness(slaFlow({ amount: 3, unit: 'workingDays' }), { start: '2025-09-30 16:00' });
    h.start();
    expect(show(h.task('handle').dueAt)).toBe('2025-10-11 16:00');
    // The 50 % reminder is half the working time (72 h: 8 h on 9-30, 24 h on 10-9, 10-10, 16 h on 10-11) → 10-10 04:00
    const reminder = h.require().timers.find((t) => t.kind === 'reminder');
    expect(show(reminder?.at)).toBe('2025-10-10 04:00');
    expectDueAt(h, '2025-10-11 16:00', 'breached');
  });

  it('国庆 2026: started on Friday 9-25 (中秋) — 24 h is Saturday 16:00, 3 working days end with 9-30', () => {
    const clock = new Harness(slaFlow({ amount: 24, unit: 'hours' }), { start: '2026-09-25 16:00' });
    clock.start();
    expect(show(clock.task('handle').dueAt)).toBe('2026-09-26 16:00');
    const working = new Harness(slaFlow({ amount: 3, unit: 'workingDays' }), { start: '2026-09-25 16:00' });
    working.start();
    // Work arriving on a holiday counts from Monday 9-28 00:00: 9-28, 9-29, 9-30 → due 10-8 00:00
    expect(show(working.task('handle').dueAt)).toBe('2026-10-08 00:00');
    expectDueAt(working, '2026-10-08 00:00', 'breached');
  });

  it('15 minutes to the first interview: the supervisor hears about a miss at minute 15', () => {
    const h = new Harness(refundFlow, { start: '2025-12-20 16:17' });
    h.start();
    expectDueAt(h, '2025-12-20 16:32', 'breached');
    expect(h.notified('escalated')).toEqual([['sup']]);
  });
});

describe('escalation ladder and the case deadline', () => {
  const expected = [
    ['reminder', '2025-09-27 04:00'],
    ['breached', '2025-09-27 16:00'],
    ['escalated', '2025-09-27 16:00'],
    ['escalated', '2025-09-27 20:00'],
    ['escalated', '2025-09-28 16:00'],
    ['deadlineReached', '2025-09-30 16:00'],
    ['escalated', '2025-09-30 16:00'],
  ];

  it('a tick 3 days late fires every due step once, in time order, with the right effect', () => {
    // Given a 24 h task started on the Friday before 国庆 and no tick for days (server down)
    const h = new Harness(slaFlow({ amount: 24, unit: 'hours' }), { start: '2025-09-26 16:00' });
    h.start();
    expect(show(nextWakeAt(h.require()))).toBe('2025-09-27 04:00');
    // When the first tick arrives on 10-01 16:00
    h.at('2025-10-01 16:00');
    const late = h.tick();
    // Then each reminder, breach, escalation step and the deadline fire once, in order
    expect(late.events.map((e) => [e.type, show(e.scheduledAt)])).toEqual(expected);
    expect(new Set(late.events.map((e) => e.timerId)).size).toBe(expected.length);
    expect(late.events.map((e) => e.level).filter((l) => l !== undefined)).toEqual([1, 2, 3, 0, 1]);
    const handle = h.task('handle');
    expect(handle.assignees).toEqual(['director']);
    expect(handle).toMatchObject({ level: 3, breached: true });
    expect(h.notified('escalated')).toEqual([['sup'], ['fin1', 'mgr'], ['director']]);
    expect(h.notified('deadline')).toEqual([['zhang', 'director'], ['director']]);
    // And nothing fires twice
    h.clock.advance({ days: 10 });
    expect(h.tick().events).toEqual([]);
    expect(nextWakeAt(h.require())).toBeNull();
    // The regional director now owns the task; the original assignee no longer can act
    expect(() => h.run({ type: 'approve', taskId: handle.id }, 'fin1')).toThrow(/FLOW_NOT_ASSIGNEE/);
    h.run({ type: 'approve', taskId: handle.id, comment: '已处理' }, 'director');
    expect(h.require().status).toBe('completed');
  });

  it('fires the same steps at the same due times whether ticked every 10 minutes or once late', () => {
    const h = new Harness(slaFlow({ amount: 24, unit: 'hours' }), { start: '2025-09-26 16:00' });
    h.start();
    const end = toInstant(cn, '2025-10-01 16:00') ?? 0;
    while (h.clock.now() < end) { h.clock.advance({ minutes: 10 }); h.tick(); }
    expect(h.events.filter((e) => e.scheduledAt !== undefined).map((e) => [e.type, show(e.scheduledAt)])).toEqual(expected);
    // ...and every one was processed on time, not late
    expect(h.events.every((e) => e.scheduledAt === undefined || e.at - e.scheduledAt < 10 * 60_000)).toBe(true);
  });

  it('stops the ladder when the task is done before the breach', () => {
    const h = new Harness(slaFlow({ amount: 24, unit: 'hours' }), { start: '2025-09-26 16:00' });
    h.start();
    h.clock.advance({ hours: 13 });
    expect(h.tick().events.map((e) => e.type)).toEqual(['reminder']);
    h.run({ type: 'approve', taskId: h.task('handle').id }, 'fin1');
    h.clock.advance({ days: 3 });
    expect(h.tick().events).toEqual([]);
    expect(h.require().status).toBe('completed');
  });
});
