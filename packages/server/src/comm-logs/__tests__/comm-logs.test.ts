import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestServer, type TestServer, type TestSession } from '../../testing/index.js';
import { commLogXlsx } from '../testing.js';

const P = 'prj_yunqi';
let ts: TestServer;
let admin: TestSession;
let supervisor: TestSession;
let token: string;

const push = (logs: unknown[]) => fetch(`${ts.baseUrl}/api/projects/${P}/comm-logs`, {
  method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ logs }),
}).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const upload = (bytes: Buffer | string, type: string, query = '') => fetch(`${ts.baseUrl}/api/projects/${P}/comm-logs/import${query}`, {
  method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: bytes,
}).then(async (r) => ({ status: r.status, rows: r.headers.get('x-import-rows'), body: (await r.json()) as any }));

async function logCount(): Promise<number> {
  return (await supervisor.request('GET', `/api/projects/${P}/comm-logs?limit=1000`)).body.items.length;
}

async function supervisorAlerts(): Promise<{ title: { zh: string } }[]> {
  await ts.advanceClock(0);
  const res = await supervisor.request('GET', '/api/notifications');
  return (res.body.items as { title: { zh: string } }[]).filter((n) => n.title.zh.includes('情绪预警'));
}

const lisMessages = [
  { externalId: 'wx-1001', customerId: 'C-LI', customerName: '李女士', from: 'staff', channel: 'wechat', at: '2025-12-18 10:00', text: '李女士您好，贷款材料银行已经在审核了。' },
  { externalId: 'wx-1002', customerId: 'C-LI', customerName: '李女士', from: 'customer', channel: 'wechat', at: '2025-12-18 21:40', text: '我再想想吧，别人说现在贷款很难批。如果不想买了，定金能不能退？' },
  { externalId: 'wx-1003', customerId: 'C-LI', customerName: '李女士', from: 'customer', channel: 'wechat', at: '2025-12-19 09:05', text: '房子本身我是喜欢的，不后悔选这个户型。' },
];

