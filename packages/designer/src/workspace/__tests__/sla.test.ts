import { describe, expect, it } from 'vitest';
import { applyChange, compareByDue, filterTasks, formatCountdown, migratedFrom, returnTargets, slaState } from '../index.js';

const H = 3600_000;
const task = (over: Record<string, unknown> = {}) => ({
  id: 't', projectId: 'p', instanceId: 'i', recordId: 'r', flowKey: 'refund', instanceStatus: 'running', nodeId: 'review', name: { zh: '审核', en: 'Review' },
  status: 'open', dueAt: 24 * H, escalationLevel: 0, breached: false, title: '张先生', formKey: 'f', startedBy: 'u', createdAt: 0, updatedAt: 0, closedAt: null, version: 1, ...over,
});

describe('inbox SLA', () => {
  it('turns amber below 25 % of the time left and red once the deadline passed', () => {
    expect(slaState(task(), 12 * H).level).toBe('ok');
    expect(slaState(task(), 19 * H).level).toBe('warning');
    expect(slaState(task(), 25 * H)).toMatchObject({ level: 'breached', remainingMs: -H });
    // The server's verdict wins over a slow phone clock
    expect(slaState(task({ breached: true }), 1 * H).level).toBe('breached');
    expect(slaState(task({ dueAt: null }), 0).level).toBe('none');
    expect(slaState(task({ status: 'closed' }), 0).level).toBe('closed');
  });

  it('orders open tasks by due time, deadline-less after, closed ones last', () => {
    const items = [task({ id: 'late', dueAt: 48 * H }), task({ id: 'none', dueAt: null }), task({ id: 'done', status: 'closed', closedAt: 5 }), task({ id: 'soon', dueAt: H })];
    expect(items.sort(compareByDue).map((t) => t.id)).toEqual(['soon', 'late', 'none', 'done']);
  });

  it('filters overdue and due-soon tasks by flow', () => {
    const items = [task({ id: 'a', dueAt: H }), task({ id: 'b', dueAt: 100 * H }), task({ id: 'c', dueAt: H, flowKey: 'other' })];
    expect(filterTasks(items, 'refund', 'overdue', 2 * H).map((t) => t.id)).toEqual(['a']);
    expect(filterTasks(items, undefined, 'dueSoon', 80 * H).map((t) => t.id)).toEqual(['b']);
  });

  it('writes countdowns in Chinese and English', () => {
    expect(formatCountdown(26 * H, 'zh')).toBe('1天 2小时');
    expect(formatCountdown(-(H + 5 * 60_000), 'en')).toBe('1 h 5 min');
    expect(formatCountdown(65_000, 'zh')).toBe('1分 05秒');
  });
});

describe('task page helpers', () => {
  it('offers the earlier steps to return to, most recent first', () => {
    const timeline = ['interview', 'classify', 'interview', 'review'].map((nodeId) => ({ type: 'flow.taskCreated', data: { nodeId } }));
    expect(returnTargets(timeline, 'review', 'any')).toEqual(['interview', 'classify']);
    expect(returnTargets(timeline, 'review', 'previous')).toEqual(['interview']);
  });

  it('offers no step the version a moved case runs on no longer has, and tells which versions it ran on before', () => {
    // Given a case that passed 客服归档 on v1 and was moved to v2 (no 客服归档) then v3
    const timeline = [
      { type: 'flow.taskCreated', data: { nodeId: 'interview' } }, { type: 'flow.taskCreated', data: { nodeId: 'archive' } },
      { type: 'flow.migrated', data: { from: 1, to: 2 } }, { type: 'flow.migrated', data: { from: 2, to: 3 } }, { type: 'flow.taskCreated', data: { nodeId: 'review' } },
    ];
    const known = new Set(['interview', 'review']);
    expect(returnTargets(timeline, 'review', 'any', known)).toEqual(['interview']);
    expect(returnTargets(timeline, 'review', 'previous', known)).toEqual(['interview']);
    expect(returnTargets(timeline, 'review', 'previous')).toEqual(['archive']);
    expect(migratedFrom(timeline)).toEqual([1, 2]);
    expect(migratedFrom(timeline.slice(0, 2))).toEqual([]);
  });

  it('applies two changes made from the same stale value one after the other', () => {
    const stale = { name: '张先生' };
    let state: Record<string, unknown> = stale;
    state = applyChange({ ...stale, reasons: ['familyDispute'] }, 'reasons')(state);
    state = applyChange({ ...stale, reasons__other: undefined }, 'reasons__other')(state);
    expect(state.reasons).toEqual(['familyDispute']);
    expect(state.name).toBe('张先生');
  });
});
