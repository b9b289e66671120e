import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFixture, zhangData, type WorkspaceFixture } from '../../views/__tests__/fixtures.js';
import type { Client } from '../../__tests__/helpers.js';
import { readXlsxRows } from '../index.js';
import { cellText, personText } from '../records-xlsx.js';

async function exportRows(f: WorkspaceFixture, who: Client, query: string): Promise<{ status: number; rows: string[][]; disposition: string }> {
  const res = await request(f.ts.baseUrl).get(`/api/projects/prj_yunqi/exports/records.xlsx?${query}`).set('cookie', who.cookie)
    .buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
  if (res.status !== 200) return { status: res.status, rows: [], disposition: '' };
  const rows = await readXlsxRows(res.body as Uint8Array);
  return { status: 200, rows, disposition: String(res.headers['content-disposition'] ?? '') };
}

describe('tracking-table XLSX export', () => {
  let f: WorkspaceFixture;
  let consultant: Client;
  let manager: Client;
  beforeAll(async () => {
    f = await workspaceFixture();
    consultant = await f.login('consultant');
    manager = await f.login('siteManager');
    // Given 张先生's request filed by ANOTHER consultant, and 李女士's
    const colleague = await f.login('consultant2');
    expect((await colleague.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: zhangData })).status).toBe(201);
    expect((await colleague.post('/api/projects/prj_yunqi/records', { formKey: 'refund-request', data: { ...zhangData, customerName: '李女士', customerPhone: '13900001111', reason: 'loanFailed' } })).status).toBe(201);
  });
  afterAll(async () => { await f?.close(); });

  it('masks phone numbers for a consultant exactly as the API does', async () => {
    const { rows, disposition } = await exportRows(f, consultant, 'form=refund-request&q=zxs&columns=customerName,customerPhone,depositAmount,reason');
    expect(disposition).toContain('.xlsx');
    expect(rows[0]).toEqual(['客户姓名', '手机号', '定金金额', '退订类型', '创建时间', '状态']);
    // pinyin initials found 张先生 only
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe('138****1234');
    expect(rows[1]![2]).toBe('¥800,000.00');
    expect(rows[1]![3]).toBe('家庭内部争议');
    const api = await consultant.get('/api/projects/prj_yunqi/records?form=refund-request&q=zxs');
    expect(api.body.items[0].data.customerPhone).toBe(rows[1]![1]);
  });

  it('shows numbers in clear to a site manager and writes English headers on request', async () => {
    const { rows } = await exportRows(f, manager, 'form=refund-request&columns=customerName,customerPhone&sort=customerName&lang=en');
    expect(rows[0]).toEqual(['Customer name', 'Mobile number', 'Created', 'Status']);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['13812341234', '13900001111']);
  });

  it('shows each record status in zh: 进行中 while its flow runs, 已撤回 once withdrawn', async () => {
    // Given 王女士's case started as a work order, and 赵先生's withdrawn by the consultant
    const running = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data: { ...zhangData, customerName: '王女士' } });
    const withdrawn = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data: { ...zhangData, customerName: '赵先生' } });
    const detail = await consultant.get(`/api/projects/prj_yunqi/instances/${withdrawn.body.instanceId}`);
    await consultant.post(`/api/projects/prj_yunqi/instances/${withdrawn.body.instanceId}/actions`, { action: 'withdraw', version: detail.body.version, comment: '客户改主意' }).expect(200);
    expect(running.status).toBe(201);
    // When the manager exports the table
    const { rows } = await exportRows(f, manager, 'form=refund-request&columns=customerName&sort=customerName');
    // Then the status column tells them apart
    const statusOf = (name: string) => rows.find((r) => r[0] === name)?.[2];
    expect(statusOf('王女士')).toBe('进行中');
    expect(statusOf('赵先生')).toBe('已撤回');
  });

  it('names people by display name and role, not by user id', () => {
    const people = new Map([['usr_consultant2', { displayName: '李强（置业顾问）', roles: ['consultant'] }], ['usr_li', { displayName: '李明', roles: ['legal'] }]]);
    const field = { path: 'consultant', fieldType: 'person', label: { zh: '置业顾问', en: 'Consultant' } } as unknown as Parameters<typeof cellText>[0];
    expect(cellText(field, 'usr_consultant2', 'zh', people)).toBe('李强（置业顾问）');
    expect(cellText(field, ['usr_li', 'usr_gone'], 'zh', people)).toBe('李明（法务）、usr_gone');
    expect(personText('usr_li', people, 'en')).toBe('李明 (Legal)');
  });

  it('refuses a missing form and other projects', async () => {
    expect((await exportRows(f, consultant, 'columns=a')).status).toBe(400);
    const other = await f.login('sz.consultant');
    expect((await exportRows(f, other, 'form=refund-request')).status).toBe(404);
  });
});
