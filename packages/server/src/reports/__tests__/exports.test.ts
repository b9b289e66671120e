import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { causeReportToDocx, causeReportToXlsx, createReportService } from '../index.js';
import { OFFICE_TIMEOUT_MS, SCREENSHOTS_DIR, firstPagePng, pdfText, sofficeConvert } from '../../documents/__tests__/office.js';
import { historySource } from './fixtures.js';

const service = createReportService({ source: historySource(), utcOffsetMinutes: () => 480 });

describe('report exports', () => {
  it('writes an XLSX that exceljs reads back with Chinese sheets, headers and the month figures', async () => {
    const report = await service.monthly('p1', '2025-12', 3);
    const bytes = await causeReportToXlsx(report, { projectName: '杭州云栖湾' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['概览', '按退订类型', '按产品模块', '月度趋势', '超时环节排行', '高频风险信号', '高频关键词']);
    const summary = wb.getWorksheet('概览')!;
    const rows = new Map<string, unknown>();
    summary.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(rows.get('项目')).toBe('杭州云栖湾');
    expect(rows.get('退筹案例数')).toBe(15);
    expect(rows.get('挽回率')).toBe(report.figures.recoveryRate);
    const causes = wb.getWorksheet('按退订类型')!;
    expect(causes.getRow(1).values).toEqual([undefined, '退订类型', '数量', '占比', '挽回数', '挽回率']);
    const causeNames = causes.getColumn(1).values.slice(2);
    expect(causeNames).toEqual(expect.arrayContaining(['贷款审批失败', '家庭内部争议', '工程进度质疑', '纯粹反悔无理由']));
    const counted = causes.getColumn(2).values.slice(2) as number[];
    expect(counted.reduce((a, b) => a + b, 0)).toBe(15);
    const trend = wb.getWorksheet('月度趋势')!;
    expect(trend.getColumn(1).values.slice(2)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(trend.getColumn(2).values.slice(2)).toEqual([8, 12, 15]);
    // The steps that ran late, as the page lists them: every breach of the month on one row per step
    const steps = wb.getWorksheet('超时环节排行')!;
    expect(steps.getRow(1).values).toEqual([undefined, '流程', '环节', '超时次数', '涉及案例数']);
    const listed = report.breachesByStep.map((s) => [undefined, s.flowName.zh, s.name.zh, s.breaches, s.cases]);
    expect(steps.getRows(2, listed.length)!.map((r) => r.values)).toEqual(listed);
    expect(report.breachesByStep.reduce((n, s) => n + s.breaches, 0)).toBe(report.figures.slaBreaches);
  });

  it('opens in LibreOffice: the XLSX converts to CSV and the DOCX to a PDF with the report text', async () => {
    const report = await service.monthly('p1', '2025-12', 3);
    const dir = mkdtempSync(join(tmpdir(), 'sf-report-'));
    const xlsx = join(dir, 'report-cause-analysis.xlsx');
    const docx = join(dir, 'report-cause-analysis.docx');
    writeFileSync(xlsx, await causeReportToXlsx(report, { projectName: '杭州云栖湾' }));
    writeFileSync(docx, await causeReportToDocx(report, { projectName: '杭州云栖湾', generatedAt: '2026年1月1日' }));
    // LibreOffice's CSV filter writes the first sheet (概览), UTF-8.
    const [csv] = sofficeConvert([xlsx], 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
    const csvText = readFileSync(csv!, 'utf8');
    expect(csvText).toContain('退筹案例数,15');
    expect(csvText).toContain('杭州云栖湾');
    const [pdf] = sofficeConvert([docx], 'pdf', dir);
    const text = pdfText(pdf!).replace(/\s+/g, '');
    expect(text).toContain('退筹动因分析报告');
    expect(text).toContain('贷款审批失败');
    expect(text).toContain('本月共发生退筹案例15起');
    expect(text).toContain('超时环节排行');
    expect(text).toContain(`超时最多的环节为“退订工单流·${report.breachesByStep[0]!.name.zh}”`);
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    firstPagePng(pdf!, join(SCREENSHOTS_DIR, 'report-cause-analysis'));
  }, OFFICE_TIMEOUT_MS);

  it('prints English headers when asked', async () => {
    const report = await service.monthly('p1', '2025-12', 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await causeReportToXlsx(report, { projectName: 'Yunqi Bay', lang: 'en' })) as unknown as ArrayBuffer);
    expect(wb.worksheets[1]!.name).toBe('By cancellation type');
    expect(wb.worksheets[1]!.getColumn(1).values).toContain('Loan not approved');
  });
});
