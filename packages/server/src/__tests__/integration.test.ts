import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { TestServer } from '../testing/index.js';
import { publishDefinition } from '../demo/seed-templates.js';
import { runTemplatesCli } from '../cli/commands.js';
import { count, demoServer, signIn, type Client } from './helpers.js';

// Wiring of the modules built beside the core server: template packages (demo, API, CLI), legal
// documents (API and the flow's generateDocuments effect), startFlow effects, monthly reports.

const workOrder = {
  caseNo: 'TD-2025-0001', customerName: '张先生', customerPhone: '13812341234', customerIdCard: '330106198001011235',
  building: '3幢', unit: '1单元', room: '1201', area: 98.5, requestedAt: '2025-12-22T01:00:00.000Z', depositAmount: 50000,
  cancellationType: 'familyDispute', subscriptionNo: 'RG-2025-001', subscriptionDate: '2025-10-01', paymentMethod: 'bankTransfer',
  refundBankName: '中国银行杭州分行', refundAccountName: '张先生', refundAccountNo: '6217001234567890123',
};

const m = (zh: string, en: string) => ({ zh, en });

// supertest parser keeping a binary download as one Buffer.
function binary(res: request.Response, done: (err: Error | null, body: unknown) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('integration: templates, documents, effects and reports through the HTTP API', () => {
  let ts: TestServer;
  let admin: Client;
  let legal: Client;
  let consultant: Client;
  beforeAll(async () => {
    ts = await demoServer();
    [admin, legal, consultant] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'legal'), signIn(ts, 'consultant')]);
  });
  afterAll(() => ts.close());

  it('installs every shipped template package into the demo projects and keeps the demo refund flow', async () => {
    const res = await admin.get('/api/admin/template-packages');
    expect(res.status).toBe(200);
    const keys = (res.body as { key: string; installs: { projectId: string }[] }[]).map((p) => [p.key, p.installs.map((i) => i.projectId).sort()]);
    expect(keys).toEqual(expect.arrayContaining([
      ['cancellation-work-order', ['prj_shenzhen', 'prj_xixi', 'prj_yunqi']],
      ['cancellation-tracking', ['prj_shenzhen', 'prj_xixi', 'prj_yunqi']],
    ]));
    expect(keys.length).toBeGreaterThanOrEqual(7);
    const flows = await consultant.get('/api/projects/prj_yunqi/flows');
    const flowKeys = (flows.body.items ?? flows.body).map((f: { key: string }) => f.key);
    expect(flowKeys).toEqual(expect.arrayContaining(['refund', 'cancellation-work-order']));
    const openApi = await admin.get('/api/openapi.json');
    expect(Object.keys(openApi.body.paths)).toEqual(expect.arrayContaining(['/api/admin/template-packages', '/api/projects/{projectId}/rules/{key}/run', '/api/projects/{projectId}/views']));
  });

  it('lists the packages with `siteflow templates list` on the same database', () => {
    const lines: string[] = [];
    expect(runTemplatesCli(['list', '--db', ts.dbPath], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/cancellation-work-order@1\.0\.0 {2}退订工单/);
  });

  it('generates the legal package of a 退订工单 for legal (clear) and a consultant (masked), idempotently, members only', async () => {
    // The case's record already holds the later steps' fields (the start form only takes the intake).
    const record = await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'cancellation-work-order', data: workOrder });
    expect(record.status, JSON.stringify(record.body)).toBe(201);
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'cancellation-work-order', recordId: record.body.id });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const path = `/api/projects/prj_yunqi/records/${started.body.recordId}/documents`;
    const first = await legal.post(path, undefined, { 'Idempotency-Key': 'docs-1' });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.documents.map((d: { key: string }) => d.key)).toEqual(['termination-agreement', 'refund-application', 'risk-notice']);
    const replay = await legal.post(path, undefined, { 'Idempotency-Key': 'docs-1' });
    expect(replay.body.documents.map((d: { id: string }) => d.id)).toEqual(first.body.documents.map((d: { id: string }) => d.id));
    const listed = await consultant.get(path);
    expect(listed.body.items).toHaveLength(3);
    // Legal's copies hold personal data in clear: listed for the consultant, but not theirs to download.
    expect(listed.body.items.map((d: { downloadable: boolean }) => d.downloadable)).toEqual([false, false, false]);
    expect(listed.body.canGenerate).toBe(true);
    expect((await legal.get(path)).body.items.every((d: { downloadable: boolean }) => d.downloadable)).toBe(true);

    // The consultant may not take legal's clear copy, but gets a masked package of their own.
    const clearCopy = await consultant.get(`/api/projects/prj_yunqi/records/${started.body.recordId}/document-files/${first.body.documents[0].id}`);
    expect(clearCopy.status).toBe(403);
    expect(clearCopy.body.code).toBe('DOC_CLEAR_COPY_FORBIDDEN');
    expect(clearCopy.body.message.zh).toContain('明文');
    const own = await consultant.post(path);
    expect(own.status).toBe(201);
    const download = await consultant.get(`/api/projects/prj_yunqi/records/${started.body.recordId}/document-files/${own.body.documents[0].id}`).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect((download.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    expect(download.headers['content-type']).toContain('wordprocessingml');

    expect((await consultant.get(path)).body.items.filter((d: { downloadable: boolean }) => d.downloadable)).toHaveLength(3);

    // A case whose customer was retained (挽回成功) gets no cancellation documents.
    const retained = await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'cancellation-work-order', data: { ...workOrder, caseNo: 'TD-2025-0009', resolution: 'retained' } });
    expect(retained.status, JSON.stringify(retained.body)).toBe(201);
    const retainedPath = `/api/projects/prj_yunqi/records/${retained.body.id}/documents`;
    expect((await legal.get(retainedPath)).body).toEqual({ items: [], canGenerate: false });
    const refused = await legal.post(retainedPath);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('DOC_CASE_RETAINED');
    expect(refused.body.message.zh).toContain('挽回成功');
    expect((await legal.get(retainedPath)).body.items).toEqual([]);

    const outsider = await signIn(ts, 'xixi.consultant');
    const denied = await outsider.post(path);
    expect(denied.status).toBe(404);
    expect(denied.text).not.toMatch(/张先生|13812341234/);
    expect((await outsider.get('/api/projects/prj_yunqi/document-templates')).status).toBe(404);
    // Without the CSRF header a cookie write is refused.
    expect((await request(ts.baseUrl).post(path).set('cookie', legal.cookie)).status).toBe(403);
    // Only legal and admins replace templates.
    const replace = await consultant.put('/api/projects/prj_yunqi/document-templates/termination-agreement', undefined);
    expect(replace.status).toBe(403);
    expect(replace.body.code).toBe('DOC_FORBIDDEN');
  });

  it('carries out a flow’s generateDocuments and startFlow effects once each', async () => {
    const flow = {
      key: 'wo-documents', name: m('文书与转办', 'Documents and hand-over'), formKey: 'cancellation-work-order',
      nodes: [
        { id: 'start', kind: 'start', name: m('发起', 'Start') },
        { id: 'docs', kind: 'action', name: m('生成文书', 'Documents'), steps: [{ kind: 'generateDocuments', packageKey: 'termination-package' }, { kind: 'startFlow', flowKey: 'refund', data: { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1201', depositAmount: 50000, reason: 'familyDispute' } }] },
        { id: 'end', kind: 'end', name: m('完成', 'Done') },
      ],
      edges: [{ id: 'e1', source: 'start', target: 'docs' }, { id: 'e2', source: 'docs', target: 'end' }],
    };
    publishDefinition(ts.server.ctx, 'prj_yunqi', 'flow', flow, 'usr_admin');
    const refundsBefore = count(ts, 'instances', "flow_key = 'refund'");
    const started = await consultant.post('/api/projects/prj_yunqi/instances', { flowKey: 'wo-documents', data: { ...workOrder, caseNo: 'TD-2025-0002' } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    await ts.advanceClock(1_000);
    await ts.advanceClock(1_000);
    const docs = await legal.get(`/api/projects/prj_yunqi/records/${started.body.recordId}/documents`);
    expect(docs.body.items.map((d: { fileName: string }) => d.fileName)).toContain('解约协议-TD-2025-0002.docx');
    expect(docs.body.items).toHaveLength(3);
    expect(count(ts, 'instances', "flow_key = 'refund'")).toBe(refundsBefore + 1);
    expect(count(ts, 'outbox', "kind in ('generateDocuments', 'startFlow') and status = 'failed'")).toBe(0);
  });

  it('generates last month’s cause-analysis report once, from tracking records, and notifies the site manager', async () => {
    const tracking = { customerName: '李女士', customerPhone: '13912345678', concernFirstShownAt: '2025-12-20T16:17:00+08:00', modules: ['price'], cause: 'loanRejected', recovered: true, signals: ['depositRefundQuestion'] };
    for (let i = 0; i < 3; i++) {
      const res = await consultant.post('/api/projects/prj_yunqi/records', { formKey: 'cancellation-tracking', data: tracking });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const manager = await signIn(ts, 'siteManager');
    const live = await manager.get('/api/projects/prj_yunqi/reports/cause-analysis?month=2025-12');
    expect(live.status).toBe(200);
    expect(live.body.report.figures.cases).toBe(3);
    expect(live.body.report.byCause[0]).toMatchObject({ key: 'loanRejected', count: 3 });
    // Into January: the daily pass archives December with its exports and tells the manager.
    await ts.advanceClock(12 * 24 * 3_600_000);
    await ts.advanceClock(60_000);
    expect(count(ts, 'report_archive', "project_id = 'prj_yunqi' and month = '2025-12'")).toBe(1);
    const notes = await manager.get('/api/notifications');
    expect(JSON.stringify(notes.body)).toContain('《退筹动因分析报告》2025-12 已生成');
    const xlsx = await manager.get('/api/projects/prj_yunqi/reports/cause-analysis/export.xlsx?month=2025-12').buffer(true).parse(binary);
    expect(xlsx.status).toBe(200);
    expect((xlsx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
    expect((await (await signIn(ts, 'sz.manager')).get('/api/projects/prj_yunqi/reports/cause-analysis?month=2025-12')).status).toBe(404);
  });
});
