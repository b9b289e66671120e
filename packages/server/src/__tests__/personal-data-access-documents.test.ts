import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, signIn, type Client } from './helpers.js';

// Legal document packages hand personal data over in clear when made for 法务: generating such a
// package, downloading a stored clear copy and rendering one document in clear are in the access
// log; a consultant's masked package is not.

const workOrder = {
  caseNo: 'TD-2025-0101', customerName: '张先生', customerPhone: '13812341234', customerIdCard: '330106198001011235',
  building: '3幢', unit: '1单元', room: '1201', area: 98.5, requestedAt: '2025-12-22T01:00:00.000Z', depositAmount: 50000,
  cancellationType: 'familyDispute', subscriptionNo: 'RG-2025-001', subscriptionDate: '2025-10-01', paymentMethod: 'bankTransfer',
  refundBankName: '中国银行杭州分行', refundAccountName: '张先生', refundAccountNo: '6217001234567890123',
};

interface Entry { type: string; actor: { id: string }; record: { id: string } | null; fields: { key: string }[]; documents: string[] }

describe('个人信息访问记录: legal documents in clear', () => {
  let ts: TestServer;
  let admin: Client;
  let legal: Client;
  let consultant: Client;
  let recordId: string;
  beforeAll(async () => {
    ts = await demoServer();
    [admin, legal, consultant] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'legal'), signIn(ts, 'consultant')]);
    recordId = (await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'cancellation-work-order', data: workOrder })).body.id;
  });
  afterAll(() => ts.close());

  it('logs a package generated in clear for legal, not the masked one of a consultant', async () => {
    const path = `/api/projects/prj_yunqi/records/${recordId}/documents`;
    expect((await legal.post(path)).status).toBe(201);
    expect((await consultant.post(path)).status).toBe(201);
    const log = (await admin.get('/api/admin/personal-data-access?type=documents.generated')).body;
    expect(log.total).toBe(1);
    const entry = log.items[0] as Entry;
    expect(entry).toMatchObject({ actor: { id: 'usr_legal' }, record: { id: recordId }, documents: ['termination-agreement', 'refund-application', 'risk-notice'] });
    expect(entry.fields.map((f) => f.key)).toEqual(['name', 'phone', 'idCard', 'bankCard', 'address']);
  });

  it('logs downloads of a stored clear copy and of a document rendered in clear; a masked copy is not logged', async () => {
    // The consultant may download only their own masked copies; the others are legal's clear ones.
    const listed = (await consultant.get(`/api/projects/prj_yunqi/records/${recordId}/documents`)).body.items as { id: string; downloadable: boolean }[];
    const clearCopy = listed.find((d) => !d.downloadable)!;
    const masked = listed.find((d) => d.downloadable)!;
    expect((await legal.get(`/api/projects/prj_yunqi/records/${recordId}/document-files/${clearCopy.id}`)).status).toBe(200);
    expect((await consultant.get(`/api/projects/prj_yunqi/records/${recordId}/document-files/${masked.id}`)).status).toBe(200);
    expect((await legal.get(`/api/projects/prj_yunqi/records/${recordId}/documents/risk-notice`)).status).toBe(200);
    expect((await consultant.get(`/api/projects/prj_yunqi/records/${recordId}/documents/risk-notice`)).status).toBe(200);
    const log = (await admin.get('/api/admin/personal-data-access?type=documents.downloaded')).body;
    expect(log.items.map((e: Entry) => `${e.actor.id}:${e.documents.join(',')}`)).toEqual(['usr_legal:risk-notice', 'usr_legal:']);
    expect(JSON.stringify(log)).not.toMatch(/13812341234|330106198001011235|6217001234567890123|张先生/);
  });
});