beforeAll(async () => {
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-19T02:00:00Z') });
  admin = await loginAs(ts.baseUrl, 'admin', 'siteflow2025');
  supervisor = await loginAs(ts.baseUrl, 'salesSupervisor', 'siteflow2025');
  const created = await admin.request('POST', '/api/admin/tokens', { name: 'CRM 推送', userId: 'usr_customerService' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  token = created.body.token;
});

afterAll(async () => {
  await ts?.close();
});

describe('CRM communication logs', () => {
  it('stores a pushed batch once, scores it, and alerts the 销售主管 with the terms that fired', async () => {
    const first = await push(lisMessages);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ inserted: 3, duplicates: 0 });
    const worried = first.body.items.find((i: { externalId: string }) => i.externalId === 'wx-1002');
    expect(worried.terms).toEqual(expect.arrayContaining(['再想想', '别人说', '定金能不能退']));
    expect(worried.alerts.some((a: { users: string[] }) => a.users.includes('usr_salesSupervisor'))).toBe(true);
    const calm = first.body.items.find((i: { externalId: string }) => i.externalId === 'wx-1003');
    expect(calm.terms).toEqual([]);
    // 不后悔 is negated: no per-message alert, and the 7-day index was already above its threshold: no trend alert either.
    expect(calm.alerts).toEqual([]);

    const alerts = await supervisorAlerts();
    expect(alerts).toHaveLength(1);
    expect(JSON.stringify(alerts[0])).toContain('定金能不能退');
    // The 销售主管 does not see personal data in clear: the customer reads 李** in the alert.
    expect(JSON.stringify(alerts[0])).toContain('李**');
    expect(JSON.stringify(alerts[0])).not.toContain('李女士');
    // The 案场经理 sees personal data in clear: the 一级 alert names 李女士.
    const manager = await ts.login('siteManager');
    const managerTitles = ((await manager.request('GET', '/api/notifications')).body.items as { title: { zh: string } }[]).map((n) => n.title.zh);
    expect(managerTitles.some((t) => t.includes('沟通记录情绪预警') && t.includes('李女士'))).toBe(true);

    const again = await push(lisMessages);
    expect(again.body).toMatchObject({ inserted: 0, duplicates: 3 });
    expect(await supervisorAlerts()).toHaveLength(1);
    expect(await logCount()).toBe(3);
  });

  it('rejects a CSV with a bad row, naming the row and column, and imports nothing from it', async () => {
    const csv = [
      '消息编号,客户编号,客户姓名,发言方,沟通时间,沟通内容',
      'crm-2001,C-WANG,王先生,customer,2025-12-19 08:00,听说项目停工了？',
      'crm-2002,C-WANG,王先生,customer,昨天晚上,我再想想',
      'crm-2003,C-WANG,王先生,boss,2025-12-19 08:10,比较一下别的盘',
    ].join('\n');
    const res = await upload(csv, 'text/csv');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('COMMLOG_IMPORT_INVALID');
    const messages = (res.body.issues as { message: { zh: string; en: string }; path: string }[]);
    expect(messages.map((i) => i.path)).toEqual(['row 3.at', 'row 4.from']);
    expect(messages[0]!.message.zh).toContain('第 3 行');
    expect(messages[0]!.message.zh).toContain('沟通时间');
    expect(messages[0]!.message.en).toContain('Row 3');
    expect(await logCount()).toBe(3);

    const missingColumn = await upload('消息编号,客户编号\nx,y', 'text/csv');
    expect(missingColumn.status).toBe(400);
    expect(JSON.stringify(missingColumn.body.issues)).toContain('沟通内容');
  });

  it('imports a CSV (Chinese headers, BOM) and an XLSX, idempotent per message id', async () => {
    const csv = '\uFEFF消息编号,客户编号,客户姓名,发言方,沟通时间,沟通内容\n'
      + 'crm-3001,C-WANG,王先生,客户,2025-12-19 08:00,"网上说项目停工了，我有点后悔"\n'
      + 'crm-3002,C-WANG,王先生,顾问,2025-12-19 08:05,工地正常施工，周六开放日欢迎来看\n';
    const res = await upload(csv, 'text/csv');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.inserted).toBe(2);
    expect(res.body.items.find((i: { externalId: string }) => i.externalId === 'crm-3001').terms).toEqual(expect.arrayContaining(['后悔', '别人说']));

    const xlsx = await commLogXlsx([
      ['externalId', 'customerId', 'customerName', 'from', 'at', 'text'],
      ['crm-3001', 'C-WANG', '王先生', 'customer', '2025-12-19 08:00', '网上说项目停工了，我有点后悔'],
      ['crm-3003', 'C-ZHANG', '张先生', 'customer', new Date(Date.UTC(2025, 11, 20, 16, 17)), '家人不同意买郊区，定金能不能退'],
    ]);
    const imported = await upload(xlsx, XLSX);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toMatchObject({ inserted: 1, duplicates: 1 });
    const zhang = (await supervisor.request('GET', `/api/projects/${P}/comm-logs?customerId=C-ZHANG`)).body.items[0];
    // The spreadsheet time is site-local (UTC+8): 16:17 in Hangzhou.
    expect(new Date(zhang.at).toISOString()).toBe('2025-12-20T08:17:00.000Z');
  });

  it('skips the rows the user chose in an XLSX or CSV, naming rows by their number in the file, zh then en', async () => {
    // Given a spreadsheet whose row 3 has no usable time
    const xlsx = await commLogXlsx([
      ['消息编号', '客户编号', '客户姓名', '发言方', '沟通时间', '沟通内容'],
      ['crm-4001', 'C-ZHAO', '赵女士', '客户', '2025-12-19 09:00', '家人不同意，我想再想想'],
      ['crm-4002', 'C-ZHAO', '赵女士', '客户', '下周一', '定金能不能退？'],
      ['crm-4003', 'C-ZHAO', '赵女士', '顾问', '2025-12-19 09:10', '赵女士您好，周六约您和家人一起来看校'],
    ]);
    // When it is imported, the row is named in Chinese then English, nothing is stored, and the file's row count comes back
    const refused = await upload(xlsx, XLSX);
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('COMMLOG_IMPORT_INVALID');
    expect(refused.rows).toBe('3');
    const [issue] = refused.body.issues as { message: { zh: string; en: string }; path: string }[];
    expect(issue!.path).toBe('row 3.at');
    expect(issue!.message.zh).toMatch(/^第 3 行“沟通时间 at”列：“下周一”不是有效时间/);
    expect(issue!.message.en).toMatch(/^Row 3, column "沟通时间 at": "下周一" is not a valid time/);
    expect(await logCount()).toBe(6);

    // When the user skips row 3, the other two are imported and scored
    const imported = await upload(xlsx, XLSX, '?skipRows=3');
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.rows).toBe('3');
    expect(imported.body).toMatchObject({ inserted: 2, duplicates: 0 });
    expect(imported.body.items.map((i: { externalId: string }) => i.externalId)).toEqual(['crm-4001', 'crm-4003']);
    expect(imported.body.items[0].terms).toEqual(expect.arrayContaining(['家人不同意', '再想想']));
    expect(await logCount()).toBe(8);
    expect((await upload(xlsx, XLSX, '?skipRows=3')).body).toMatchObject({ inserted: 0, duplicates: 2 });

    // A CSV skips the same way; rows keep their numbers, so a bad row left in is still named by its own number
    const csv = '消息编号,客户编号,发言方,沟通时间,沟通内容\ncrm-4101,C-ZHOU,客户,2025-12-19 10:00,太贵了\ncrm-4102,C-ZHOU,客户,,我再想想\ncrm-4103,C-ZHOU,路人,2025-12-19 10:05,你好\n';
    const stillBad = await upload(csv, 'text/csv', '?skipRows=3');
    expect(stillBad.status).toBe(400);
    expect(stillBad.body.issues.map((i: { path: string }) => i.path)).toEqual(['row 4.from']);
    expect((await upload(csv, 'text/csv', '?skipRows=3,4')).body).toMatchObject({ inserted: 1 });

    // A malformed skipRows is refused, naming the parameter in both languages
    const malformed = await upload(xlsx, XLSX, '?skipRows=3-4');
    expect(malformed.status).toBe(400);
    expect(malformed.body.issues[0].path).toBe('query.skipRows');
    expect(malformed.body.issues[0].message.zh).toContain('skipRows');
    expect(malformed.body.issues[0].message.en).toContain('skipRows');
  });

  it('needs the CSRF header for cookie sessions and a project role', async () => {
    const noCsrf = await fetch(`${ts.baseUrl}/api/projects/${P}/comm-logs/import`, { method: 'POST', headers: { cookie: supervisor.cookie, 'content-type': 'text/csv' }, body: 'a,b' });
    expect(noCsrf.status).toBe(403);
    const outsider = await loginAs(ts.baseUrl, 'sz.consultant', 'siteflow2025');
    const res = await outsider.request('POST', `/api/projects/${P}/comm-logs`, { logs: lisMessages });
    expect(res.status).toBe(404);
  });
});
