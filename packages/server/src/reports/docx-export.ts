import { Packer, type Paragraph, type Table } from 'docx';
import { a4Document, grid, plain, rightLine, title } from '../documents/authoring/docx-kit.js';
import { findings, labelOf, monthToDate, numberOr, percent, text, type ReportLang } from './labels.js';
import type { MonthlyCauseReport } from './report-service.js';

/**
 * Returns the 《退筹动因分析报告》 as a DOCX (docx package): findings, KPI table (with the 72-hour closure), tables by cause
 * and product module, the monthly trend, the steps that ran late, top risk signals and keywords.
 * Chinese by default.
 */
export async function causeReportToDocx(report: MonthlyCauseReport, options: { projectName: string; lang?: ReportLang; generatedAt?: string }): Promise<Buffer> {
  const lang = options.lang ?? 'zh';
  const t = (k: Parameters<typeof text>[0]) => text(k, lang);
  const f = report.figures;
  const section = (heading: string) => plain(heading, { bold: true, before: 240 });
  const none = () => plain(t('noData'));
  const children: (Paragraph | Table)[] = [
    title(t('title')),
    rightLine(`${t('project')}：${options.projectName}　${t('month')}：${monthToDate(report, lang) ?? report.month}`),
    ...(options.generatedAt ? [rightLine(`${t('generatedAt')}：${options.generatedAt}`)] : []),
    section(t('findings')),
    ...findings(report, lang).map((line) => plain(line)),
    section(t('summary')),
    grid([
      [t('cases'), t('recovered'), t('recoveryRate'), t('p90ClosureHours'), t('closureRate'), t('closureOverdue'), t('slaCompliance'), t('escalations')],
      [String(f.cases), String(f.recovered), percent(f.recoveryRate), numberOr(f.p90ClosureHours), percent(report.closure.rate), String(report.closure.openOverdue), percent(f.slaCompliance), String(f.escalations)],
    ], [11, 11, 11, 15, 14, 14, 12, 12]),
    section(t('byCause')),
    report.byCause.length === 0 ? none() : grid([
      [t('cause'), t('count'), t('share'), t('recovered'), t('recoveryRate')],
      ...report.byCause.map((r) => [labelOf.cause(r.key, lang), String(r.count), percent(r.share), String(r.recovered), percent(r.recoveryRate)]),
    ], [32, 14, 18, 18, 18]),
    section(t('byModule')),
    report.byModule.length === 0 ? none() : grid([
      [t('module'), t('count'), t('share')],
      ...report.byModule.map((r) => [labelOf.module(r.key, lang), String(r.count), percent(r.share)]),
    ], [50, 25, 25]),
    section(t('trend')),
    grid([
      [t('month'), t('cases'), t('recoveryRate'), t('avgClosureHours'), t('p90ClosureHours'), t('slaCompliance'), t('escalations')],
      ...report.trend.map((m) => [m.month, String(m.cases), percent(m.recoveryRate), numberOr(m.avgClosureHours), numberOr(m.p90ClosureHours), percent(m.slaCompliance), String(m.escalations)]),
    ], [14, 12, 14, 16, 16, 14, 14]),
    section(t('stepBreaches')),
    report.breachesByStep.length === 0 ? plain(t('noBreaches')) : grid([
      [t('flow'), t('step'), t('breaches'), t('breachedCases')],
      ...report.breachesByStep.map((s) => [s.flowName[lang], s.name[lang], String(s.breaches), String(s.cases)]),
    ], [26, 42, 16, 16]),
    section(t('topSignals')),
    report.topSignals.length === 0 ? none() : grid([
      [t('signal'), t('count'), t('share')],
      ...report.topSignals.map((r) => [labelOf.signal(r.key, lang), String(r.count), percent(r.share)]),
    ], [60, 20, 20]),
    section(t('topTerms')),
    report.topTerms.length === 0 ? none() : grid([
      [t('term'), t('count'), t('share')],
      ...report.topTerms.map((r) => [r.key, String(r.count), percent(r.share)]),
    ], [60, 20, 20]),
  ];
  const doc = a4Document({ title: `${t('title')} ${report.month}`, description: options.projectName }, children);
  return Packer.toBuffer(doc);
}
