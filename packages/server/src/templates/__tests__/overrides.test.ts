import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FlowDefinition, TaskNode } from '@siteflow/runtime';
import { roleKeys } from '../../index.js';
import { defaultTemplatesDir, documentPackageKeys, loadTemplatePackage, resolvePackage, validateTemplatePackage, type TemplatePackage } from '../index.js';

function load(name: string): TemplatePackage {
  const { pkg, issues } = loadTemplatePackage(join(defaultTemplatesDir(), name));
  expect(issues).toEqual([]);
  return pkg!;
}
const flowOf = (pkg: TemplatePackage, key: string) => pkg.flows.find((f) => f.key === key)!.body as unknown as FlowDefinition;
const task = (flow: FlowDefinition, id: string) => flow.nodes.find((n) => n.id === id) as TaskNode;
const options = { roles: roleKeys, documentPackages: documentPackageKeys() };

describe('publish overrides', () => {
  const workOrder = load('cancellation-work-order');

  it('an SLA override of 24 h -> 12 h ends up in the published flow, other steps keep 24 h', () => {
    // Given the 退订工单 package, when a project overrides the classification step to 12 hours
    const { pkg, issues } = resolvePackage(workOrder, { slas: { classification: { amount: 12, unit: 'hours' } } }, roleKeys);
    // then that task's SLA is 12 h and the other steps keep the seed's 24 h
    expect(issues).toEqual([]);
    const flow = flowOf(pkg, 'cancellation-work-order');
    expect(task(flow, 'classify').sla?.duration).toEqual({ amount: 12, unit: 'hours' });
    expect(task(flow, 'familyMeeting').sla?.duration).toEqual({ amount: 24, unit: 'hours' });
    expect(task(flow, 'interview').sla?.duration).toEqual({ amount: 15, unit: 'minutes' });
    // and the package on disk is untouched
    expect(task(flowOf(workOrder, 'cancellation-work-order'), 'classify').sla?.duration).toEqual({ amount: 24, unit: 'hours' });
    expect(validateTemplatePackage(workOrder, options, { slas: { classification: { amount: 12, unit: 'hours' } } })).toEqual([]);
  });

  it('overrides the 72-hour closure deadline of the whole flow', () => {
    const { pkg } = resolvePackage(workOrder, { slas: { closure: { amount: 2, unit: 'workingDays' } } }, roleKeys);
    expect(flowOf(pkg, 'cancellation-work-order').deadline?.duration).toEqual({ amount: 2, unit: 'workingDays' });
  });

  it('maps a package role to another project role everywhere it is assigned', () => {
    // 高级顾问 is played by the sales supervisor by default; this project gives it to the site manager.
    const { pkg, issues } = resolvePackage(workOrder, { roles: { salesSupervisor: 'siteManager' } }, roleKeys);
    expect(issues).toEqual([]);
    expect(task(flowOf(pkg, 'cancellation-work-order'), 'familyMeeting').assignees).toEqual([{ kind: 'role', role: 'siteManager' }]);
    expect(task(flowOf(pkg, 'cancellation-work-order'), 'educationBriefing').assignees).toEqual([{ kind: 'role', role: 'customerServiceLead' }]);
  });

  it('refuses overrides the package does not offer, naming them', () => {
    const { issues } = resolvePackage(workOrder, {
      slas: { coffeeBreak: { amount: 1, unit: 'hours' } }, roles: { salesSupervisor: 'astronaut', cook: 'legal' },
    }, roleKeys);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['TPL_UNKNOWN_ROLE', 'roles.salesSupervisor'], ['TPL_OVERRIDE_UNKNOWN', 'roles.cook'], ['TPL_OVERRIDE_UNKNOWN', 'slas.coffeeBreak'],
    ]);
    expect(issues[2]!.message.zh).toContain('coffeeBreak');
    expect(issues[2]!.message.en).toContain('firstInterview');
  });

  it('fills the bank URL setting of the loan pre-screen, default or per project', () => {
    const loan = load('loan-prescreen');
    const urlOf = (pkg: TemplatePackage) => (flowOf(pkg, 'loan-prescreen').nodes.find((n) => n.id === 'bankCall') as unknown as { steps: { url: string }[] }).steps[0]!.url;
    expect(urlOf(resolvePackage(loan).pkg)).toBe('http://127.0.0.1:4010/api/prescreen');
    expect(urlOf(resolvePackage(loan, { settings: { bankPrescreenUrl: 'https://bank.example.com/prescreen' } }).pkg)).toBe('https://bank.example.com/prescreen');
    const bad = resolvePackage(loan, { settings: { bankPrescreenUrl: 'ftp://nope' } });
    expect(bad.issues.map((i) => i.code)).toEqual(['TPL_SETTING_INVALID']);
  });

  it('links the risk library into the rules that score it', () => {
    const { pkg } = resolvePackage(load('followup-risk'));
    const rule = pkg.rules.find((r) => r.key === 'risk-level1-on-change')!.body as { risk: { library: { signals: { key: string }[]; levels: { minSignals: number }[] } } };
    expect(rule.risk.library.signals.map((s) => s.key)).toEqual(['vagueComparison', 'noReplyTwoWorkingDays', 'depositRefundQuestion', 'photographingDetails']);
    expect(rule.risk.library.levels[0]!.minSignals).toBe(2);
  });
});

describe('package validation finds broken packages', () => {
  const workOrder = load('cancellation-work-order');
  const edit = (fn: (flow: Record<string, any>) => void): TemplatePackage => {
    const copy = structuredClone(workOrder) as TemplatePackage;
    fn(copy.flows[0]!.body as Record<string, any>);
    return copy;
  };

  it('reports an unknown role with the node it sits on', () => {
    const broken = edit((f) => { f.nodes.find((n: { id: string }) => n.id === 'classify').assignees = [{ kind: 'role', role: 'wizard' }]; });
    const issues = validateTemplatePackage(broken, options);
    expect(issues.some((i) => i.nodeId === 'classify' && i.file === 'flows/cancellation-work-order.json')).toBe(true);
  });

  it('reports an overridable SLA whose default no longer matches the flow', () => {
    const broken = edit((f) => { f.nodes.find((n: { id: string }) => n.id === 'classify').sla.duration = { amount: 48, unit: 'hours' }; });
    expect(validateTemplatePackage(broken, options).map((i) => [i.code, i.path])).toEqual([['TPL_SLA_DEFAULT', 'overridable.slas.classification']]);
  });

  it('reports a document package that does not exist', () => {
    expect(validateTemplatePackage(workOrder, { ...options, documentPackages: [] }).map((i) => i.code)).toEqual(['TPL_UNKNOWN_DOCUMENT']);
  });
});
