// 工作交接: a site manager hands a consultant's open tasks and customers to a colleague in one go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, startRefund, type Client } from './helpers.js';

const URL = '/api/projects/prj_yunqi/handover';
const FROM = 'usr_consultant';
const TO = 'usr_consultant2';

describe('hand-over 工作交接 of a consultant\'s open work', () => {
  let ts: TestServer;
  let wang: Client;
  let li: Client;
  let manager: Client;
  let admin: Client;
  let third: Client;
  let taskId: string;
  let recordId: string;

  beforeAll(async () => {
    ts = await demoServer();
    [wang, li, manager, admin] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'consultant2'), signIn(ts, 'siteManager'), signIn(ts, 'admin')]);
    // Given 王芳 started a case (she owns its record) and her supervisor transferred its review to her.
    const supervisor = await signIn(ts, 'salesSupervisor');
    const started = await startRefund(wang, supervisor);
    recordId = started.recordId;
    taskId = started.taskId;
    const toWang = await supervisor.post(`/api/tasks/${taskId}/actions`, { action: 'transfer', version: started.taskVersion, to: FROM });
    expect(toWang.status).toBe(200);
    // And a third consultant on the project, who must keep seeing the customer masked.
    const created = await admin.post('/api/admin/users', { username: 'consultant3', displayName: '周婷（置业顾问）', password: 'siteflow2025' });
    await admin.post('/api/admin/memberships', { userId: created.body.id, role: 'consultant', projectId: 'prj_yunqi' });
    third = await signIn(ts, 'consultant3');
  });
  afterAll(() => ts.close());

  const inboxIds = async (c: Client) => ((await c.get('/api/tasks?scope=mine&projectId=prj_yunqi')).body.items as { id: string }[]).map((t) => t.id);

  it('a consultant may not hand over a colleague\'s work', async () => {
    const res = await third.post(URL, { fromUserId: FROM, toUserId: TO });
    expect(res.status).toBe(403);
    expect((await third.get(`${URL}?fromUserId=${FROM}`)).status).toBe(403);
  });

  it('another project\'s manager gets 404 (no existence leak)', async () => {
    const xixi = await signIn(ts, 'xixi.manager');
    expect((await xixi.post(URL, { fromUserId: FROM, toUserId: TO })).status).toBe(404);
    expect((await xixi.get(URL)).status).toBe(404);
  });

  it('refuses bad input naming the field in zh and en, and changes nothing', async () => {
    const before = [count(ts, 'events'), count(ts, 'records', 'owner_id = ?', TO)];
    const cases: [unknown, number, string, string][] = [
      [{ fromUserId: FROM, toUserId: FROM }, 400, 'HANDOVER_SAME_USER', 'toUserId'],
      [{ fromUserId: FROM, toUserId: 'usr_xixi.consultant' }, 400, 'HANDOVER_NOT_MEMBER', 'toUserId'],
      [{ fromUserId: FROM, toUserId: 'usr_nobody' }, 400, 'HANDOVER_NOT_MEMBER', 'toUserId'],
      [{ fromUserId: 'usr_nobody', toUserId: TO }, 404, 'HANDOVER_USER_UNKNOWN', 'fromUserId'],
      [{ fromUserId: FROM, toUserId: 42 }, 400, 'API_FIELD_TYPE', 'toUserId'],
      [{ fromUserId: FROM }, 400, 'API_FIELD_REQUIRED', 'toUserId'],
      [{ fromUserId: FROM, toUserId: TO, force: true }, 400, 'API_FIELD_UNKNOWN', 'force'],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await manager.post(URL, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      const issue = (res.body.issues as { code: string; path: string; message: { zh: string; en: string } }[]).find((i) => i.path.endsWith(field))!;
      expect(issue.code).toBe(code);
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toContain(field);
    }
    // The preview without the giver names the query field
    const preview = await manager.get(URL);
    expect(preview.status).toBe(400);
    expect(preview.body.issues[0]).toMatchObject({ code: 'API_FIELD_REQUIRED', path: 'query.fromUserId' });
    expect([count(ts, 'events'), count(ts, 'records', 'owner_id = ?', TO)]).toEqual(before);
  });

  it('refuses a disabled receiver', async () => {
    const users = (await admin.get('/api/admin/users')).body as { id: string; username: string; version: number }[];
    const t = users.find((u) => u.username === 'consultant3')!;
    await admin.patch(`/api/admin/users/${t.id}`, { disabled: true, version: t.version });
    const res = await manager.post(URL, { fromUserId: FROM, toUserId: t.id });
    expect(res.status).toBe(400);
    expect(res.body.issues[0].code).toBe('HANDOVER_USER_DISABLED');
    await admin.patch(`/api/admin/users/${t.id}`, { disabled: false, version: t.version + 1 });
    third = await signIn(ts, 'consultant3');
  });

  it('the preview says what would move, and changes nothing', async () => {
    const res = await manager.get(`${URL}?fromUserId=${FROM}&toUserId=${TO}`);
    expect(res.status).toBe(200);
    expect(res.body.tasks).toBeGreaterThanOrEqual(1);
    expect(res.body.records).toBe(count(ts, 'records', "owner_id = ? and project_id = 'prj_yunqi' and status = 'open'", FROM));
    expect(await inboxIds(wang)).toContain(taskId);
  });

  it('the site manager hands 王芳\'s work to 李强: her task and customers are his, once', async () => {
    const preview = (await manager.get(`${URL}?fromUserId=${FROM}&toUserId=${TO}`)).body;
    expect((await li.get(`/api/projects/prj_yunqi/records/${recordId}`)).body.data.customerPhone).toBe('138****1234');

    // When the site manager confirms the hand-over.
    const key = { 'Idempotency-Key': 'handover-wang-to-li' };
    const res = await manager.post(URL, { fromUserId: FROM, toUserId: TO }, key);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ tasks: preview.tasks, records: preview.records });

    // Then her task is in his inbox, not hers, and the timeline shows 转交 with the reason.
    expect(await inboxIds(li)).toContain(taskId);
    expect(await inboxIds(wang)).not.toContain(taskId);
    const detail = await li.get(`/api/tasks/${taskId}`);
    const transfer = (detail.body.timeline as { type: string; data: { comment?: string; reason?: { zh: string; en: string }; users?: string[] } }[]).at(-1)!;
    expect(transfer.type).toBe('flow.taskTransferred');
    // The reason reads in each language on its own (not one string holding both).
    expect(transfer.data.reason?.zh).toMatch(/^工作交接（经办：.+）$/);
    expect(transfer.data.reason?.en).toMatch(/^Work handover \(by .+\)$/);
    expect(transfer.data.users).toEqual([TO]);

    // And her customers are his: he sees the phone in clear; a third consultant still sees it masked.
    const record = await li.get(`/api/projects/prj_yunqi/records/${recordId}`);
    expect(record.body.ownerId).toBe(TO);
    expect(record.body.data.customerPhone).toBe('13812341234');
    expect((await third.get(`/api/projects/prj_yunqi/records/${recordId}`)).body.data.customerPhone).toBe('138****1234');
    expect(count(ts, 'records', "owner_id = ? and project_id = 'prj_yunqi' and status = 'open'", FROM)).toBe(0);

    // And the audit shows the hand-over: on the record, and once as a whole.
    const events = (await manager.get(`/api/projects/prj_yunqi/records/${recordId}/history`)).body.events as { type: string; actorId: string; data: { from: string; to: string } }[];
    expect(events.find((e) => e.type === 'record.ownerChanged')).toMatchObject({ actorId: 'usr_siteManager', data: { from: FROM, to: TO } });
    expect(count(ts, 'events', "type = 'handover.completed'")).toBe(1);

    // Replaying the same request with the same key changes nothing twice.
    const eventsBefore = count(ts, 'events');
    const replay = await manager.post(URL, { fromUserId: FROM, toUserId: TO }, key);
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(res.body);
    expect(count(ts, 'events')).toBe(eventsBefore);
    expect((await manager.get(`${URL}?fromUserId=${FROM}&toUserId=${TO}`)).body).toMatchObject({ tasks: 0, records: 0 });
  });

  it('an admin sees a user\'s open work per project before disabling them', async () => {
    const res = await admin.get(`/api/admin/users/${TO}/open-work`);
    expect(res.status).toBe(200);
    const yunqi = (res.body.items as { projectId: string; projectName: string; tasks: number; records: number }[]).find((w) => w.projectId === 'prj_yunqi')!;
    expect(yunqi.tasks).toBeGreaterThanOrEqual(1);
    expect(yunqi.records).toBeGreaterThanOrEqual(1);
    expect((await manager.get(`/api/admin/users/${TO}/open-work`)).status).toBe(403);
  });
});

