import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyzeText, chinaCalendar2025_2026, evaluateRule, noReplyWorkingDays,
  type FlowDefinition, type KeywordDictionary, type Rule, type TaskNode,
} from '../../packages/runtime/src/index.js';
import { defaultTemplatesDir, loadTemplatePackage, resolvePackage, type TemplatePackage } from '../../packages/server/src/templates/index.js';

// The seed articles' tables and time limits, checked against the shipped packages' behaviour.
const load = (name: string): TemplatePackage => resolvePackage(loadTemplatePackage(join(defaultTemplatesDir(), name)).pkg!).pkg;
const flow = (pkg: TemplatePackage, key: string) => pkg.flows.find((f) => f.key === key)!.body as unknown as FlowDefinition;
const rule = (pkg: TemplatePackage, key: string) => pkg.rules.find((r) => r.key === key)!.body as unknown as Rule;
const task = (f: FlowDefinition, id: string) => f.nodes.find((n) => n.id === id) as TaskNode;
const roles = (t: TaskNode) => t.assignees.map((a) => (a.kind === 'role' ? a.role : a.kind));
const now = Date.parse('2025-12-22T09:00:00+08:00');

describe('seed 000: 退筹风险信号 → 一级预警 → 协调会', () => {
  const pkg = load('followup-risk');
  const onChange = rule(pkg, 'risk-level1-on-change');
  const changed = (record: Record<string, unknown>) => evaluateRule(onChange, { kind: 'recordChanged', previous: { customerName: '客户甲' }, record: { customerName: '客户甲', ...record } }, { now });

  it('one signal alone raises nothing; any two raise 一级预警 and start the coordination meeting', () => {
    expect(changed({ askedDepositRefund: true })).toEqual([]);
    const actions = changed({ askedDepositRefund: true, photographedDetails: true });
    expect(actions.map((a) => a.kind)).toEqual(['setFields', 'alert', 'startFlow']);
    expect(actions.find((a) => a.kind === 'alert')).toMatchObject({ level: 'level1' });
    expect(actions.find((a) => a.kind === 'startFlow')).toMatchObject({ flowKey: 'coordination-meeting' });
  });

  it('"再比较一下其他盘" counts only when no competitor is named', () => {
    expect(changed({ mentionsComparison: true, competitorName: '万科某盘', askedDepositRefund: true })).toEqual([]);
    expect(changed({ mentionsComparison: true, askedDepositRefund: true })).not.toEqual([]);
  });

  it('no reply for 2 consecutive working days counts; a holiday does not (computed from the log with the calendar)', () => {
    const log = [{ at: Date.parse('2025-12-31T18:00:00+08:00'), direction: 'outbound' as const }];
    // New Year's Day 2026 is a holiday: by the end of Friday 2 January only one working day has passed.
    expect(noReplyWorkingDays(chinaCalendar2025_2026, log, Date.parse('2026-01-05T09:00:00+08:00')).days).toBe(1);
    expect(changed({ noReplyWorkingDays: 2, photographedDetails: true })).not.toEqual([]);
    const daily = rule(pkg, 'no-reply-daily');
    expect(daily.trigger).toEqual({ kind: 'schedule', cron: '0 9 * * *', workingDaysOnly: true });
  });

  it('the 案场经理 organises within 2 hours with 置业顾问, 销售主管, 客服专员 and, when needed, 工程', () => {
    const meeting = flow(pkg, 'coordination-meeting');
    expect(roles(task(meeting, 'organise'))).toEqual(['siteManager']);
    expect(task(meeting, 'organise').sla?.duration).toEqual({ amount: 2, unit: 'hours' });
    expect(['supervisorInput', 'serviceInput', 'engineeringInput'].map((id) => roles(task(meeting, id))[0]))
      .toEqual(['salesSupervisor', 'customerService', 'engineeringLiaison']);
    // The first-hand information comes from the customer's own 置业顾问 (carried from the follow-up record), else any 置业顾问.
    expect(task(meeting, 'consultantInput').assignees).toEqual([{ kind: 'expression', expr: 'isEmpty(consultant) ? roleMembers.consultant : consultant' }]);
  });

  it('the behaviour → psychology → action table creates a task for the named role', () => {
    const table: [string, string, string, string][] = [
      ['behaviour-loan-approval', 'repeatedLoanQuestions', 'financeSpecialist', '一对一测算月供方案'],
      ['behaviour-elders-only', 'eldersWithoutChildren', 'consultant', '预约全家参与的专场说明会'],
      ['behaviour-property-fee', 'askedPropertyFee', 'consultant', '同区域竞品物业费对比报告'],
      ['behaviour-hold-with-deposit', 'holdWithDeposit', 'consultant', '明确告知保留期限及违约责任'],
    ];
    for (const [key, field, role, text] of table) {
      const actions = evaluateRule(rule(pkg, key), { kind: 'recordChanged', previous: { customerName: '客户乙' }, record: { customerName: '客户乙', [field]: true } }, { now });
      const created = actions.find((a) => a.kind === 'createTask');
      expect(created, key).toMatchObject({ assignees: [{ kind: 'role', role }] });
      expect(created && 'title' in created ? created.title.zh : '').toContain(text);
      expect(created && 'title' in created ? created.title.zh : '').toContain('客户乙');
    }
  });
});

