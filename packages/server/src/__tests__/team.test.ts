// 项目设置 → 成员: the site manager sees his team with each person's open work, leavers included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, startRefund, type Client } from './helpers.js';

const URL = '/api/projects/prj_yunqi/team';
const WANG = 'usr_consultant';

interface Member { id: string; displayName: string; roles: string[]; disabled: boolean; leftProject: boolean; openTasks: number; openRecords: number }

describe('the project team 成员 with open work', () => {
  let ts: TestServer;
  let manager: Client;
  let admin: Client;
  const team = async (c: Client) => (await c.get(URL)).body.items as Member[];
  const wang = async () => (await team(manager)).find((m) => m.id === WANG);
  const openTasks = () => count(ts, 'task_assignees a join tasks t on t.id = a.task_id', "a.user_id = ? and a.kind = 'pending' and t.status = 'open' and t.project_id = 'prj_yunqi'", WANG);
  const openRecords = () => count(ts, 'records', "owner_id = ? and project_id = 'prj_yunqi' and status = 'open'", WANG);

  beforeAll(async () => {
    ts = await demoServer();
    [manager, admin] = await Promise.all([signIn(ts, 'siteManager'), signIn(ts, 'admin')]);
    // Given 王芳 started a case (she owns its record) and her supervisor transferred its review to her.
    const [consultant, supervisor] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor')]);
    const started = await startRefund(consultant, supervisor);
    expect((await supervisor.post(`/api/tasks/${started.taskId}/actions`, { action: 'transfer', version: started.taskVersion, to: WANG })).status).toBe(200);
  });
  afterAll(() => ts.close());

  it('lists the members with their roles and open work, names only (no phone numbers)', async () => {
    const res = await manager.get(URL);
    expect(res.status).toBe(200);
    const members = res.body.items as Member[];
    expect(members.find((m) => m.id === WANG)).toEqual({
      id: WANG, displayName: '王芳（置业顾问）', roles: ['consultant'], disabled: false, leftProject: false, openTasks: openTasks(), openRecords: openRecords(),
    });
    expect(openTasks()).toBeGreaterThanOrEqual(1);
    expect(openRecords()).toBeGreaterThanOrEqual(1);
    expect(members.find((m) => m.id === 'usr_siteManager')?.roles).toEqual(['siteManager']);
    expect(members.find((m) => m.id === 'usr_regionalDirector')?.roles).toEqual(['regionalDirector']);
    // Another project's people are not part of this team.
    expect(members.map((m) => m.id)).not.toContain('usr_xixi_consultant');
    expect(res.text).not.toMatch(/138\d{8}|1381234|username|phone/i);
  });

  it('organisation admins may look too; other members of the project get 403', async () => {
    expect((await admin.get(URL)).status).toBe(200);
    for (const username of ['consultant', 'salesSupervisor', 'regionalDirector']) {
      const res = await (await signIn(ts, username)).get(URL);
      expect({ username, status: res.status, code: res.body.code }).toEqual({ username, status: 403, code: 'AUTH_FORBIDDEN' });
    }
  });

  it('another project\'s manager or consultant gets 404 (no existence leak)', async () => {
    for (const username of ['xixi.manager', 'sz.consultant', 'sz.director']) {
      const res = await (await signIn(ts, username)).get(URL);
      expect({ username, status: res.status, code: res.body.code }).toEqual({ username, status: 404, code: 'API_NOT_FOUND' });
    }
  });

  it('keeps a disabled member with open work, and someone who left the project while holding work, flagged', async () => {
    const before = await wang();
    // When an admin disables 王芳.
    const users = (await admin.get('/api/admin/users')).body as { id: string; version: number }[];
    const row = users.find((u) => u.id === WANG)!;
    expect((await admin.patch(`/api/admin/users/${WANG}`, { disabled: true, version: row.version })).status).toBe(200);
    // Then she is still on the list, disabled, with the same open work.
    expect(await wang()).toEqual({ ...before, disabled: true });

    // When her membership of the project is removed as well.
    const memberships = (await admin.get('/api/admin/memberships')).body as { id: string; userId: string; projectId: string | null }[];
    const own = memberships.find((m) => m.userId === WANG && m.projectId === 'prj_yunqi')!;
    expect((await admin.delete(`/api/admin/memberships/${own.id}`)).status).toBe(200);
    // Then she is listed as having left, without roles, still with her open work (to be handed over).
    expect(await wang()).toEqual({ ...before, roles: [], disabled: true, leftProject: true });
    expect((await team(manager)).at(-1)?.id).toBe(WANG);
  });

  it('after the hand-over the counts move to the receiver, and a leaver without work drops off the list', async () => {
    const li = (await team(manager)).find((m) => m.id === 'usr_consultant2')!;
    const given = (await wang())!;
    const res = await manager.post('/api/projects/prj_yunqi/handover', { fromUserId: WANG, toUserId: 'usr_consultant2' });
    expect(res.status).toBe(200);
    const after = (await team(manager)).find((m) => m.id === 'usr_consultant2')!;
    expect([after.openTasks, after.openRecords]).toEqual([li.openTasks + given.openTasks, li.openRecords + given.openRecords]);
    expect(await wang()).toBeUndefined();
  });
});
