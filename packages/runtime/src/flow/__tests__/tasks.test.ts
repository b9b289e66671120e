import { describe, expect, it } from 'vitest';
import { isSiteflowError, type FlowDefinition, type TaskMode } from '../../index.js';
import { edge, end, flow, m, start, task } from '../__fixtures__/base.js';
import { Harness } from './harness.js';

const codeOf = (fn: () => unknown): string => {
  try { fn(); } catch (error) { if (isSiteflowError(error)) return `${error.kind}:${error.code}`; throw error; }
  return 'no error';
};

const threeApprovers = (mode: TaskMode): FlowDefinition => flow(
  [start(), task('sign', { mode, assignees: [{ kind: 'users', userIds: ['a', 'b', 'c'] }] }), end('end', 'done')],
  [edge('start', 'sign'), edge('sign', 'end')],
);

describe('或签 / 会签 / 依次 with three approvers', () => {
  it('或签: the first approval closes the task for everybody', () => {
    // Given a task for a, b and c in any-one mode
    const h = new Harness(threeApprovers('any'));
    h.start();
    expect(h.task('sign').pending).toEqual(['a', 'b', 'c']);
    expect(h.notified('assigned')).toEqual([['a', 'b', 'c']]);
    const id = h.task('sign').id;
    // When b approves
    h.run({ type: 'approve', taskId: id, comment: '同意' }, 'b');
    // Then the case is done and c can no longer act
    expect(h.require().status).toBe('completed');
    expect(h.require().outcome).toBe('done');
    expect(codeOf(() => h.run({ type: 'approve', taskId: id }, 'c'))).toBe('state:FLOW_INSTANCE_CLOSED');
  });

  it('会签: every approver must approve; one approval twice is refused', () => {
    const h = new Harness(threeApprovers('all'));
    h.start();
    const id = h.task('sign').id;
    h.run({ type: 'approve', taskId: id }, 'a');
    expect(h.task('sign').pending).toEqual(['b', 'c']);
    expect(codeOf(() => h.run({ type: 'approve', taskId: id }, 'a'))).toBe('state:FLOW_NOT_ASSIGNEE');
    h.run({ type: 'approve', taskId: id }, 'c');
    expect(h.task('sign').pending).toEqual(['b']);
    h.run({ type: 'approve', taskId: id }, 'b');
    expect(h.require().status).toBe('completed');
  });

  it('会签: one rejection rejects the case when no rejection path exists', () => {
    const h = new Harness(threeApprovers('all'));
    h.start();
    const id = h.task('sign').id;
    h.run({ type: 'approve', taskId: id }, 'a');
    h.run({ type: 'reject', taskId: id, comment: '材料不全' }, 'b');
    expect(h.require().status).toBe('rejected');
    expect(h.require().tasks).toEqual([]);
    expect(h.eventTypes()).toContain('taskRejected');
  });

  it('依次: approvers act one after another in the configured order', () => {
    const h = new Harness(threeApprovers('sequential'));
    h.start();
    const id = h.task('sign').id;
    expect(h.task('sign').pending).toEqual(['a']);
    expect(codeOf(() => h.run({ type: 'approve', taskId: id }, 'b'))).toBe('state:FLOW_NOT_ASSIGNEE');
    h.run({ type: 'approve', taskId: id }, 'a');
    expect(h.task('sign').pending).toEqual(['b']);
    expect(h.notified('assigned').at(-1)).toEqual(['b']);
    h.run({ type: 'approve', taskId: id }, 'b');
    h.run({ type: 'approve', taskId: id }, 'c');
    expect(h.require().status).toBe('completed');
  });
});

const chain = (): FlowDefinition => flow(
  [
    start(),
    task('draft', { name: m('填写申请', 'Draft'), taskType: 'fill', assignees: [{ kind: 'initiator' }], actions: ['submit', 'comment'], fields: { reason: 'required', amount: 'edit' } }),
    task('check', { name: m('主管审核', 'Check'), assignees: [{ kind: 'role', role: 'salesSupervisor' }] }),
    task('sign', { name: m('经理签批', 'Sign'), assignees: [{ kind: 'role', role: 'siteManager' }], returnTo: 'any' }),
    task('fix', { name: m('补充材料', 'Fix'), taskType: 'fill', assignees: [{ kind: 'initiator' }], actions: ['submit'] }),
    end('end', 'refunded'),
  ],
  [edge('start', 'draft'), edge('draft', 'check'), edge('check', 'sign'), edge('check', 'fix', { on: 'rejected' }), edge('fix', 'check'), edge('sign', 'end')],
);

