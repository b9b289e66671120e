import { describe, expect, it } from 'vitest';
import { chinaCalendar2025_2026, validateFlow } from '../../index.js';
import { minimal, projectRoles, refundForm } from '../__fixtures__/base.js';
import { invalidFlowFixtures } from '../__fixtures__/index.js';
import { refundFlow } from './refund-flow.js';

describe('validateFlow', () => {
  it.each(invalidFlowFixtures.map((f) => [f.title, f] as const))('reports %s with node ids and a bilingual fix hint', (_title, fixture) => {
    const issues = validateFlow(fixture.definition, fixture.options);
    expect(issues.map((i) => ({ code: i.code, nodeId: i.nodeId }))).toEqual(fixture.issues);
    for (const i of issues) {
      expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.message.en.length).toBeGreaterThan(10);
      expect(i.message.zh).not.toMatch(/\{\w+\}/);
    }
  });

  it('accepts the minimal flow and the shipped-style refund flow with form, roles and calendar', () => {
    expect(validateFlow(minimal())).toEqual([]);
    expect(validateFlow(refundFlow, { form: refundForm, roles: projectRoles, calendar: chinaCalendar2025_2026 })).toEqual([]);
  });

  it('names the unknown role and the field in the message', () => {
    const [roleIssue] = validateFlow(invalidFlowFixtures.find((f) => f.title.startsWith('assignee and escalation roles'))!.definition, { roles: projectRoles });
    expect(roleIssue?.message.zh).toContain('salesManagr');
  });
});
