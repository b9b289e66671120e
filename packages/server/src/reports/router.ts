import { Router, type Request, type Response } from 'express';
import { SiteflowError, issue, parseMonthKey, type MonthKey } from '@siteflow/runtime';
import { causeReportToDocx } from './docx-export.js';
import type { ReportLang } from './labels.js';
import type { MonthlyCauseReport, ReportService } from './report-service.js';
import { causeReportToXlsx } from './xlsx-export.js';

/** What the reports router needs from the server. */
export interface ReportsRouterDeps {
  readonly service: ReportService;
  /** True when the session may see the project's reports (members; regional directors of its region). */
  readonly canView: (req: Request, projectId: string) => Promise<boolean>;
  readonly projectName: (projectId: string) => Promise<string>;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function query(req: Request, name: string): unknown {
  return (req.query as Record<string, unknown>)[name];
}

async function load(deps: ReportsRouterDeps, req: Request): Promise<{ projectId: string; month: MonthKey; report: MonthlyCauseReport; lang: ReportLang }> {
  const projectId = String(req.params.projectId ?? '');
  if (!(await deps.canView(req, projectId))) throw new SiteflowError('REPORT_FORBIDDEN', { projectId });
  const parsed = parseMonthKey(query(req, 'month') ?? ''); // a missing month reads 月份“”无效, not “undefined”
  if (!parsed.ok) throw new SiteflowError('REPORT_MONTH_INVALID', { value: String(query(req, 'month') ?? '') }, [parsed.issue]);
  const trendRaw = query(req, 'trend');
  const trend = trendRaw === undefined ? 6 : Number(trendRaw);
  if (!Number.isInteger(trend) || trend < 1 || trend > 24) {
    throw new SiteflowError('REPORT_TREND_INVALID', { value: String(trendRaw) }, [issue('REPORT_TREND_INVALID', { value: String(trendRaw) }, { path: 'trend' })]);
  }
  const lang: ReportLang = query(req, 'lang') === 'en' ? 'en' : 'zh';
  return { projectId, month: parsed.month, report: await deps.service.monthly(projectId, parsed.month, trend), lang };
}

function download(res: Response, fileName: string, mime: string, bytes: Uint8Array): void {
  res.attachment(fileName).type(mime).send(Buffer.from(bytes));
}

/**
 * Returns the express router of the 《退筹动因分析报告》, to mount under `/api`:
 * - GET /projects/:projectId/reports/cause-analysis?month=YYYY-MM&trend=6        report JSON
 * - GET /projects/:projectId/reports/cause-analysis/export.xlsx?month=&lang=zh   XLSX download
 * - GET /projects/:projectId/reports/cause-analysis/export.docx?month=&lang=zh   DOCX download
 * Errors are SiteflowErrors for the app's error handler (bad month: 400 naming the field).
 */
export function createReportsRouter(deps: ReportsRouterDeps): Router {
  const router = Router();
  router.get('/projects/:projectId/reports/cause-analysis', async (req, res) => {
    const { report } = await load(deps, req);
    res.json({ report });
  });
  router.get('/projects/:projectId/reports/cause-analysis/export.xlsx', async (req, res) => {
    const { projectId, month, report, lang } = await load(deps, req);
    const bytes = await causeReportToXlsx(report, { projectName: await deps.projectName(projectId), lang });
    download(res, `退筹动因分析报告-${month}.xlsx`, XLSX_MIME, bytes);
  });
  router.get('/projects/:projectId/reports/cause-analysis/export.docx', async (req, res) => {
    const { projectId, month, report, lang } = await load(deps, req);
    const bytes = await causeReportToDocx(report, { projectName: await deps.projectName(projectId), lang });
    download(res, `退筹动因分析报告-${month}.docx`, DOCX_MIME, bytes);
  });
  return router;
}
