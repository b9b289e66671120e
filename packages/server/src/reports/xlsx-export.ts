import ExcelJS from 'exceljs';
import type { MonthFigures } from '@siteflow/runtime';
import { comparedWith, findings, labelOf, monthToDate, text, type ReportLang } from './labels.js';
import type { MonthlyCauseReport } from './report-service.js';

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } } as const;
const PCT = '0.0%';

function styleHeader(ws: ExcelJS.Worksheet): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = HEADER_FILL;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

function sheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; key: string; width: number; pct?: boolean }[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: c.pct ? { numFmt: PCT } : {} }));
  styleHeader(ws);
  return ws;
}

function trendRow(m: MonthFigures) {
  return {
    month: m.month, cases: m.cases, closed: m.closed, recovered: m.recovered, recoveryRate: m.recoveryRate,
    avg: m.avgClosureHours, p90: m.p90ClosureHours, sla: m.slaCompliance, escalations: m.escalations,
  };
}

/**
 * Returns the 《退筹动因分析报告》 as an XLSX workbook (exceljs): sheets 概览, 按退订类型, 按产品模块,
 * 月度趋势, 超时环节排行, 高频风险信号, 高频关键词, with Chinese headers (or English with `lang: 'en'`); rates are
 * real numbers formatted as percentages so the workbook can be charted or filtered further.
 */
export async function causeReportToXlsx(report: MonthlyCauseReport, options: { projectName: string; lang?: ReportLang }): Promise<Buffer> {
  const lang = options.lang ?? 'zh';
  const t = (k: Parameters<typeof text>[0]) => text(k, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'SiteFlow 案场流';
  wb.title = `${t('title')} ${report.month}`;

  // 1. Summary: KPIs of the month with the change against the previous month (up to the same day while it runs).
  const f = report.figures;
  const c = report.change;
  const k = report.closure;
  const summary = sheet(wb, t('summary'), [
    { header: t('summary'), key: 'name', width: 28 }, { header: t('count'), key: 'value', width: 16 }, { header: comparedWith(report, lang), key: 'change', width: 30 },
  ]);
  summary.addRow({ name: t('project'), value: options.projectName });
  summary.addRow({ name: t('month'), value: monthToDate(report, lang) ?? report.month });
  const kpis: [Parameters<typeof text>[0], number | null, number | null | undefined, boolean][] = [
    ['cases', f.cases, c?.cases, false], ['closed', f.closed, undefined, false], ['open', f.open, undefined, false],
    ['recovered', f.recovered, undefined, false], ['recoveryRate', f.recoveryRate, c?.recoveryRate, true],
    ['avgClosureHours', f.avgClosureHours, undefined, false], ['p90ClosureHours', f.p90ClosureHours, c?.p90ClosureHours, false],
    ['closureRate', k.rate, c?.closureRate, true], ['closureOnTime', k.closedOnTime, undefined, false], ['closureLate', k.closedLate, undefined, false],
    ['closureOverdue', k.openOverdue, undefined, false], ['closurePending', k.pending, undefined, false], ['slaCompliance', f.slaCompliance, c?.slaCompliance, true],
    ['slaBreaches', f.slaBreaches, undefined, false], ['escalations', f.escalations, c?.escalations, false], ['escalatedCases', f.escalatedCases, undefined, false],
  ];
  for (const [key, value, change, pct] of kpis) {
    const row = summary.addRow({ name: t(key), value, change: change ?? null });
    if (pct) { row.getCell('value').numFmt = PCT; row.getCell('change').numFmt = '+0.0%;-0.0%;0.0%'; }
  }
  summary.addRow({});
  summary.addRow({ name: t('findings') }).font = { bold: true };
  for (const line of findings(report, lang)) summary.addRow({ name: line });

  // 2. By cause, by module, trend, steps that ran late, signals, terms.
  const causes = sheet(wb, t('byCause'), [
    { header: t('cause'), key: 'label', width: 22 }, { header: t('count'), key: 'count', width: 10 }, { header: t('share'), key: 'share', width: 10, pct: true },
    { header: t('recovered'), key: 'recovered', width: 10 }, { header: t('recoveryRate'), key: 'recoveryRate', width: 12, pct: true },
  ]);
  for (const row of report.byCause) causes.addRow({ ...row, label: labelOf.cause(row.key, lang) });
  const modules = sheet(wb, t('byModule'), [
    { header: t('module'), key: 'label', width: 22 }, { header: t('count'), key: 'count', width: 10 }, { header: t('share'), key: 'share', width: 10, pct: true },
  ]);
  for (const row of report.byModule) modules.addRow({ ...row, label: labelOf.module(row.key, lang) });
  const trend = sheet(wb, t('trend'), [
    { header: t('month'), key: 'month', width: 10 }, { header: t('cases'), key: 'cases', width: 10 }, { header: t('closed'), key: 'closed', width: 10 },
    { header: t('recovered'), key: 'recovered', width: 10 }, { header: t('recoveryRate'), key: 'recoveryRate', width: 10, pct: true },
    { header: t('avgClosureHours'), key: 'avg', width: 20 }, { header: t('p90ClosureHours'), key: 'p90', width: 20 },
    { header: t('slaCompliance'), key: 'sla', width: 12, pct: true },
    { header: t('escalations'), key: 'escalations', width: 10 },
  ]);
  for (const m of report.trend) trend.addRow(trendRow(m));
  const steps = sheet(wb, t('stepBreaches'), [
    { header: t('flow'), key: 'flow', width: 22 }, { header: t('step'), key: 'step', width: 36 },
    { header: t('breaches'), key: 'breaches', width: 10 }, { header: t('breachedCases'), key: 'cases', width: 12 },
  ]);
  for (const s of report.breachesByStep) steps.addRow({ flow: s.flowName[lang], step: s.name[lang], breaches: s.breaches, cases: s.cases });
  const signals = sheet(wb, t('topSignals'), [
    { header: t('signal'), key: 'label', width: 40 }, { header: t('count'), key: 'count', width: 10 }, { header: t('share'), key: 'share', width: 10, pct: true },
  ]);
  for (const row of report.topSignals) signals.addRow({ ...row, label: labelOf.signal(row.key, lang) });
  const terms = sheet(wb, t('topTerms'), [
    { header: t('term'), key: 'key', width: 24 }, { header: t('count'), key: 'count', width: 10 }, { header: t('share'), key: 'share', width: 10, pct: true },
  ]);
  for (const row of report.topTerms) terms.addRow(row);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
