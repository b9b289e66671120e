import { describe, expect, it } from 'vitest';
import { migrate, migrationProblems, type FlowDefinition } from '../../index.js';
import { edge, end, flow, m, role, start, task } from '../__fixtures__/base.js';
import { Harness, refusal } from './harness.js';
import { ladder } from './refund-flow.js';

const review = (extra = {}) => task('review', {
  name: m('销售主管审批', 'Supervisor review'), assignees: [role('salesSupervisor')],
  sla: { duration: { amount: 24, unit: 'hours' }, escalation: ladder }, ...extra,
});
const finance = task('finance', { name: m('财务退款', 'Refund'), assignees: [role('finance')], returnTo: 'any' });

/** v1: 首次面谈 → 销售主管审批 (24 h) → 财务退款. */
const v1: FlowDefinition = flow(
  [start(), task('interview', { name: m('首次面谈', 'First interview'), assignees: [role('consultant')] }), review(), finance, end()],
  [edge('start', 'interview'), edge('interview', 'review'), edge('review', 'finance'), edge('finance', 'end')],
  { key: 'refund', version: 1 },
);

/** v2: the review is renamed, and an 教育局对接 step follows it (the 学区房 path). */
const v2: FlowDefinition = flow(
  [
    start(), task('interview', { name: m('首次面谈', 'First interview'), assignees: [role('consultant')] }),
    review({ name: m('主管审批', 'Review') }),
    task('bureau', { name: m('教育局对接', 'Education bureau'), assignees: [role('siteManager')] }), finance, end(),
  ],
  [edge('start', 'interview'), edge('interview', 'review'), edge('review', 'bureau'), edge('bureau', 'finance'), edge('finance', 'end')],
  { key: 'refund', version: 2 },
);

/** v3: the review is gone; the interview leads straight to the refund. */
const v3: FlowDefinition = flow(
  [start(), task('interview', { name: m('首次面谈', 'First interview'), assignees: [role('consultant')] }), finance, end()],
  [edge('start', 'interview'), edge('interview', 'finance'), edge('finance', 'end')],
  { key: 'refund', version: 3 },
);

/** A v1 case waiting at the supervisor's review, started on Monday 10:00 and reviewed from 11:00. */
function atReview(): Harness {
  const h = new Harness(v1, { start: '2025-09-22 10:00' });
  h.start();
  h.at('2025-09-22 11:00').run({ type: 'approve', taskId: h.task('interview').id }, 'zhang');
  return h;
}

