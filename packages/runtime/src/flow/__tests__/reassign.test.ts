import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../../index.js';
import { edge, end, flow, m, role, start, task } from '../__fixtures__/base.js';
import { Harness, refusal } from './harness.js';
import { isSiteflowError } from '../../errors/siteflow-error.js';

/** The refusal's message in both languages. */
function textOf(fn: () => unknown): unknown {
  try { fn(); } catch (error) {
    if (isSiteflowError(error)) return error.text;
    throw error;
  }
  return 'no error';
}

/** start → 客服回访 (会签: both customer-service agents, no 转交 allowed) → 法务审核 (或签) → end; site managers supervise. */
const visitFlow: FlowDefinition = flow(
  [
    start(),
    task('visit', { name: m('客服回访', 'Customer call'), mode: 'all', assignees: [role('customerService')], actions: ['approve', 'comment'] }),
    task('legal', { name: m('法务审核', 'Legal review'), assignees: [role('legal')] }),
    end(),
  ],
  [edge('start', 'visit'), edge('visit', 'legal'), edge('legal', 'end')],
  { supervisorRoles: ['admin', 'siteManager'] },
);

function started(): Harness {
  const h = new Harness(visitFlow);
  h.start();
  return h;
}

describe('改派: a supervisor replaces one person on an open step', () => {
  it('replaces only that person on a shared step: the other one keeps their share, the new one is told', () => {
    // Given a 会签 step waiting for both agents.
    const h = started();
    const id = h.task('visit').id;
    expect(h.task('visit').pending).toEqual(['cs1', 'cs2']);

    // When the site manager moves cs1's share to cs3.
    h.run({ type: 'reassign', taskId: id, from: 'cs1', to: 'cs3', comment: '  cs1 休假  ' }, 'mgr');

    // Then cs3 and cs2 are waiting, the timeline names who moved whom to whom; cs3 is told of the new task, cs1 that it left them, cs2 nothing.
    expect(h.task('visit')).toMatchObject({ assignees: ['cs3', 'cs2'], pending: ['cs3', 'cs2'] });
    expect(h.require().history.at(-1)).toMatchObject({ type: 'taskReassigned', by: 'mgr', taskId: id, nodeId: 'visit', from: 'cs1', to: 'cs3', comment: 'cs1 休假' });
    expect(h.last?.effects.filter((fx) => fx.kind === 'notify')).toEqual([
      expect.objectContaining({ reason: 'assigned', to: { users: ['cs3'] }, taskId: id, message: { zh: '您有新的待办：客服回访', en: 'New task for you: Customer call' } }),
      expect.objectContaining({ reason: 'reassigned', to: { users: ['cs1'] }, taskId: id, message: { zh: '「客服回访」已改派给同事，您无需再处理', en: '"Customer call" was reassigned to a colleague; nothing is left for you to do' } }),
    ]);
    // And the step completes once both current people approved; cs1 can no longer act.
    expect(refusal(() => h.run({ type: 'approve', taskId: id }, 'cs1'))).toBe('state:FLOW_NOT_ASSIGNEE');
    h.run({ type: 'approve', taskId: id }, 'cs2');
    h.run({ type: 'approve', taskId: id }, 'cs3');
    expect(h.tasks().map((t) => t.nodeId)).toEqual(['legal']);
    // A late action on the closed step names the step, not its id.
    expect(textOf(() => h.run({ type: 'approve', taskId: id }, 'cs2'))).toEqual({
      zh: '待办“客服回访”已处理或不存在，请刷新后查看最新状态',
      en: 'Task "Customer call" is already closed or does not exist; refresh to see the latest state',
    });
  });

  it('keeps who already acted, and refuses to move someone who is no longer waiting', () => {
    const h = started();
    const id = h.task('visit').id;
    h.run({ type: 'approve', taskId: id, comment: '已回访' }, 'cs1');
    h.run({ type: 'reassign', taskId: id, from: 'cs2', to: 'cs3' }, 'root');
    expect(h.task('visit')).toMatchObject({ assignees: ['cs1', 'cs3'], pending: ['cs3'] });
    expect(h.require().tasks[0]?.acted).toEqual(['cs1']);
    expect(refusal(() => h.run({ type: 'reassign', taskId: id, from: 'cs1', to: 'cs4' }, 'mgr'))).toBe('user:FLOW_REASSIGN_NOT_PENDING from');
  });

  it('works on a step that does not allow 转交 (an administrative action)', () => {
    const h = started();
    const id = h.task('visit').id;
    expect(refusal(() => h.run({ type: 'transfer', taskId: id, to: 'cs3' }, 'cs1'))).toBe('state:FLOW_ACTION_NOT_ALLOWED');
    // The refusal names the step and the action as people read them, not the action's code.
    expect(textOf(() => h.run({ type: 'transfer', taskId: id, to: 'cs3' }, 'cs1'))).toEqual({
      zh: '节点“客服回访”不允许“转交”操作',
      en: 'Action "Transfer" is not allowed at node "Customer call"',
    });
    h.run({ type: 'reassign', taskId: id, from: 'cs1', to: 'cs3' }, 'mgr');
    expect(h.task('visit').pending).toEqual(['cs3', 'cs2']);
  });

  it('moves an add-signer too, and whom others were added to', () => {
    const h = started();
    const visit = h.task('visit').id;
    h.run({ type: 'approve', taskId: visit }, 'cs1');
    h.run({ type: 'approve', taskId: visit }, 'cs2');
    const id = h.task('legal').id;
    // legal1 adds fin1 before herself: fin1 now stands in for her.
    h.run({ type: 'addSigner', taskId: id, users: ['fin1'], position: 'before' }, 'legal1');
    expect(h.task('legal').pending).toEqual(['fin1']);
    h.run({ type: 'reassign', taskId: id, from: 'fin1', to: 'fin2' }, 'mgr');
    expect(h.task('legal').pending).toEqual(['fin2']);
    h.run({ type: 'approve', taskId: id }, 'fin2');
    expect(h.task('legal').pending).toEqual(['legal1']);
  });

  it('refuses non-supervisors, someone not waiting, and a missing or already present receiver, changing nothing', () => {
    const h = started();
    const id = h.task('visit').id;
    const before = h.require();
    const reassign = (actor: string | undefined, from: string, to: string, taskId = id) => () => h.run({ type: 'reassign', taskId, from, to }, actor);
    // The step's own people and a sales supervisor are not supervisors of this flow.
    expect(refusal(reassign('cs1', 'cs2', 'cs3'))).toBe('state:FLOW_NOT_SUPERVISOR');
    expect(refusal(reassign('sup', 'cs1', 'cs3'))).toBe('state:FLOW_NOT_SUPERVISOR');
    expect(refusal(reassign(undefined, 'cs1', 'cs3'))).toBe('user:FLOW_NO_ACTOR');
    expect(refusal(reassign('mgr', 'zhang', 'cs3'))).toBe('user:FLOW_REASSIGN_NOT_PENDING from');
    expect(refusal(reassign('mgr', '', 'cs3'))).toBe('user:FLOW_USER_REQUIRED from');
    expect(refusal(reassign('mgr', 'cs1', ' '))).toBe('user:FLOW_USER_REQUIRED to');
    expect(refusal(reassign('mgr', 'cs1', 'cs2'))).toBe('user:FLOW_ALREADY_ON_TASK to');
    expect(refusal(reassign('mgr', 'cs1', 'cs1'))).toBe('user:FLOW_ALREADY_ON_TASK to');
    expect(refusal(reassign('mgr', 'cs1', 'cs3', 'task-gone'))).toBe('state:FLOW_TASK_CLOSED');
    expect(h.require()).toBe(before);
  });

  it('replaying the command log gives the same states, events and effects', () => {
    const h = started();
    const id = h.task('visit').id;
    h.run({ type: 'reassign', taskId: id, from: 'cs2', to: 'cs3', comment: '工作交接' }, 'mgr');
    h.run({ type: 'approve', taskId: id }, 'cs1');
    h.run({ type: 'approve', taskId: id }, 'cs3');
    const replay = () => {
      const again = new Harness(visitFlow);
      for (const entry of h.log) {
        again.clock.set(entry.at);
        again.run(entry.command, entry.actor);
      }
      return again;
    };
    const [first, second] = [replay(), replay()];
    expect(second.state).toEqual(first.state);
    expect(first.state).toEqual(h.state);
    expect(first.events).toEqual(h.events);
    expect(first.effects).toEqual(h.effects);
  });
});
