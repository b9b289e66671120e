// 更换置业顾问: the site manager (or sales supervisor, or an org admin) moves one customer to another consultant.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, refundData, signIn, type Client } from './helpers.js';

const WANG = 'usr_consultant';
const LI = 'usr_consultant2';
const url = (id: string) => `/api/projects/prj_yunqi/records/${id}/owner`;
const recordUrl = (id: string) => `/api/projects/prj_yunqi/records/${id}`;

describe('更换置业顾问: one customer to another consultant', () => {
  let ts: TestServer;
  let wang: Client;
  let li: Client;
  let manager: Client;
  let supervisor: Client;
  let admin: Client;

  /** A customer 王芳 filed (she owns it); returns its id and version. */
  async function wangsCustomer(): Promise<{ id: string; version: number }> {
    const res = await wang.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.id, version: res.body.version };
  }

  beforeAll(async () => {
    ts = await demoServer();
    [wang, li, manager, supervisor, admin] = await Promise.all([signIn(ts, 'consultant'), signIn(ts, 'consultant2'), signIn(ts, 'siteManager'), signIn(ts, 'salesSupervisor'), signIn(ts, 'admin')]);
  });
  afterAll(() => ts.close());

  it('the site manager moves 王芳\'s customer to 李强: he sees the phone in clear, she now sees it masked, with one audit event', async () => {
    // Given 王芳's customer, masked for 李强.
    const rec = await wangsCustomer();
    expect((await li.get(recordUrl(rec.id))).body.data.customerPhone).toBe('138****1234');
    // When the site manager gives it to 李强 with a reason.
    const res = await manager.post(url(rec.id), { ownerId: LI, version: rec.version, reason: '撞单，客户先到访李强' });
    // Then the answer is the record as the manager sees it, owned by 李强, one version on.
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ id: rec.id, ownerId: LI, version: rec.version + 1 });
    expect(res.body.data.customerPhone).toBe('13812341234');
    // And masking follows the owner.
    expect((await li.get(recordUrl(rec.id))).body.data.customerPhone).toBe('13812341234');
    const hers = (await wang.get(recordUrl(rec.id))).body;
    expect(hers.data.customerPhone).toBe('138****1234');
    expect(hers.masked).toContain('customerPhone');
    // And the record's history holds one ownerChanged event with who, from, to and why.
    const events = (await manager.get(`${recordUrl(rec.id)}/history`)).body.events as { type: string; actorId: string; data: Record<string, unknown> }[];
    expect(events.filter((e) => e.type === 'record.ownerChanged')).toEqual([
      expect.objectContaining({ actorId: 'usr_siteManager', data: { from: WANG, to: LI, reason: '撞单，客户先到访李强' } }),
    ]);
  });

  it('the sales supervisor and an org admin may too; a replay with the same Idempotency-Key changes nothing twice', async () => {
    const rec = await wangsCustomer();
    const key = { 'Idempotency-Key': 'owner-to-li-1' };
    const first = await supervisor.post(url(rec.id), { ownerId: LI, version: rec.version }, key);
    expect(first.status).toBe(200);
    const eventsBefore = count(ts, 'events');
    const replay = await supervisor.post(url(rec.id), { ownerId: LI, version: rec.version }, key);
    expect(replay.status).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body).toEqual(first.body);
    expect(count(ts, 'events')).toBe(eventsBefore);
    // An org admin gives it back to 王芳.
    const back = await admin.post(url(rec.id), { ownerId: WANG, version: first.body.version });
    expect(back.status).toBe(200);
    expect(back.body.ownerId).toBe(WANG);
  });

  it('consultants and other roles get 403; another project\'s manager gets 404; nothing changes', async () => {
    const rec = await wangsCustomer();
    const before = count(ts, 'events');
    for (const username of ['consultant', 'consultant2', 'customerServiceLead', 'legal']) {
      const c = username === 'consultant' ? wang : username === 'consultant2' ? li : await signIn(ts, username);
      const res = await c.post(url(rec.id), { ownerId: LI, version: rec.version });
      expect(res.status, username).toBe(403);
      expect(res.body.code).toBe('AUTH_FORBIDDEN');
    }
    const xixi = await signIn(ts, 'xixi.manager');
    const res = await xixi.post(url(rec.id), { ownerId: LI, version: rec.version });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('API_NOT_FOUND');
    expect((await manager.post(url('rec_nope'), { ownerId: LI, version: 1 })).status).toBe(404);
    expect(count(ts, 'events')).toBe(before);
    expect((await manager.get(recordUrl(rec.id))).body).toMatchObject({ ownerId: WANG, version: rec.version });
  });

  it('refuses a bad owner, the same owner and bad bodies naming the field in zh and en; nothing changes', async () => {
    const rec = await wangsCustomer();
    const before = count(ts, 'events');
    const cases: [unknown, string, string][] = [
      [{ ownerId: 'usr_xixi.consultant', version: rec.version }, 'TASK_USER_NOT_MEMBER', 'ownerId'],
      [{ ownerId: 'usr_nobody', version: rec.version }, 'TASK_USER_NOT_MEMBER', 'ownerId'],
      [{ ownerId: WANG, version: rec.version }, 'RECORD_SAME_OWNER', 'ownerId'],
      [{ version: rec.version }, 'API_FIELD_REQUIRED', 'ownerId'],
      [{ ownerId: LI }, 'API_FIELD_REQUIRED', 'version'],
      [{ ownerId: LI, version: rec.version, reason: 'x'.repeat(201) }, 'API_FIELD_TOO_LONG', 'reason'],
      [{ ownerId: LI, version: rec.version, status: 'closed' }, 'API_FIELD_UNKNOWN', 'status'],
    ];
    for (const [body, code, field] of cases) {
      const res = await manager.post(url(rec.id), body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const issue = (res.body.issues as { code: string; path: string; message: { zh: string; en: string } }[]).find((i) => i.path.endsWith(field))!;
      expect(issue.code, JSON.stringify(body)).toBe(code);
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toContain(field);
    }
    expect(count(ts, 'events')).toBe(before);
    expect((await manager.get(recordUrl(rec.id))).body).toMatchObject({ ownerId: WANG, version: rec.version });
  });

  it('a stale version answers 409 as record PATCH does; an ended case keeps its consultant (409 RECORD_NOT_OPEN)', async () => {
    const rec = await wangsCustomer();
    await wang.patch(recordUrl(rec.id), { data: { unitNo: '3-1-1503' }, version: rec.version });
    const stale = await manager.post(url(rec.id), { ownerId: LI, version: rec.version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('API_VERSION_CONFLICT');
    // Given a case that has ended (its flow completed or was cancelled).
    ts.server.ctx.sqlite.prepare("update records set status = 'closed' where id = ?").run(rec.id);
    const closed = await manager.post(url(rec.id), { ownerId: LI, version: rec.version + 1 });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('RECORD_NOT_OPEN');
    expect(closed.body.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect((await manager.get(recordUrl(rec.id))).body.ownerId).toBe(WANG);
  });
});
