import express, { type NextFunction, type Request, type Response } from 'express';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { isSiteflowError } from '@siteflow/runtime';
import { createReportService, createReportsRouter } from '../index.js';
import { historySource } from './fixtures.js';

const STATUS = { user: 400, auth: 403, notFound: 404, state: 409, unexpected: 500 } as const;

function app() {
  const a = express();
  a.use('/api', createReportsRouter({
    service: createReportService({ source: historySource(), utcOffsetMinutes: () => 480 }),
    canView: async (req) => req.get('x-test-user') === 'manager',
    projectName: async () => '杭州云栖湾',
  }));
  a.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (isSiteflowError(err)) { res.status(STATUS[err.kind]).json({ code: err.code, message: err.text, issues: err.issues }); return; }
    res.status(500).json({ code: 'INTERNAL' });
  });
  return a;
}

function binary(res: request.Response, cb: (err: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}

describe('reports router', () => {
  it('returns the monthly report with its trend', async () => {
    const res = await request(app()).get('/api/projects/p1/reports/cause-analysis?month=2025-12&trend=3').set('x-test-user', 'manager');
    expect(res.status).toBe(200);
    expect(res.body.report.month).toBe('2025-12');
    expect(res.body.report.trend.map((m: { cases: number }) => m.cases)).toEqual([8, 12, 15]);
    expect(res.body.report.byCause.length).toBe(4);
  });

  it('exports an XLSX a reader opens', async () => {
    const res = await request(app()).get('/api/projects/p1/reports/cause-analysis/export.xlsx?month=2025-12').set('x-test-user', 'manager').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers['content-disposition'] ?? '')).toContain('退筹动因分析报告-2025-12.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    expect(wb.getWorksheet('概览')).toBeDefined();
  });

  it('exports a DOCX', async () => {
    const res = await request(app()).get('/api/projects/p1/reports/cause-analysis/export.docx?month=2025-12').set('x-test-user', 'manager').buffer(true).parse(binary);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
  });

  it('answers 400 naming the month field, and 403 for outsiders', async () => {
    const bad = await request(app()).get('/api/projects/p1/reports/cause-analysis?month=2025-13').set('x-test-user', 'manager');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'REPORT_MONTH_INVALID', issues: [{ path: 'month' }] });
    expect(bad.body.message.zh).toContain('YYYY-MM');
    const missing = await request(app()).get('/api/projects/p1/reports/cause-analysis').set('x-test-user', 'manager');
    expect(missing.status).toBe(400);
    const outsider = await request(app()).get('/api/projects/p1/reports/cause-analysis?month=2025-12');
    expect(outsider.status).toBe(403);
  });
});
