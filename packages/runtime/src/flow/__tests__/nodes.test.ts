import { describe, expect, it } from 'vitest';
import { nextWakeAt, type FlowDefinition } from '../../index.js';
import { edge, end, flow, m, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';
import { refundFlow } from './refund-flow.js';

const HOUR = 3_600_000;

describe('condition node', () => {
  it.each([
    ['贷款审批失败', 'loan'],
    ['纯粹反悔', 'penalty'],
    ['家庭内部争议', 'review'], // no branch matches → default
  ])('routes reason %s to %s', (reason, nodeId) => {
    const h = new Harness(refundFlow);
    h.start('zhang');
    h.run({ type: 'submit', taskId: h.task('intake').id, data: { reason, amount: 800000 } }, 'zhang');
    expect(h.tasks().map((t) => t.nodeId)).toEqual([nodeId]);
  });

  it('ends with the outcome of the end node reached (违约处理 after 会签 by legal and finance)', () => {
    const h = new Harness(refundFlow);
    h.start('zhang');
    h.run({ type: 'submit', taskId: h.task('intake').id, data: { reason: '纯粹反悔' } }, 'zhang');
    const id = h.task('penalty').id;
    expect(h.task('penalty').pending).toEqual(['legal1', 'cashier']);
    h.run({ type: 'approve', taskId: id }, 'cashier');
    h.run({ type: 'approve', taskId: id }, 'legal1');
    expect(h.require()).toMatchObject({ status: 'completed', outcome: 'breach' });
    expect(nextWakeAt(h.require())).toBeNull();
    expect(h.notified('finished')).toEqual([['zhang']]);
  });
});

const parallel = (): FlowDefinition => flow(
  [
    start(),
    { id: 'split', kind: 'parallelSplit', name: m('并行核查', 'Checks') },
    task('finance', { assignees: [{ kind: 'role', role: 'financeSpecialist' }] }),
    { id: 'c', kind: 'condition', name: m('金额', 'Amount') },
    task('legal', { assignees: [{ kind: 'role', role: 'legal' }] }),
    task('service', { assignees: [{ kind: 'role', role: 'customerService' }] }),
    { id: 'join', kind: 'parallelJoin', name: m('汇总', 'Join') },
    task('final', { assignees: [{ kind: 'role', role: 'siteManager' }] }),
    end(),
  ],
  [
    edge('start', 'split'), edge('split', 'finance'), edge('split', 'c'),
    edge('c', 'legal', { condition: { field: 'amount', op: 'gt', value: 500000 } }), edge('c', 'service', { default: true }),
    edge('finance', 'join'), edge('legal', 'join'), edge('service', 'join'), edge('join', 'final'), edge('final', 'end'),
  ],
);

describe('parallel split and join', () => {
  it('waits for every live branch, including one routed by a condition, then continues once', () => {
    const h = new Harness(parallel(), { record: { amount: 800000 } });
    h.start();
    expect(h.tasks().map((t) => t.nodeId).sort()).toEqual(['finance', 'legal']);
    h.run({ type: 'approve', taskId: h.task('legal').id }, 'legal1');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['finance']);
    expect(h.require().tokens.map((t) => t.wait).sort()).toEqual(['join', 'task']);
    h.run({ type: 'approve', taskId: h.task('finance').id }, 'fin1');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['final']);
    expect(h.require().tokens).toHaveLength(1);
    h.run({ type: 'approve', taskId: h.task('final').id }, 'mgr');
    expect(h.require().status).toBe('completed');
  });

  it('takes the default branch inside the split when no condition holds', () => {
    const h = new Harness(parallel(), { record: { amount: 100 } });
    h.start();
    expect(h.tasks().map((t) => t.nodeId).sort()).toEqual(['finance', 'service']);
  });
});

