// 改派: a flow supervisor replaces one person on an open step; 工作交接 uses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, refundData, signIn, type Client } from './helpers.js';

const CHEN = 'usr_salesSupervisor';
const LI = 'usr_consultant2';
const WANG = 'usr_consultant';

/** A 会签 review by every sales supervisor whose step does NOT allow 转交; `supervisors` supervise the flow (default: admins only). */
const reviewFlow = (key: string, supervisorRoles?: string[]) => ({
  key, name: { zh: '退订会签', en: 'Joint refund review' }, formKey: 'refund-request', ...(supervisorRoles ? { supervisorRoles } : {}),
  nodes: [
    { id: 'start', kind: 'start', name: { zh: '开始', en: 'Start' } },
    { id: 'review', kind: 'task', name: { zh: '主管会签', en: 'Supervisors sign' }, taskType: 'approve', mode: 'all', assignees: [{ kind: 'role', role: 'salesSupervisor' }], actions: ['approve', 'comment'] },
    { id: 'end', kind: 'end', name: { zh: '结束', en: 'End' } },
  ],
  edges: [{ id: 'e1', source: 'start', target: 'review' }, { id: 'e2', source: 'review', target: 'end' }],
});

interface Detail { task: { version: number }; pending: string[]; actions: string[]; timeline: { type: string; actorId: string | null; data: Record<string, unknown> }[] }

describe('改派 POST /api/tasks/:id/actions { action: reassign }', () => {
  let ts: TestServer;
  let admin: Client;
  let manager: Client;
  let wang: Client;

  /** Starts a case of `flowKey` as 王芳 and returns its review task, pending for 陈静 and 李强. */
  const startReview = async (flowKey: string) => {
    const started = await wang.post('/api/projects/prj_yunqi/instances', { flowKey, data: refundData });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const items = (await admin.get('/api/tasks?scope=project&projectId=prj_yunqi')).body.items as { id: string; instanceId: string }[];
    return items.find((t) => t.instanceId === started.body.instanceId)!.id;
  };
  const detail = async (c: Client, id: string) => (await c.get(`/api/tasks/${id}`)).body as Detail;

  beforeAll(async () => {
    ts = await demoServer();
    [admin, manager, wang] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'siteManager'), signIn(ts, 'consultant')]);
    // Given 李强 is also a 销售主管, and two review flows: one the site manager supervises, one only admins do.
    await admin.post('/api/admin/memberships', { userId: LI, role: 'salesSupervisor', projectId: 'prj_yunqi' });
    for (const flow of [reviewFlow('joint-review', ['admin', 'siteManager']), reviewFlow('joint-review-admin')]) {
      expect((await manager.post('/api/projects/prj_yunqi/flows', { definition: flow })).status).toBe(201);
      const published = await manager.post(`/api/projects/prj_yunqi/flows/${flow.key}/publish`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(201);
    }
  });
  afterAll(() => ts.close());

  it('is offered to the flow\'s supervisors, not to the people on the step', async () => {
    const id = await startReview('joint-review');
    expect((await detail(manager, id)).actions).toContain('reassign');
    const chen = await signIn(ts, 'salesSupervisor');
    expect((await detail(chen, id)).actions).not.toContain('reassign');
    expect((await detail(manager, await startReview('joint-review-admin'))).actions).not.toContain('reassign');
  });

  it('the site manager moves 陈静\'s share to 王芳 on a step without 转交: 李强 keeps his, the timeline says who moved whom', async () => {
    const id = await startReview('joint-review');
    const before = await detail(manager, id);
    expect(before.pending.sort()).toEqual([LI, CHEN]);
    const res = await manager.post(`/api/tasks/${id}/actions`, { action: 'reassign', version: before.task.version, from: CHEN, to: WANG, comment: '陈静休假' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const after = await detail(manager, id);
    expect(after.pending.sort()).toEqual([WANG, LI]);
    expect(after.timeline.at(-1)).toMatchObject({ type: 'flow.taskReassigned', actorId: 'usr_siteManager', data: { from: CHEN, to: WANG, comment: '陈静休假' } });
    // 王芳 has it in her inbox and may approve it; 陈静 is told it left hers.
    expect((await detail(wang, id)).actions).toContain('approve');
    await ts.advanceClock(0);
    const chen = await signIn(ts, 'salesSupervisor');
    const notices = (await chen.get('/api/notifications')).body.items as { title: { zh: string }; link: string }[];
    expect(notices.find((n) => n.link.endsWith(`/tasks/${id}`) && n.title.zh.includes('已改派给同事'))).toBeTruthy();
  });

  it('refuses bad input naming the field (zh and en) and a non-supervisor; nothing changes', async () => {
    const id = await startReview('joint-review');
    const { task } = await detail(manager, id);
    const body = { action: 'reassign', version: task.version, from: CHEN, to: WANG };
    const events = count(ts, 'events');
    const cases: [Client, Record<string, unknown>, number, string, string][] = [
      [manager, { ...body, from: undefined }, 400, 'API_FIELD_REQUIRED', 'from'],
      [manager, { ...body, to: undefined }, 400, 'API_FIELD_REQUIRED', 'to'],
      [manager, { ...body, from: WANG }, 400, 'FLOW_REASSIGN_NOT_PENDING', 'from'],
      [manager, { ...body, to: 'usr_xixi.consultant' }, 400, 'TASK_USER_NOT_MEMBER', 'to'],
      [manager, { ...body, to: 'usr_nobody' }, 400, 'TASK_USER_NOT_MEMBER', 'to'],
      [manager, { ...body, to: LI }, 400, 'FLOW_ALREADY_ON_TASK', 'to'],
    ];
    for (const [client, sent, status, code, field] of cases) {
      const res = await client.post(`/api/tasks/${id}/actions`, sent);
      expect(res.status, JSON.stringify(sent)).toBe(status);
      const issue = (res.body.issues as { code: string; path: string; message: { zh: string; en: string } }[])[0]!;
      expect([issue.code, issue.path]).toEqual([code, field]);
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).not.toBe('');
    }
    // Refusals name people by name, not by id (a stale page picking someone who left the step).
    const stale = await manager.post(`/api/tasks/${id}/actions`, { ...body, from: WANG });
    expect((stale.body.issues as { message: { zh: string } }[])[0]!.message.zh).toMatch(/^王芳（置业顾问） 不是该待办当前的待处理人/);
    const already = await manager.post(`/api/tasks/${id}/actions`, { ...body, to: LI });
    expect((already.body.issues as { message: { en: string } }[])[0]!.message.en).toMatch(/^李强（置业顾问） is already/);
    const byConsultant = await wang.post(`/api/tasks/${id}/actions`, body);
    expect([byConsultant.status, byConsultant.body.code]).toEqual([409, 'FLOW_NOT_SUPERVISOR']);
    // 王芳 approving a step that is not hers is told which step, by its name in each language
    const notHers = await wang.post(`/api/tasks/${id}/actions`, { action: 'approve', version: task.version });
    expect([notHers.status, notHers.body.code]).toEqual([409, 'FLOW_NOT_ASSIGNEE']);
    expect(notHers.body.message).toEqual({
      zh: '王芳（置业顾问）：您当前不是待办“主管会签”的处理人，它可能已被转交或改派；请刷新页面',
      en: '王芳（置业顾问）: you are not a current assignee of task "Supervisors sign"; it may have been transferred or reassigned. Refresh the page',
    });
    expect(count(ts, 'events')).toBe(events);
    expect((await detail(manager, id)).pending.sort()).toEqual([LI, CHEN]);
  });
});

