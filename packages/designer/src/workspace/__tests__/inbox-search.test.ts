import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../inbox/inbox-filter.js';
import type { TaskSummary } from '../shared/api.js';

const task = {
  id: 't1', projectId: 'p', instanceId: 'i', recordId: 'r', flowKey: 'cancellation-work-order', instanceStatus: 'running', nodeId: 'interview',
  name: { zh: '首次面谈', en: 'First interview' }, status: 'open', dueAt: null, escalationLevel: 0, breached: false, title: '林先生 · 3-1-1502',
  formKey: 'f', startedBy: 'u', createdAt: 0, updatedAt: 0, closedAt: null, version: 1,
} satisfies TaskSummary;
const flowName = (key: string) => (key === 'cancellation-work-order' ? '客户退订处理' : key);

describe('inbox search', () => {
  it('finds a row by the customer, the unit, the step in either language or the flow', () => {
    for (const q of ['林先生', '1502', '面谈', 'first INTERVIEW', '退订处理', '  林  ']) expect([q, matchesSearch(task, q, flowName)]).toEqual([q, true]);
  });

  it('leaves out rows that do not mention it, and keeps every row for an empty search', () => {
    expect(matchesSearch(task, '张先生', flowName)).toBe(false);
    expect(matchesSearch(task, '', flowName)).toBe(true);
    expect(matchesSearch(task, '   ', flowName)).toBe(true);
  });
});
