import express, { type NextFunction, type Request, type Response } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSiteflowError } from '@siteflow/runtime';
import {
  createDocumentService, createDocumentsRouter, loadTemplateSet,
  type AttachmentRef, type DocumentViewer, type StoredTemplate, type TemplateSet,
} from '../index.js';
import { zhangCase } from './fixtures.js';
import { docxText, docxWith } from './helpers.js';

const STATUS = { user: 400, auth: 403, notFound: 404, state: 409, unexpected: 500 } as const;
const viewers: Record<string, DocumentViewer> = {
  legal: { userId: 'u-legal', roles: ['legal'], visible: ['name', 'phone', 'idCard', 'bankCard', 'address'] },
  consultant: { userId: 'u-cons', roles: ['consultant'], visible: [] },
};

function buildApp(templates: TemplateSet) {
  // Given stores as the server's repositories would behave: per project, keyed, persistent in the test
  const stored = new Map<string, StoredTemplate>();
  const attached: { recordId: string; refs: AttachmentRef[]; meta: unknown }[] = [];
  const audit: unknown[] = [];
  const service = createDocumentService({
    baseTemplates: templates,
    now: () => Date.parse('2025-12-22T10:00:00+08:00'),
    templateStore: {
      get: async (p, k) => stored.get(`${p}/${k}`) ?? null,
      put: async (p, k, t) => { stored.set(`${p}/${k}`, t); },
      remove: async (p, k) => { stored.delete(`${p}/${k}`); },
    },
    cases: { loadCase: async (_p, id) => (id === 'rec-1' ? { reason: 'loanRejected', data: zhangCase } : null) },
    attachments: {
      attach: async (_p, recordId, docs, meta) => {
        const refs = docs.map((d, i) => ({ id: `att-${attached.length + 1}-${i}`, key: d.key, fileName: d.fileName, size: d.bytes.length }));
        attached.push({ recordId, refs, meta });
        return refs;
      },
    },
    audit: (e) => { audit.push(e); },
  });
  const app = express();
  app.use('/api', createDocumentsRouter({ service, viewer: async (req) => viewers[req.get('x-test-user') ?? ''] ?? null }));
  app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isSiteflowError(err)) { res.status(STATUS[err.kind]).json({ code: err.code, message: err.text, issues: err.issues }); return; }
    res.status(500).json({ code: 'INTERNAL' });
  });
  return { app, stored, attached, audit };
}

/** Collects a binary response body as bytes. */
function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

let templates: TemplateSet;
beforeAll(async () => { templates = await loadTemplateSet(); });