describe('return around a parallel section', () => {
  const f = flow(
    [
      start(), task('draft', { taskType: 'fill', assignees: [{ kind: 'initiator' }], actions: ['submit'] }),
      { id: 'split', kind: 'parallelSplit', name: m('并行', 'Split') },
      task('a', { assignees: [{ kind: 'users', userIds: ['a'] }], returnTo: 'any' }), task('b', { assignees: [{ kind: 'users', userIds: ['b'] }] }),
      { id: 'join', kind: 'parallelJoin', name: m('汇聚', 'Join') },
      task('final', { assignees: [{ kind: 'role', role: 'siteManager' }], returnTo: 'any' }), end(),
    ],
    [
      edge('start', 'draft'), edge('draft', 'split'), edge('split', 'a'), edge('split', 'b'), edge('a', 'join'), edge('b', 'join'),
      edge('join', 'final'), edge('final', 'end'),
    ],
  );

  it('a branch cannot return before its split, but the step after the join can return to the draft', () => {
    const h = new Harness(f);
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id }, 'zhang');
    expect(() => h.run({ type: 'return', taskId: h.task('a').id, target: 'draft' }, 'a')).toThrow(/FLOW_RETURN_TARGET_INVALID/);
    h.run({ type: 'approve', taskId: h.task('a').id }, 'a');
    h.run({ type: 'approve', taskId: h.task('b').id }, 'b');
    h.run({ type: 'return', taskId: h.task('final').id, target: 'draft' }, 'mgr');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['draft']);
    expect(h.require().tokens).toHaveLength(1);
    h.run({ type: 'submit', taskId: h.task('draft').id }, 'zhang');
    expect(h.tasks().map((t) => t.nodeId).sort()).toEqual(['a', 'b']);
  });
});

describe('timer node', () => {
  const timerFlow = (wait: FlowDefinition['nodes'][number]): FlowDefinition => flow(
    [start(), wait, task('followUp', { assignees: [{ kind: 'role', role: 'consultant' }] }), end()],
    [edge('start', 'wait'), edge('wait', 'followUp'), edge('followUp', 'end')],
  );

  it('waits a duration and fires exactly once', () => {
    const h = new Harness(timerFlow({ id: 'wait', kind: 'timer', name: m('冷静期', 'Cool-off'), wait: { duration: { amount: 2, unit: 'hours' } } }));
    h.start();
    expect(h.tasks()).toEqual([]);
    expect(nextWakeAt(h.require())).toBe(h.clock.now() + 2 * HOUR);
    h.clock.advance({ hours: 2, minutes: -1 });
    expect(h.tick().events).toEqual([]);
    h.clock.advance({ minutes: 1 });
    expect(h.tick().events.map((e) => e.type)).toEqual(['timerFired', 'taskCreated']);
    h.clock.advance({ hours: 5 });
    expect(h.tick().events).toEqual([]);
  });

  it('waits until a date field of the record (the signing date)', () => {
    const h = new Harness(
      timerFlow({ id: 'wait', kind: 'timer', name: m('等待签约日', 'Until signing'), wait: { untilField: 'signDate', offset: { amount: 1, unit: 'workingDays' } } }),
      { start: '2025-09-26 10:00', record: { signDate: '2025-09-30' } },
    );
    h.start();
    // 2025-09-30 00:00 + 1 working day = 2025-10-09 00:00 (国庆 in between)
    h.at('2025-10-08 23:59');
    expect(h.tick().events).toEqual([]);
    h.at('2025-10-09 00:00');
    expect(h.tick().events.map((e) => e.type)).toEqual(['timerFired', 'taskCreated']);
  });
});

const httpFlow = (onError: 'fail' | 'continue' = 'fail'): FlowDefinition => flow(
  [
    start(),
    {
      id: 'bank', kind: 'action', name: m('银行预审', 'Bank pre-check'),
      steps: [
        { kind: 'setFields', values: { status: '预审中', amountWan: { expr: 'amount / 10000' } } },
        { kind: 'http', method: 'POST', url: 'https://bank.example.com/precheck/{consultant}', body: { amount: { expr: 'amount' } }, responseMapping: { bankResult: 'data.result' }, onError },
        { kind: 'notify', to: [{ kind: 'role', role: 'financeSpecialist' }], robots: ['wecom-site'], template: { title: m('预审结果：{bankResult}', 'Pre-check: {bankResult}') } },
        { kind: 'generateDocuments', packageKey: 'refund-package' },
        { kind: 'startFlow', flowKey: 'review', data: { parent: { expr: 'consultant' } } },
      ],
    },
    { id: 'c', kind: 'condition', name: m('预审通过？', 'Passed?') },
    task('plan', { assignees: [{ kind: 'role', role: 'financeSpecialist' }] }),
    end('ok', 'retained'), end('no', 'refunded'),
  ],
  [
    edge('start', 'bank'), edge('bank', 'c'),
    edge('c', 'plan', { condition: { field: 'bankResult', op: 'eq', value: 'pass' } }), edge('c', 'no', { default: true }), edge('plan', 'ok'),
  ],
);

