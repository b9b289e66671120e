// 转交, 加签 and 抄送 reach only active members of the case's project: a case never lands in the
// inbox of someone of another project, nor waits on a disabled account.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, startRefund, type Client } from './helpers.js';

const OUTSIDER = 'usr_xixi_consultant'; // 杨帆, a consultant of 西溪 only
const COLLEAGUE = 'usr_consultant2'; // 李强, a consultant of 云栖府

interface Detail { task: { version: number }; pending: string[] }

describe('task actions give work only to members of the project', () => {
  let ts: TestServer;
  let wang: Client;
  let chen: Client;
  let admin: Client;

  beforeAll(async () => {
    ts = await demoServer();
    [wang, chen, admin] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor'), signIn(ts, 'admin')]);
  });
  afterAll(() => ts.close());

  it('refuses 转交, 加签 and 抄送 to someone of another project, naming the field in zh and en; nothing changes', async () => {
    // Given 陈静 holds the review of 王芳's refund request
    const { taskId, instanceId } = await startRefund(wang, chen);
    const before = (await chen.get(`/api/tasks/${taskId}`)).body as Detail;
    const events = count(ts, 'events');
    const cases: [string, Record<string, unknown>, string][] = [
      [`/api/tasks/${taskId}/actions`, { action: 'transfer', to: OUTSIDER }, 'to'],
      [`/api/tasks/${taskId}/actions`, { action: 'addSigner', users: [COLLEAGUE, OUTSIDER] }, 'users'],
      [`/api/tasks/${taskId}/actions`, { action: 'cc', users: [OUTSIDER] }, 'users'],
      [`/api/projects/prj_yunqi/instances/${instanceId}/actions`, { action: 'cc', users: [OUTSIDER] }, 'users'],
    ];
    for (const [path, body, field] of cases) {
      const version = path.includes('/instances/') ? ((await chen.get(`/api/tasks/${taskId}`)).body as { instance: { version: number } }).instance.version : before.task.version;
      // When she picks 杨帆 of 西溪
      const res = await chen.post(path, { ...body, version });
      // Then she is told which field to fix, in both languages
      expect(res.status, `${JSON.stringify(body)}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.issues).toEqual([expect.objectContaining({ code: 'TASK_USER_NOT_MEMBER', path: field })]);
      expect(res.body.issues[0].message.zh).toContain('不是本项目的在岗成员');
      expect(res.body.issues[0].message.en).toContain('not an active member of this project');
    }
    // And the step, the audit log and 杨帆's inbox are as before
    const after = (await chen.get(`/api/tasks/${taskId}`)).body as Detail;
    expect(after.pending).toEqual(before.pending);
    expect(after.task.version).toBe(before.task.version);
    expect(count(ts, 'events')).toBe(events);
    expect(count(ts, 'task_assignees', 'user_id = ?', OUTSIDER)).toBe(0);
  });

  it('refuses 转交 to a disabled colleague, and still transfers to an active one', async () => {
    const { taskId } = await startRefund(wang, chen);
    // Given 李强's account was disabled
    const userVersion = async () => ((await admin.get('/api/admin/users')).body as { id: string; version: number }[]).find((u) => u.id === COLLEAGUE)!.version;
    const user = { version: await userVersion() };
    expect((await admin.patch(`/api/admin/users/${COLLEAGUE}`, { version: user.version, disabled: true })).status).toBe(200);
    const { task } = (await chen.get(`/api/tasks/${taskId}`)).body as Detail;
    const refused = await chen.post(`/api/tasks/${taskId}/actions`, { action: 'transfer', version: task.version, to: COLLEAGUE });
    expect(refused.status).toBe(400);
    expect(refused.body.issues[0]).toMatchObject({ code: 'TASK_USER_NOT_MEMBER', path: 'to' });
    // When he is enabled again, the same 转交 goes through
    const again = { version: await userVersion() };
    expect((await admin.patch(`/api/admin/users/${COLLEAGUE}`, { version: again.version, disabled: false })).status).toBe(200);
    const moved = await chen.post(`/api/tasks/${taskId}/actions`, { action: 'transfer', version: task.version, to: COLLEAGUE });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(((await chen.get(`/api/tasks/${taskId}`)).body as Detail).pending).toEqual([COLLEAGUE]);
  });
});