describe('hand-over of a task shared with co-assignees', () => {
  let ts: TestServer;
  afterAll(() => ts.close());

  it('moves only the giver\'s share, and leaves a task the receiver already holds in place', async () => {
    ts = await demoServer();
    const [admin, wang, chen, manager] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'consultant'), signIn(ts, 'salesSupervisor'), signIn(ts, 'siteManager')]);
    // Given 李强 is also a 销售主管, so a new review is pending for both 陈静 and 李强.
    await admin.post('/api/admin/memberships', { userId: TO, role: 'salesSupervisor', projectId: 'prj_yunqi' });
    const { taskId } = await startRefund(wang, chen);
    const holders = async () => ((await manager.get('/api/tasks?scope=project&projectId=prj_yunqi')).body.items as { id: string; holders: { userId: string }[] }[])
      .find((t) => t.id === taskId)!.holders.map((h) => h.userId).sort();
    expect(await holders()).toEqual(['usr_consultant2', 'usr_salesSupervisor']);

    // When 陈静's work goes to 王芳: 王芳 takes her place, 李强 keeps his.
    const moved = await manager.post(URL, { fromUserId: 'usr_salesSupervisor', toUserId: FROM });
    expect(moved.body).toMatchObject({ tasks: 1, tasksSkipped: 0 });
    expect(await holders()).toEqual(['usr_consultant', 'usr_consultant2']);

    // When 李强's work goes to 王芳, who already holds that task: it stays, reported as skipped.
    const preview = await manager.get(`${URL}?fromUserId=${TO}&toUserId=${FROM}`);
    expect(preview.body.skipped).toEqual([expect.objectContaining({ taskId, reason: 'alreadyOnTask' })]);
    const kept = await manager.post(URL, { fromUserId: TO, toUserId: FROM });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ tasks: 0, tasksSkipped: 1 });
    expect(await holders()).toEqual(['usr_consultant', 'usr_consultant2']);
  });
});