describe('automatic action with an HTTP step', () => {
  it('emits the request as an effect, waits, maps the response into the record and goes on', () => {
    const h = new Harness(httpFlow(), { record: { amount: 800000 } });
    const started = h.start();
    const http = started.effects.find((fx) => fx.kind === 'http');
    expect(http).toMatchObject({ kind: 'http', method: 'POST', url: 'https://bank.example.com/precheck/zhang', body: { amount: 800000 }, awaitResult: true });
    expect(h.record).toMatchObject({ status: '预审中', amountWan: 80 });
    expect(h.require().tokens[0]).toMatchObject({ wait: 'effect', effectId: http?.id });
    // When the server reports the response
    const done = h.run({ type: 'actionResult', effectId: http?.id ?? '', ok: true, response: { data: { result: 'pass' } } });
    // Then the mapped field routes the case, and the remaining steps ran in order
    expect(h.record.bankResult).toBe('pass');
    expect(done.effects.map((fx) => fx.kind)).toEqual(['recordPatch', 'notify', 'generateDocuments', 'startFlow', 'notify']);
    const notice = done.effects[1];
    expect(notice?.kind === 'notify' && notice.message.zh).toBe('预审结果：pass');
    expect(notice?.kind === 'notify' && notice.to).toEqual({ users: ['fin1'], robots: ['wecom-site'] });
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['plan']);
  });

  it('reports an unknown or already handled result as a state error', () => {
    const h = new Harness(httpFlow(), { record: { amount: 1 } });
    const fx = h.start().effects.find((e) => e.kind === 'http');
    h.run({ type: 'actionResult', effectId: fx?.id ?? '', ok: true, response: { data: { result: 'pass' } } });
    expect(h.require().status).toBe('running');
    expect(() => h.run({ type: 'actionResult', effectId: fx?.id ?? '', ok: true })).toThrow(/FLOW_EFFECT_UNKNOWN/);
  });

  it('fails the case with a critical alert when the request finally fails, or goes on when told to', () => {
    const h = new Harness(httpFlow('fail'), { record: { amount: 1 } });
    const fx = h.start().effects.find((e) => e.kind === 'http');
    const failed = h.run({ type: 'actionResult', effectId: fx?.id ?? '', ok: false, error: 'HTTP 502' });
    expect(h.require().status).toBe('failed');
    expect(failed.effects).toEqual([expect.objectContaining({ kind: 'alert', level: 'critical', nodeId: 'bank' })]);

    const g = new Harness(httpFlow('continue'), { record: { amount: 1 } });
    const fx2 = g.start().effects.find((e) => e.kind === 'http');
    g.run({ type: 'actionResult', effectId: fx2?.id ?? '', ok: false, error: 'timeout' });
    expect(g.require()).toMatchObject({ status: 'completed', outcome: 'refunded' });
  });
});

describe('sub-flow node', () => {
  it('starts the child flow and continues with its result when it waits', () => {
    const f = flow(
      [start(), { id: 'sub', kind: 'subflow', name: m('法务子流程', 'Legal'), flowKey: 'legal-review', wait: true, data: { amount: { expr: 'amount' } }, resultMapping: { legalOpinion: 'opinion' } }, end()],
      [edge('start', 'sub'), edge('sub', 'end')],
    );
    const h = new Harness(f, { record: { amount: 5 } });
    const fx = h.start().effects.find((e) => e.kind === 'startFlow');
    expect(fx).toMatchObject({ flowKey: 'legal-review', data: { amount: 5 }, awaitResult: true });
    h.run({ type: 'actionResult', effectId: fx?.id ?? '', ok: true, response: { opinion: '可退' } });
    expect(h.record.legalOpinion).toBe('可退');
    expect(h.require().status).toBe('completed');
  });
});

describe('task assignees', () => {
  it('resolves the record consultant, the initiator and the regional director; alerts when nobody is found', () => {
    const f = flow(
      [start(), task('t', { mode: 'all', assignees: [{ kind: 'expression', expr: 'record.consultant' }, { kind: 'initiator' }, { kind: 'regionalDirector' }, { kind: 'role', role: 'nobody' }] }), end()],
      [edge('start', 't'), edge('t', 'end')],
    );
    const h = new Harness(f, { record: { consultant: 'wang' } });
    h.start('zhang');
    expect(h.task('t').assignees).toEqual(['wang', 'zhang', 'director']);

    const lonely = flow([start(), task('t', { assignees: [{ kind: 'role', role: 'nobody' }] }), end()], [edge('start', 't'), edge('t', 'end')]);
    const g = new Harness(lonely);
    const started = g.start();
    expect(started.effects).toEqual([expect.objectContaining({ kind: 'alert', level: 'critical', nodeId: 't' })]);
    // An administrator hands the orphaned task to someone
    g.run({ type: 'transfer', taskId: g.task('t').id, to: 'sup' }, 'root');
    expect(g.task('t').pending).toEqual(['sup']);
  });
});
