import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { readXlsxRows } from '../exports/index.js';
import { createAdmin } from '../index.js';
import { demoServer, refundData, signIn, type Client } from './helpers.js';

const LOG = '/api/admin/personal-data-access';

interface Entry {
  at: number;
  type: string;
  actor: { id: string; name: string; roles: string[] };
  project: { id: string; name: string };
  record: { id: string; title: string; link: string } | null;
  fields: { key: string; label: { zh: string; en: string } }[];
  rows: number | null;
}

async function xlsx(ts: TestServer, who: Client, query: string): Promise<{ status: number; rows: string[][]; body: unknown }> {
  const res = await request(ts.baseUrl).get(`${LOG}.xlsx?${query}`).set('cookie', who.cookie)
    .buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
  if (res.status !== 200) return { status: res.status, rows: [], body: JSON.parse(String(res.body)) };
  return { status: 200, rows: await readXlsxRows(res.body as Uint8Array), body: null };
}

describe('个人信息访问记录: the organisation-wide personal-data access log', () => {
  let ts: TestServer;
  let admin: Client;
  let consultant: Client;
  let colleagueRecord: string;
  beforeAll(async () => {
    ts = await demoServer();
    admin = await signIn(ts, 'admin');
    consultant = await signIn(ts, 'consultant');
    // Given a customer of ANOTHER consultant (shown masked to 王芳) and one of 王芳's own
    const colleague = await signIn(ts, 'consultant2');
    colleagueRecord = (await colleague.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: refundData })).body.id;
    expect((await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: { ...refundData, customerName: '李女士', customerPhone: '13900001111' } })).status).toBe(201);
    // When 王芳 unmasks the colleague's customer's phone, then exports the table (her own customer in clear)
    expect((await consultant.post(`/api/projects/prj_yunqi/records/${colleagueRecord}/unmask`, { field: 'customerPhone' })).body.value).toBe('13812341234');
    const exported = await request(ts.baseUrl).get('/api/projects/prj_yunqi/exports/records.xlsx?form=refund-request&columns=customerName,customerPhone').set('cookie', consultant.cookie);
    expect(exported.status).toBe(200);
  });
  afterAll(() => ts.close());

  it('shows the admin both accesses, newest first, with who, when and what, and no clear value', async () => {
    const res = await admin.get(LOG);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    const [exportEntry, unmask] = res.body.items as Entry[];
    expect(unmask).toMatchObject({
      type: 'record.unmasked', actor: { id: 'usr_consultant', name: '王芳（置业顾问）', roles: ['consultant'] }, project: { id: 'prj_yunqi', name: expect.any(String) },
      record: { id: colleagueRecord, link: `/p/prj_yunqi/workspace/records/${colleagueRecord}` }, fields: [{ key: 'customerPhone', label: { zh: '手机号', en: 'Mobile number' } }],
    });
    expect(unmask!.record!.title).toMatch(/\*/);
    expect(unmask!.at).toBeGreaterThanOrEqual(Date.parse('2025-12-22T09:00:00+08:00'));
    // The export held only her own customer in clear: one row, both personal columns
    expect(exportEntry).toMatchObject({ type: 'records.exported', actor: { id: 'usr_consultant' }, record: null, rows: 1 });
    expect(exportEntry!.fields.map((f) => f.key)).toEqual(['customerName', 'customerPhone']);
    const text = JSON.stringify(res.body);
    for (const clear of ['13812341234', '13900001111', '张先生', '李女士']) expect(text).not.toContain(clear);
  });

  it('filters by type, user, project and days (China time), and pages with the total', async () => {
    const ids = async (query: string) => ((await admin.get(`${LOG}?${query}`)).body.items as Entry[]).map((e) => e.type);
    expect(await ids('type=record.unmasked')).toEqual(['record.unmasked']);
    expect(await ids('userId=usr_consultant&projectId=prj_yunqi')).toEqual(['records.exported', 'record.unmasked']);
    expect(await ids('userId=usr_consultant2')).toEqual([]);
    expect(await ids('from=2025-12-22&to=2025-12-22')).toHaveLength(2);
    expect(await ids('from=2025-12-23')).toEqual([]);
    expect(await ids('to=2025-12-21')).toEqual([]);
    const page2 = await admin.get(`${LOG}?pageSize=1&page=2`);
    expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(page2.body.items.map((e: Entry) => e.type)).toEqual(['record.unmasked']);
  });

  it('refuses bad filters with a 400 naming the field', async () => {
    for (const [query, field] of [['from=2025-02-30', 'from'], ['from=2025-12-22&to=2025-12-01', 'to'], ['type=record.viewed', 'type'], ['pageSize=0', 'pageSize'], ['projectId=a%20b', 'projectId'], ['since=2025-01-01', 'since']] as const) {
      const res = await admin.get(`${LOG}?${query}`);
      expect(res.status, query).toBe(400);
      expect(JSON.stringify(res.body.issues), query).toContain(field);
      expect((await xlsx(ts, admin, query)).status, `xlsx ${query}`).toBe(400);
    }
  });

  it('is for organisation admins: a consultant gets 403', async () => {
    expect((await consultant.get(LOG)).status).toBe(403);
    expect((await xlsx(ts, consultant, '')).status).toBe(403);
  });

  it("shows another organisation's admin none of it, and 404 for our project", async () => {
    await createAdmin(ts.server.ctx, { username: 'other.admin', password: 'other-password-1', organisation: '别家集团', project: '别家项目' });
    const other = await signIn(ts, 'other.admin', 'other-password-1');
    const res = await other.get(LOG);
    expect(res.body).toMatchObject({ items: [], total: 0 });
    expect((await other.get(`${LOG}?projectId=prj_yunqi`)).status).toBe(404);
    expect((await xlsx(ts, other, 'projectId=prj_yunqi')).status).toBe(404);
    expect((await xlsx(ts, other, '')).rows).toHaveLength(1);
  });

  it('downloads the same rows as an XLSX workbook (zh, or en on request)', async () => {
    const { status, rows } = await xlsx(ts, admin, '');
    expect(status).toBe(200);
    expect(rows[0]).toEqual(['时间', '人员', '项目', '操作', '内容', '记录']);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['明文导出追踪表', '查看明文（记录字段）']);
    expect(rows[1]![1]).toBe('王芳（置业顾问）');
    expect(rows[2]![4]).toContain('手机号');
    expect(rows[2]![5]).toContain(colleagueRecord);
    expect(rows[1]![0]).toMatch(/^2025年12月22日 \d\d:\d\d$/);
    expect(JSON.stringify(rows)).not.toMatch(/13812341234|13900001111|张先生|李女士/);
    const en = await xlsx(ts, admin, 'lang=en&type=record.unmasked');
    expect(en.rows[0]![0]).toBe('When');
    expect(en.rows.slice(1).map((r) => r[3])).toEqual(['Unmasked a record field']);
  });

  it('reads the log through the (project_id, type) index, not a scan of every event', () => {
    const plan = ts.server.ctx.sqlite.prepare(`explain query plan select * from events where project_id in ('prj_yunqi') and type in ('record.unmasked', 'records.exported') and (type <> 'documents.generated' or coalesce(json_array_length(data, '$.maskedKinds'), 0) < 5) and actor_id = 'usr_consultant' order by seq desc limit 20`).all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toContain('events_project_type_idx');
    expect(details).not.toMatch(/SCAN events(?! USING)/);
  });
});