describe('documents router', () => {
  it('generates the package for a case and attaches it to the record, masked for a consultant', async () => {
    const { app, attached, audit } = buildApp(templates);
    const res = await request(app).post('/api/projects/p1/records/rec-1/documents').set('x-test-user', 'consultant').set('Idempotency-Key', 'k-1');
    expect(res.status).toBe(201);
    expect(res.body.documents.map((d: AttachmentRef) => d.fileName)).toEqual(['解约协议-TD-2025-1220-001.docx', '退款申请书-TD-2025-1220-001.docx', '风险告知函-TD-2025-1220-001.docx']);
    expect(attached[0]!.meta).toMatchObject({ reason: 'loanRejected', generatedBy: 'u-cons', idempotencyKey: 'k-1', maskedKinds: ['name', 'phone', 'idCard', 'bankCard', 'address'] });
    expect(audit).toHaveLength(1);
  });

  it('downloads one document rendered for the viewer with a Chinese file name', async () => {
    const { app } = buildApp(templates);
    const res = await request(app).get('/api/projects/p1/records/rec-1/documents/risk-notice').set('x-test-user', 'legal').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(res.headers['content-disposition'] ?? '')).toContain('风险告知函-TD-2025-1220-001.docx');
    expect(docxText(res.body as Buffer)).toContain('张伟明');
  });

  it('answers 404 in both languages for a record the viewer cannot open', async () => {
    const { app } = buildApp(templates);
    const res = await request(app).post('/api/projects/p1/records/nope/documents').set('x-test-user', 'legal');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'DOC_CASE_NOT_FOUND', message: { zh: expect.stringContaining('nope'), en: expect.stringContaining('nope') } });
  });

  it('lets legal replace a template after validation, and the next package uses it', async () => {
    const { app, stored, audit } = buildApp(templates);
    const edited = await docxWith('解约协议（法务修订版）', '买受人：{customerName}，定金{depositAmountCapitals}', '{#clauses}{no}、{title}：{text}{/clauses}');
    const put = await request(app).put('/api/projects/p1/document-templates/termination-agreement').set('x-test-user', 'legal')
      .set('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(Buffer.from(edited));
    expect(put.status).toBe(200);
    expect(put.body.template).toMatchObject({ key: 'termination-agreement', replaced: true, uploadedBy: 'u-legal' });
    expect(stored.size).toBe(1);
    expect(audit[0]).toMatchObject({ action: 'documents.template.replaced' });
    const list = await request(app).get('/api/projects/p1/document-templates').set('x-test-user', 'legal');
    expect(list.body.templates.find((t: { key: string }) => t.key === 'termination-agreement').replaced).toBe(true);
    expect(list.body.fields.some((f: { name: string }) => f.name === 'customerIdCard')).toBe(true);
    const doc = await request(app).get('/api/projects/p1/records/rec-1/documents/termination-agreement').set('x-test-user', 'legal').buffer(true).parse(binary);
    const text = docxText(doc.body as Buffer);
    expect(text).toContain('法务修订版');
    expect(text).toContain('买受人：张伟明，定金人民币捌拾万元整');
    // Another project still uses the shipped template
    const other = await request(app).get('/api/projects/p2/records/rec-1/documents/termination-agreement').set('x-test-user', 'legal').buffer(true).parse(binary);
    expect(docxText(other.body as Buffer)).not.toContain('法务修订版');
    // And legal can go back
    expect((await request(app).delete('/api/projects/p1/document-templates/termination-agreement').set('x-test-user', 'legal')).status).toBe(204);
    expect(stored.size).toBe(0);
  });

  it('refuses an invalid upload with every issue, and a non-legal uploader', async () => {
    const { app, stored } = buildApp(templates);
    const bad = await docxWith('{customerName}{salary}{bonus}');
    const res = await request(app).put('/api/projects/p1/document-templates/risk-notice').set('x-test-user', 'legal').send(Buffer.from(bad)).set('Content-Type', 'application/octet-stream');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('DOC_TEMPLATE_UNKNOWN_FIELD');
    expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(['salary', 'bonus']);
    const notDocx = await request(app).put('/api/projects/p1/document-templates/risk-notice').set('x-test-user', 'legal').set('Content-Type', 'text/plain').send('hello');
    expect(notDocx.status).toBe(400);
    expect(notDocx.body.code).toBe('DOC_NOT_DOCX');
    const forbidden = await request(app).put('/api/projects/p1/document-templates/risk-notice').set('x-test-user', 'consultant').send(Buffer.from(bad)).set('Content-Type', 'application/octet-stream');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.message.zh).toContain('法务');
    const unknown = await request(app).get('/api/projects/p1/document-templates/contract').set('x-test-user', 'legal');
    expect(unknown.status).toBe(404);
    expect(stored.size).toBe(0);
  });
});

describe('generateForEffect (outbox: a flow generates the package)', () => {
  it('attaches the package once per dedupe key and refuses an unknown package', async () => {
    const attached: string[] = [];
    const service = createDocumentService({
      baseTemplates: templates, now: () => 0,
      templateStore: { get: async () => null, put: async () => undefined, remove: async () => undefined },
      cases: { loadCase: async () => ({ reason: 'constructionDoubt', data: zhangCase }) },
      attachments: { attach: async (_p, _r, docs, meta) => { attached.push(`${meta.idempotencyKey}:${docs.length}`); return []; } },
    });
    const system: DocumentViewer = { userId: 'system', roles: [], visible: [] };
    await service.generateForEffect({ projectId: 'p1', recordId: 'rec-1', packageKey: 'termination-package', dedupeKey: 'fx:ins-1:e-3' }, system);
    expect(attached).toEqual(['fx:ins-1:e-3:3']);
    const error = await service.generateForEffect({ projectId: 'p1', recordId: 'rec-1', packageKey: 'other', dedupeKey: 'x' }, system).catch((e: unknown) => e);
    expect(isSiteflowError(error) && error.code).toBe('DOC_PACKAGE_UNKNOWN');
  });
});