describe('seed 001: 退订工单 matrix and time limits', () => {
  const f = flow(load('cancellation-work-order'), 'cancellation-work-order');
  it('first interview within 15 minutes, every other step 24 hours, closure within 3 working days → 区域总监', () => {
    expect(task(f, 'interview').sla?.duration).toEqual({ amount: 15, unit: 'minutes' });
    for (const n of f.nodes) if (n.kind === 'task' && n.id !== 'interview') expect(n.sla?.duration, n.id).toEqual({ amount: 24, unit: 'hours' });
    expect(f.deadline?.duration).toEqual({ amount: 3, unit: 'workingDays' });
    expect(f.deadline?.escalation.some((s) => s.to.some((t) => t.kind === 'regionalDirector'))).toBe(true);
  });
  it('routes the four types of the matrix to their strategies and roles', () => {
    const matrix: [string, string, string[]][] = [
      ['familyDispute', 'familySplit', ['salesSupervisor', 'customerServiceLead']],
      ['loanRejected', 'loanSplit', ['financeSpecialist', 'legal']],
      ['constructionDoubt', 'constructionSplit', ['engineeringLiaison', 'brand']],
      ['noReason', 'penaltySplit', ['legal', 'finance']],
    ];
    for (const [type, split, expected] of matrix) {
      const edge = f.edges.find((e) => e.source === 'route' && e.target === split)!;
      expect(edge.default === true || JSON.stringify(edge.condition).includes(type), type).toBe(true);
      const tasks = f.edges.filter((e) => e.source === split).map((e) => task(f, e.target));
      expect(tasks.flatMap(roles), type).toEqual(expected);
    }
    expect(roles(task(f, 'archive'))).toEqual(['customerService']);
    expect(f.nodes.filter((n) => n.kind === 'end').map((n) => (n.kind === 'end' ? n.outcome?.label.zh : ''))).toEqual(['挽回成功', '退订完成', '违约处理']);
    expect(JSON.stringify(f.nodes.find((n) => n.id === 'documents'))).toContain('termination-package');
  });
});

describe('seed 001: 沟通记录情绪预警 dictionary', () => {
  const dict = load('communication-sentiment').keywordDictionaries[0]!.body as unknown as KeywordDictionary;
  it('scores 后悔 / 再想想 / 别人说 / 定金能不能退 / 比较一下, and 不后悔 does not count', () => {
    expect(analyzeText(dict, '我有点后悔了，想再想想，别人说这里要停工').score).toBeGreaterThanOrEqual(8);
    expect(analyzeText(dict, '我不后悔').hits.every((h) => h.negated)).toBe(true);
    expect(analyzeText(dict, '我不后悔').score).toBe(0);
    expect(analyzeText(dict, '如果不想买了，定金能不能退？').hits.map((h) => h.term)).toContain('定金能不能退');
  });
});