describe('moving a running case to a newer version of its flow', () => {
  it('keeps the open step as it is, then follows the new version: the new 教育局对接 step comes next', () => {
    const h = atReview();
    const before = h.task('review');
    expect(migrationProblems(v1, v2, h.require())).toEqual([]);

    const decision = h.migrateTo(v2, 'mgr');

    // The case runs on v2 and its timeline says so, by whom
    expect(decision.state.flowVersion).toBe(2);
    expect(decision.events).toMatchObject([{ type: 'migrated', by: 'mgr', from: 1, to: 2 }]);
    expect(decision.effects).toEqual([]);
    // The supervisor's step is the same step: same id, people, due time and timers
    expect(h.task('review')).toEqual(before);
    // And approving it leads to the step v2 added
    h.run({ type: 'approve', taskId: before.id }, 'sup');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['bureau']);
  });

  it('keeps the step\'s deadline: the breach and the escalation to the regional director fire once, at the old due time', () => {
    const h = atReview();
    h.migrateTo(v2);
    h.at('2025-09-23 11:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['breached', 'escalated']);
    expect(h.tick().events).toEqual([]);
  });

  it('refuses a case waiting at a step the new version no longer has, naming the step; nothing changes', () => {
    const h = atReview();
    const problems = migrationProblems(v1, v3, h.require());
    expect(problems.map((p) => [p.code, p.nodeId, p.message.zh, p.message.en])).toEqual([[
      'FLOW_MIGRATE_STEP_GONE', 'review', '工单停在步骤“销售主管审批”，v3 中已没有这个步骤', 'The case waits at step "Supervisor review", which v3 no longer has',
    ]]);
    const state = h.require();
    expect(refusal(() => h.migrateTo(v3))).toBe('state:FLOW_MIGRATE_REFUSED ');
    expect(h.require()).toBe(state);
    expect(h.flow).toBe(v1);
  });

  it('refuses a step that became another kind of node', () => {
    const h = atReview();
    const timerInstead: FlowDefinition = { ...v2, version: 4, nodes: v2.nodes.map((n) => (n.id === 'review' ? { id: 'review', kind: 'timer', name: n.name, wait: { duration: { amount: 1, unit: 'hours' } } } as FlowDefinition['nodes'][number] : n)) };
    expect(migrationProblems(v1, timerInstead, h.require()).map((p) => p.code)).toEqual(['FLOW_MIGRATE_STEP_CHANGED']);
  });

  it('refuses a case inside a parallel section until its branches have joined', () => {
    const nodes = [
      start(), { id: 'split', kind: 'parallelSplit', name: m('并行核查', 'Checks') } as const,
      task('legal', { name: m('法务审核', 'Legal'), assignees: [role('legal')] }), task('money', { name: m('财务核对', 'Finance'), assignees: [role('finance')] }),
      { id: 'join', kind: 'parallelJoin', name: m('汇总', 'Join') } as const, end(),
    ];
    const edges = [edge('start', 'split'), edge('split', 'legal'), edge('split', 'money'), edge('legal', 'join'), edge('money', 'join'), edge('join', 'end')];
    const p1 = flow(nodes, edges, { key: 'checks', version: 1 });
    const p2 = flow(nodes, edges, { key: 'checks', version: 2 });
    const h = new Harness(p1);
    h.start();
    const problems = migrationProblems(p1, p2, h.require());
    expect(problems.map((p) => [p.code, p.nodeId])).toEqual([['FLOW_MIGRATE_IN_PARALLEL', 'legal'], ['FLOW_MIGRATE_IN_PARALLEL', 'money']]);
    expect(problems[0]!.message.zh).toBe('工单正在并行分支中（“法务审核”），分支汇聚后才能迁移');
  });

  it('refuses a finished case, and a version the case does not run on', () => {
    const h = atReview();
    expect(migrationProblems(v2, v3, h.require()).map((p) => p.code)).toEqual(['FLOW_MIGRATE_VERSIONS']);
    expect(migrationProblems(v1, v1, h.require()).map((p) => p.code)).toEqual(['FLOW_MIGRATE_VERSIONS']);
    h.run({ type: 'cancel', reason: '客户撤回退订' }, 'root');
    expect(migrationProblems(v1, v2, h.require()).map((p) => [p.code, p.message.zh])).toEqual([['FLOW_INSTANCE_CLOSED', '工单已取消，不能再执行“迁移”']]);
  });

  it('lets a later 退回 reach only the steps the new version still has', () => {
    // Given a v2 case at the refund step, having passed the interview, the review and the bureau
    const h = atReview();
    h.migrateTo(v2);
    h.run({ type: 'approve', taskId: h.task('review').id }, 'sup');
    h.run({ type: 'approve', taskId: h.task('bureau').id }, 'mgr');
    // When it moves to v3, which has no review and no bureau step
    const moved = h.migrateTo(v3);
    expect(moved.state.tokens.map((t) => t.trail)).toEqual([['interview', 'finance']]);
    // Then the refund step can still be returned to the interview, and not to the review
    expect(refusal(() => h.run({ type: 'return', taskId: h.task('finance').id, target: 'review' }, 'cashier'))).toBe('state:FLOW_RETURN_TARGET_INVALID');
    h.run({ type: 'return', taskId: h.task('finance').id, target: 'interview' }, 'cashier');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['interview']);
  });

  it('is pure: the same case and versions give the same result', () => {
    const h = atReview();
    const ctx = { now: h.clock.now(), calendar: h.calendar, ids: { next: (p: string) => `${p}_x` }, record: {}, actor: { userId: 'mgr', roles: ['siteManager'] } };
    expect(migrate(v1, v2, h.require(), ctx)).toEqual(migrate(v1, v2, h.require(), ctx));
  });
});