describe('退回, 转交, 加签 and the rejection path', () => {
  it('returns from the third step to a chosen earlier node, which then runs again', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '家庭内部争议' } }, 'zhang');
    h.run({ type: 'approve', taskId: h.task('check').id }, 'sup');
    // When the site manager returns the case to the draft step
    h.run({ type: 'return', taskId: h.task('sign').id, target: 'draft', comment: '请补充金额' }, 'mgr');
    // Then the initiator has the draft again and is notified
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['draft']);
    expect(h.task('draft').pending).toEqual(['zhang']);
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { amount: 800000 } }, 'zhang');
    expect(h.record.amount).toBe(800000);
    h.run({ type: 'approve', taskId: h.task('check').id }, 'sup');
    h.run({ type: 'approve', taskId: h.task('sign').id }, 'mgr');
    expect(h.require().status).toBe('completed');
  });

  it('refuses to return past the previous step where only 上一步 is allowed', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    h.run({ type: 'approve', taskId: h.task('check').id }, 'sup');
    h.run({ type: 'return', taskId: h.task('sign').id }, 'mgr');
    // check only allows the previous task (draft); sign is later, not earlier
    expect(codeOf(() => h.run({ type: 'return', taskId: h.task('check').id, target: 'sign' }, 'sup'))).toBe('state:FLOW_RETURN_TARGET_INVALID');
    h.run({ type: 'return', taskId: h.task('check').id }, 'sup');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['draft']);
  });

  it('transfers a task: the new person acts, the old one no longer can', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    const id = h.task('check').id;
    h.run({ type: 'transfer', taskId: id, to: 'sup2', comment: '休假' }, 'sup');
    expect(h.task('check').pending).toEqual(['sup2']);
    expect(h.notified('assigned').at(-1)).toEqual(['sup2']);
    expect(codeOf(() => h.run({ type: 'approve', taskId: id }, 'sup'))).toBe('state:FLOW_NOT_ASSIGNEE');
    h.run({ type: 'approve', taskId: id }, 'sup2');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['sign']);
  });

  it('adds a signer before (前加签): the added person decides first, then the original', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    const id = h.task('check').id;
    h.run({ type: 'addSigner', taskId: id, users: ['legal1'], position: 'before' }, 'sup');
    expect(h.task('check').pending).toEqual(['legal1']);
    expect(codeOf(() => h.run({ type: 'approve', taskId: id }, 'sup'))).toBe('state:FLOW_NOT_ASSIGNEE');
    h.run({ type: 'approve', taskId: id }, 'legal1');
    expect(h.task('check').pending).toEqual(['sup']);
    h.run({ type: 'approve', taskId: id }, 'sup');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['sign']);
  });

  it('adds a signer after (后加签): the task stays open until the added person approves', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    const id = h.task('check').id;
    h.run({ type: 'addSigner', taskId: id, users: ['cashier'], position: 'after' }, 'sup');
    expect(h.task('check').pending).toEqual(['sup']);
    h.run({ type: 'approve', taskId: id }, 'sup');
    expect(h.task('check').pending).toEqual(['cashier']);
    h.run({ type: 'approve', taskId: id }, 'cashier');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['sign']);
  });

  it('refuses to transfer a task to someone already on it (found by the model test: signer cycle)', () => {
    const h = new Harness(threeApprovers('any'));
    h.start();
    const id = h.task('sign').id;
    h.run({ type: 'addSigner', taskId: id, users: ['zhang'], position: 'before' }, 'b');
    expect(h.task('sign').pending).toEqual(['a', 'zhang', 'c']);
    expect(codeOf(() => h.run({ type: 'transfer', taskId: id, to: 'b' }, 'zhang'))).toBe('user:FLOW_ALREADY_ON_TASK');
    h.run({ type: 'approve', taskId: id }, 'zhang');
    expect(h.task('sign').pending).toEqual(['a', 'b', 'c']);
  });

  it('follows the rejection edge to a fix-up step instead of ending the case', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    h.run({ type: 'reject', taskId: h.task('check').id, comment: '缺少银行回执' }, 'sup');
    expect(h.require().status).toBe('running');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['fix']);
  });

  it('enforces field permissions: read-only fields are refused, required ones must be filled', () => {
    const h = new Harness(chain());
    h.start();
    const id = h.task('draft').id;
    try {
      h.run({ type: 'submit', taskId: id, data: { consultant: 'li' } }, 'zhang');
      expect.unreachable();
    } catch (error) {
      expect(isSiteflowError(error) && error.issues.map((i) => [i.code, i.path])).toEqual([
        ['FLOW_FIELD_NOT_EDITABLE', 'consultant'], ['FLOW_FIELD_REQUIRED', 'reason'],
      ]);
      expect(isSiteflowError(error) && error.kind).toBe('user');
    }
    expect(h.task('draft').id).toBe(id);
  });
});