describe('工作交接 of a step that does not allow 转交', () => {
  let ts: TestServer;
  afterAll(() => ts.close());

  it('is handed over by 改派 where the caller supervises the flow, and left in place (as before) where they do not', async () => {
    ts = await demoServer();
    const [admin, manager, wang] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'siteManager'), signIn(ts, 'consultant')]);
    await admin.post('/api/admin/memberships', { userId: LI, role: 'salesSupervisor', projectId: 'prj_yunqi' });
    const ids: Record<string, string> = {};
    for (const flow of [reviewFlow('joint-review', ['admin', 'siteManager']), reviewFlow('joint-review-admin')]) {
      await manager.post('/api/projects/prj_yunqi/flows', { definition: flow });
      await manager.post(`/api/projects/prj_yunqi/flows/${flow.key}/publish`, {});
      const started = await wang.post('/api/projects/prj_yunqi/instances', { flowKey: flow.key, data: refundData });
      const items = (await admin.get('/api/tasks?scope=project&projectId=prj_yunqi')).body.items as { id: string; instanceId: string }[];
      ids[flow.key] = items.find((t) => t.instanceId === started.body.instanceId)!.id;
    }
    const pending = async (id: string) => ((await admin.get(`/api/tasks/${id}`)).body as Detail).pending.sort();
    const URL = '/api/projects/prj_yunqi/handover';

    // When the site manager hands 陈静's work to 王芳: the step of the flow he supervises moves by 改派;
    // the admins-only flow's step cannot be 转交'd, so it stays, reported.
    const preview = await manager.get(`${URL}?fromUserId=${CHEN}&toUserId=${WANG}`);
    expect(preview.body.skipped).toEqual([expect.objectContaining({ taskId: ids['joint-review-admin'], reason: 'notTransferable' })]);
    const byManager = await manager.post(URL, { fromUserId: CHEN, toUserId: WANG });
    expect(byManager.status, JSON.stringify(byManager.body)).toBe(200);
    expect(byManager.body).toMatchObject({ tasks: preview.body.tasks, tasksSkipped: 1 });
    expect(await pending(ids['joint-review']!)).toEqual([WANG, LI]);
    expect(await pending(ids['joint-review-admin']!)).toEqual([LI, CHEN]);
    const moved = ((await admin.get(`/api/tasks/${ids['joint-review']}`)).body as Detail).timeline.at(-1);
    expect(moved).toMatchObject({ type: 'flow.taskReassigned', actorId: 'usr_siteManager', data: { from: CHEN, to: WANG } });
    expect(moved?.data.reason).toEqual({ zh: '工作交接', en: 'Work handover' });

    // When the admin, who supervises both, hands over the rest: it moves too, the admin named as actor.
    const byAdmin = await admin.post(URL, { fromUserId: CHEN, toUserId: WANG });
    expect(byAdmin.body).toMatchObject({ tasksSkipped: 0 });
    expect(await pending(ids['joint-review-admin']!)).toEqual([WANG, LI]);
    expect(((await admin.get(`/api/tasks/${ids['joint-review-admin']}`)).body as Detail).timeline.at(-1))
      .toMatchObject({ type: 'flow.taskReassigned', actorId: 'usr_admin', data: { from: CHEN, to: WANG } });
  });
});
