import { describe, expect, it } from 'vitest';
import { chinaCalendar2025_2026, mayStartFlow, validateFlow } from '../../index.js';
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

  it('refuses a starter or supervisor role the project does not have, naming the flow and the role', () => {
    const flow = { ...minimal(), starterRoles: ['consultant', 'salesManagr'], supervisorRoles: ['siteManagr'] };
    const issues = validateFlow(flow, { roles: projectRoles });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['FLOW_UNKNOWN_ROLE', 'supervisorRoles.0'], ['FLOW_UNKNOWN_ROLE', 'starterRoles.1']]);
    expect(issues[1]?.message.zh).toContain('salesManagr');
    expect(validateFlow({ ...minimal(), starterRoles: ['consultant'] }, { roles: projectRoles })).toEqual([]);
  });
});

describe('mayStartFlow: who may start a flow by hand', () => {
  it('lets anyone start a flow without starter roles, and only those roles otherwise', () => {
    expect(mayStartFlow(minimal(), ['consultant'])).toBe(true);
    expect(mayStartFlow({ ...minimal(), starterRoles: [] }, [])).toBe(true);
    expect(mayStartFlow({ ...minimal(), starterRoles: ['siteManager', 'salesSupervisor'] }, ['consultant'])).toBe(false);
    expect(mayStartFlow({ ...minimal(), starterRoles: ['siteManager', 'salesSupervisor'] }, ['consultant', 'salesSupervisor'])).toBe(true);
  });
});
