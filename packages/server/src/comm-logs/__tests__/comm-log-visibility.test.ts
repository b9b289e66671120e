import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, startTestServer, type TestServer, type TestSession } from '../../testing/index.js';

const P = 'prj_yunqi';
let ts: TestServer;
let crm: TestSession;
let wang: TestSession;
let li: TestSession;
let supervisor: TestSession;
let manager: TestSession;

interface Item { externalId: string; customerName: string | null; text: string; masked: string[] }

const logs = [
  { externalId: 'vis-1', customerId: 'C-ZHAO', customerName: '赵女士', consultant: '王芳', from: 'staff', at: '2025-12-18 10:00', text: '赵女士您好，我是王芳，电话 13812345678，有事随时找我。' },
  { externalId: 'vis-2', customerId: 'C-ZHAO', customerName: '赵女士', consultant: '王芳', from: 'customer', at: '2025-12-18 11:00', text: '我再想想吧，身份证 330106198001011234 先不给了。' },
  { externalId: 'vis-3', customerId: 'C-LIN', customerName: '林先生', consultant: '李强', from: 'customer', at: '2025-12-18 12:00', text: '林先生这边没问题，周末过来。' },
];

const list = async (who: TestSession, query = ''): Promise<Item[]> => {
  const res = await who.request('GET', `/api/projects/${P}/comm-logs?limit=1000${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.items as Item[]).filter((i) => i.externalId.startsWith('vis-')).sort((a, b) => a.externalId.localeCompare(b.externalId));
};

beforeAll(async () => {
  ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-19T02:00:00Z') });
  const login = (username: string) => loginAs(ts.baseUrl, username, 'siteflow2025');
  [crm, wang, li, supervisor, manager] = await Promise.all([login('customerService'), login('consultant'), login('consultant2'), login('salesSupervisor'), login('siteManager')]);
  const pushed = await crm.request('POST', `/api/projects/${P}/comm-logs`, { logs });
  expect(pushed.status, JSON.stringify(pushed.body)).toBe(200);
  // The push answer names no customer and quotes no message (matched on whole values: ids are hex).
  expect(JSON.stringify(pushed.body)).not.toMatch(/赵女士|林先生|13812345678|330106198001011234|有事随时找我|周末过来/);
});

afterAll(async () => {
  await ts?.close();
});

describe('who reads which communication logs', () => {
  it('a 置业顾问 reads only the customers the CRM names them for, in clear', async () => {
    const mine = await list(wang);
    expect(mine.map((i) => i.externalId)).toEqual(['vis-1', 'vis-2']);
    expect(mine[0]).toMatchObject({ customerName: '赵女士', text: logs[0]!.text, masked: [] });
    expect(await list(wang, '&customerId=C-LIN')).toEqual([]);

    const his = await list(li);
    expect(his.map((i) => [i.externalId, i.customerName, i.text])).toEqual([['vis-3', '林先生', logs[2]!.text]]);
    expect(await list(li, '&customerId=C-ZHAO')).toEqual([]);
  });

  it('the 销售主管 reads every customer, with names, phones and id numbers masked as in the tracking table', async () => {
    const all = await list(supervisor);
    expect(all.map((i) => [i.externalId, i.customerName])).toEqual([['vis-1', '赵**'], ['vis-2', '赵**'], ['vis-3', '林**']]);
    expect(all[0]!.text).toBe('赵**您好，我是王芳，电话 138****5678，有事随时找我。');
    expect(all[1]!.text).toBe('我再想想吧，身份证 330106********1234 先不给了。');
    expect(all[0]!.masked).toEqual(['customerName', 'text']);
    expect(JSON.stringify(all)).not.toMatch(/赵女士|林先生|13812345678|330106198001011234/);
  });

  it('the 案场经理 (clear personal-data role) and the pusher read every log in clear', async () => {
    for (const who of [manager, crm]) {
      const all = await list(who);
      expect(all.map((i) => i.customerName)).toEqual(['赵女士', '赵女士', '林先生']);
      expect(all.every((i) => i.masked.length === 0)).toBe(true);
    }
  });

  it('unmasks one field for a reader, audited, and answers 404 for a log the user may not read', async () => {
    const id = (await supervisor.request('GET', `/api/projects/${P}/comm-logs?customerId=C-ZHAO&limit=1`)).body.items[0].id as string;
    const name = await supervisor.request('POST', `/api/projects/${P}/comm-logs/${id}/unmask`, { field: 'customerName' });
    expect(name.status, JSON.stringify(name.body)).toBe(200);
    expect(name.body).toEqual({ field: 'customerName', value: '赵女士' });
    const db = new Database(ts.dbPath, { readonly: true });
    const audit = db.prepare("select actor_id as actorId, data from events where type = 'commLog.unmasked'").all();
    db.close();
    // The audit names who unmasked which field of which log, never the value.
    expect(audit).toEqual([{ actorId: supervisor.userId, data: JSON.stringify({ logId: id, field: 'customerName' }) }]);

    const bad = await supervisor.request('POST', `/api/projects/${P}/comm-logs/${id}/unmask`, { field: 'consultant' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('field');
    const other = await li.request('POST', `/api/projects/${P}/comm-logs/${id}/unmask`, { field: 'text' });
    expect(other.status).toBe(404);
    expect(other.body.message.zh).toContain('沟通记录');
  });

  it('a 置业顾问 reads the logs they imported themselves', async () => {
    const own = await li.request('POST', `/api/projects/${P}/comm-logs`, { logs: [{ externalId: 'vis-4', customerId: 'C-HE', customerName: '何女士', from: 'customer', at: '2025-12-18 13:00', text: '何女士想改期。' }] });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect((await list(li)).map((i) => [i.externalId, i.customerName])).toEqual([['vis-3', '林先生'], ['vis-4', '何女士']]);
    expect((await list(wang)).map((i) => i.externalId)).toEqual(['vis-1', 'vis-2']);
  });
});
