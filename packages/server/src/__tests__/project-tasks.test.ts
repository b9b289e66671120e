import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, signIn, type Client } from './helpers.js';
import { projectTasksQuery } from '../repos/instances-repo.js';

// GET /api/tasks?scope=project: the supervisor's view of every task of a project and who holds it,
// on the demo server's manual clock (from Monday 22 December 2025, 09:00 China time).
const MINUTE = 60_000;
const yunqi = '/api/projects/prj_yunqi';
const workOrder = (customerName: string, customerPhone: string) => ({ customerName, customerPhone, building: '3幢', room: '1201', requestedAt: '2025-12-22T09:00:00+08:00' });

interface Holder { userId: string; displayName: string; roles: string[] }
interface Item { id: string; instanceId: string; nodeId: string; title: string; status: string; dueAt: number | null; breached: boolean; holders: Holder[] }

async function projectTasks(client: Client, query = 'projectId=prj_yunqi'): Promise<Item[]> {
  const res = await client.get(`/api/tasks?scope=project&${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
}

describe('GET /api/tasks?scope=project: every task of a project with its holders', () => {
  let ts: TestServer;
  let consultant: Client;
  let manager: Client;
  let zhangOrder: string;
  beforeAll(async () => {
    ts = await demoServer();
    [consultant, manager] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'siteManager')]);
    // Given 张先生 asks to cancel at 09:00: 王芳 (the consultant who opened the work order) holds his 15-minute first interview
    const order = await consultant.post(`${yunqi}/instances`, { flowKey: 'cancellation-work-order', data: workOrder('张先生', '13900001111') });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    zhangOrder = order.body.instanceId;
    // And 李女士 asks ten minutes later
    await ts.advanceClock(10 * MINUTE);
    const later = await consultant.post(`${yunqi}/instances`, { flowKey: 'cancellation-work-order', data: workOrder('李女士', '13700002222') });
    expect(later.status, JSON.stringify(later.body)).toBe(201);
    // And it is now 09:20: 张先生's interview is five minutes late, not yet escalated to the regional director
    await ts.advanceClock(10 * MINUTE);
  }, 60_000);
  afterAll(() => ts.close());

  it('shows the site manager his consultant’s open steps, soonest due first, each with who holds it', async () => {
    const items = await projectTasks(manager);
    expect(items.map((i) => [i.nodeId, i.title.includes('张先生') ? '张先生' : i.title.includes('李女士') ? '李女士' : i.title, i.breached])).toEqual([
      ['interview', '张先生', true], ['interview', '李女士', false],
    ]);
    expect(items[0]!.instanceId).toBe(zhangOrder);
    expect(items[0]!.holders).toEqual([{ userId: 'usr_consultant', displayName: '王芳（置业顾问）', roles: ['consultant'] }]);
    // His own inbox stays his own: the interviews are not his to do
    const mine = await manager.get('/api/tasks?scope=mine&projectId=prj_yunqi');
    expect(mine.body.items.filter((t: Item) => t.nodeId === 'interview')).toEqual([]);
  });

  it('lists the closed steps with who did them when asked for closed ones', async () => {
    const task = (await projectTasks(manager))[0]!;
    const detail = await consultant.get(`/api/tasks/${task.id}`);
    const done = await consultant.post(`/api/tasks/${task.id}/actions`, { action: 'submit', version: detail.body.task.version, data: {
      interviewAt: '2025-12-22T09:20:00+08:00', reasons: ['schoolDistrict'], depositAmount: 800000, paymentMethod: 'bankTransfer', thirdPartyInfluence: false, expectedResolution: 'within3d',
    } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const closed = await projectTasks(manager, 'projectId=prj_yunqi&status=closed');
    expect(closed.map((i) => [i.id, i.status, i.holders.map((h) => h.displayName)])).toEqual([[task.id, 'closed', ['王芳（置业顾问）']]]);
    const open = await projectTasks(manager);
    expect(open.some((i) => i.id === task.id)).toBe(false);
  });

  it('lists the most recently closed step first, and the open ones before any closed one', async () => {
    // When 李女士's interview is held ten minutes after 张先生's
    await ts.advanceClock(10 * MINUTE);
    const li = (await projectTasks(manager)).find((i) => i.nodeId === 'interview')!;
    const detail = await consultant.get(`/api/tasks/${li.id}`);
    const done = await consultant.post(`/api/tasks/${li.id}/actions`, { action: 'submit', version: detail.body.task.version, data: {
      interviewAt: '2025-12-22T09:30:00+08:00', reasons: ['schoolDistrict'], depositAmount: 500000, paymentMethod: 'bankTransfer', thirdPartyInfluence: false, expectedResolution: 'within3d',
    } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    // Then the closed list starts with hers (the oldest of a long history are the ones a full list leaves out)
    const closed = await projectTasks(manager, 'projectId=prj_yunqi&status=closed');
    expect(closed.map((i) => i.id)).toEqual([li.id, expect.any(String)]);
    // And the whole list puts the steps still open first
    const all = await projectTasks(manager, 'projectId=prj_yunqi&status=all');
    const firstClosed = all.findIndex((i) => i.status === 'closed');
    expect(firstClosed).toBeGreaterThan(0);
    expect(all.slice(firstClosed).every((i) => i.status === 'closed')).toBe(true);
  });

  it('masks the customer names for the sales supervisor and the regional director exactly as their other views do', async () => {
    for (const username of ['salesSupervisor', 'regionalDirector']) {
      const viewer = await signIn(ts, username);
      const items = await projectTasks(viewer, 'projectId=prj_yunqi&status=all');
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.title).not.toMatch(/张先生|李女士|13900001111|13700002222/);
        const instance = await viewer.get(`${yunqi}/instances/${item.instanceId}`);
        expect(instance.body.tasks.find((t: Item) => t.id === item.id).title).toBe(item.title);
      }
    }
  });

  it('lets an organisation admin see the project’s tasks', async () => {
    expect((await projectTasks(await signIn(ts, 'admin'))).length).toBeGreaterThan(0);
  });

  it('refuses a consultant with 403, even on his own project', async () => {
    const res = await consultant.get('/api/tasks?scope=project&projectId=prj_yunqi');
    expect([res.status, res.body.code]).toEqual([403, 'AUTH_FORBIDDEN']);
  });

  it('answers 404 to the 深圳 director and the 西溪 manager for a 杭州·云栖府 task list, without leaking a name', async () => {
    for (const username of ['sz.director', 'xixi.manager']) {
      const res = await (await signIn(ts, username)).get('/api/tasks?scope=project&projectId=prj_yunqi');
      expect([username, res.status, res.body.code]).toEqual([username, 404, 'API_NOT_FOUND']);
      expect(res.text).not.toMatch(/张先生|王芳/);
    }
  });

  it('asks for the project when it is missing, naming the field in both languages', async () => {
    const res = await manager.get('/api/tasks?scope=project');
    expect(res.status).toBe(400);
    expect(res.body.issues).toEqual([expect.objectContaining({ code: 'API_FIELD_REQUIRED', path: 'query.projectId', message: { zh: '缺少必填字段「projectId」', en: 'Missing required field "projectId"' } })]);
  });

  it('reads one project’s open or closed steps through the (project_id, status, closed_at) index, not every project’s years of steps', () => {
    for (const status of ['open', 'closed'] as const) {
      const query = projectTasksQuery(ts.server.ctx.db, 'prj_yunqi', status, 500).toSQL();
      const plan = ts.server.ctx.sqlite.prepare(`explain query plan ${query.sql}`).all(...query.params) as { detail: string }[];
      const details = plan.map((p) => p.detail).join('\n');
      expect(details, status).toContain('tasks_project_status_idx');
      expect(details, status).not.toMatch(/SCAN tasks(?! USING)/);
    }
  });
});

describe('GET /api/tasks?scope=project&holder=…: one person’s steps on a busy project', () => {
  let ts: TestServer;
  afterAll(() => ts.close());

  it('finds every step one person holds, however many steps of other people fill the project’s list', async () => {
    ts = await demoServer();
    const [wang, li, manager] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'consultant2'), signIn(ts, 'siteManager')]);
    // Given 李强 opened 200 work orders this morning (each first interview is his, due within 15 minutes)
    for (let batch = 0; batch < 10; batch++) {
      const started = await Promise.all(Array.from({ length: 20 }, (_, i) => li.post(`${yunqi}/instances`, { flowKey: 'cancellation-work-order', data: workOrder(`客户${batch * 20 + i}`, `1390000${String(batch * 20 + i).padStart(4, '0')}`) })));
      expect(started.map((r) => r.status)).toEqual(Array(20).fill(201));
    }
    // And 王芳 opened one a minute later, so hers is due last
    await ts.advanceClock(MINUTE);
    const hers = await wang.post(`${yunqi}/instances`, { flowKey: 'cancellation-work-order', data: workOrder('张先生', '13900001111') });
    expect(hers.status, JSON.stringify(hers.body)).toBe(201);

    // When the site manager looks at the project's open steps, the list's limit leaves hers out
    expect((await projectTasks(manager)).some((i) => i.instanceId === hers.body.instanceId)).toBe(false);
    // But asking for 王芳's steps finds exactly hers
    const wangs = await projectTasks(manager, 'projectId=prj_yunqi&holder=usr_consultant');
    expect(wangs.map((i) => [i.instanceId, i.nodeId, i.holders.map((h) => h.userId)])).toEqual([[hers.body.instanceId, 'interview', ['usr_consultant']]]);

    // And once she has held the interview, it is among her closed steps, not her open ones
    const detail = await wang.get(`/api/tasks/${wangs[0]!.id}`);
    const done = await wang.post(`/api/tasks/${wangs[0]!.id}/actions`, { action: 'submit', version: detail.body.task.version, data: {
      interviewAt: '2025-12-22T09:01:00+08:00', reasons: ['schoolDistrict'], depositAmount: 800000, paymentMethod: 'bankTransfer', thirdPartyInfluence: false, expectedResolution: 'within3d',
    } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await projectTasks(manager, 'projectId=prj_yunqi&status=closed&holder=usr_consultant')).map((i) => [i.id, i.status])).toEqual([[wangs[0]!.id, 'closed']]);
    expect((await projectTasks(manager, 'projectId=prj_yunqi&holder=usr_consultant')).some((i) => i.nodeId === 'interview')).toBe(false);
    // A person of another project holds nothing here
    expect(await projectTasks(manager, 'projectId=prj_yunqi&status=all&holder=usr_sz_consultant')).toEqual([]);
  }, 120_000);

  it('refuses a malformed holder, naming the field', async () => {
    const res = await (await signIn(ts, 'siteManager')).get('/api/tasks?scope=project&projectId=prj_yunqi&holder=%3Cscript%3E');
    expect([res.status, res.body.issues?.[0]?.path]).toEqual([400, 'query.holder']);
  });
});