describe('撤回, 抄送, 评论, 催办 and cancel', () => {
  it('lets the initiator withdraw before anyone acted, and not after', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    expect(codeOf(() => h.run({ type: 'withdraw' }, 'sup'))).toBe('state:FLOW_NOT_INITIATOR');
    h.run({ type: 'withdraw', reason: '客户改主意' }, 'zhang');
    expect(h.require().status).toBe('withdrawn');
    expect(h.require().tasks).toEqual([]);

    const late = new Harness(chain());
    late.start();
    late.run({ type: 'submit', taskId: late.task('draft').id, data: { reason: '资金' } }, 'zhang');
    late.run({ type: 'approve', taskId: late.task('check').id }, 'sup');
    expect(codeOf(() => late.run({ type: 'withdraw' }, 'zhang'))).toBe('state:FLOW_WITHDRAW_NOT_ALLOWED');
  });

  it('copies, comments and urges, each visible on the timeline and notified', () => {
    const h = new Harness(chain());
    h.start();
    h.run({ type: 'submit', taskId: h.task('draft').id, data: { reason: '资金' } }, 'zhang');
    const id = h.task('check').id;
    h.run({ type: 'cc', taskId: id, users: ['cs1'] }, 'sup');
    h.run({ type: 'comment', taskId: id, text: '已电话联系客户' }, 'sup');
    h.run({ type: 'urge', taskId: id, comment: '客户在等' }, 'zhang');
    expect(h.require().cc).toEqual(['cs1']);
    expect(h.notified('cc')).toEqual([['cs1']]);
    expect(h.notified('urged')).toEqual([['sup']]);
    expect(h.require().history.map((e) => e.type)).toEqual(expect.arrayContaining(['cc', 'comment', 'urged']));
    expect(codeOf(() => h.run({ type: 'urge' }, 'cs1'))).toBe('state:FLOW_NOT_INITIATOR');
    expect(codeOf(() => h.run({ type: 'comment', text: '  ' }, 'sup'))).toBe('user:FLOW_EMPTY_COMMENT');
  });

  it('cancels (by a supervisor role) and refuses every later action', () => {
    const h = new Harness(chain());
    h.start();
    const id = h.task('draft').id;
    h.run({ type: 'cancel', reason: '重复工单' }, 'root');
    expect(h.require().status).toBe('cancelled');
    expect(h.require().timers).toEqual([]);
    expect(codeOf(() => h.run({ type: 'submit', taskId: id }, 'zhang'))).toBe('state:FLOW_INSTANCE_CLOSED');
    expect(() => h.run({ type: 'submit', taskId: id }, 'zhang')).toThrow('工单已取消，不能再执行“submit”');
    // A late tick is harmless
    expect(h.tick().events).toEqual([]);
  });

  it('refuses unknown tasks and commands without an actor', () => {
    const h = new Harness(chain());
    h.start();
    expect(codeOf(() => h.run({ type: 'approve', taskId: 'task-999' }, 'sup'))).toBe('state:FLOW_TASK_CLOSED');
    expect(codeOf(() => h.run({ type: 'approve', taskId: h.task('draft').id }))).toBe('user:FLOW_NO_ACTOR');
    expect(codeOf(() => h.run({ type: 'approve', taskId: h.task('draft').id }, 'zhang'))).toBe('state:FLOW_ACTION_NOT_ALLOWED');
  });
});
