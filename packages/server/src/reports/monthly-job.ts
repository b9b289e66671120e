import { addMonths, monthOf, type EpochMs, type MonthKey } from '@siteflow/runtime';
import { causeReportToDocx } from './docx-export.js';
import type { MonthlyCauseReport, ReportService } from './report-service.js';
import { causeReportToXlsx } from './xlsx-export.js';

/** A project the monthly job covers. */
export interface ReportProject {
  readonly id: string;
  readonly name: string;
  readonly utcOffsetMinutes: number;
}

/** A generated monthly report with its exports. */
export interface ArchivedReport {
  readonly projectId: string;
  readonly month: MonthKey;
  readonly report: MonthlyCauseReport;
  readonly xlsx: Uint8Array;
  readonly docx: Uint8Array;
  readonly generatedAt: EpochMs;
}

/** Stores generated monthly reports (one per project and month). */
export interface ReportArchive {
  has(projectId: string, month: MonthKey): Promise<boolean>;
  save(report: ArchivedReport): Promise<void>;
}

/** What the monthly job needs. */
export interface MonthlyReportJobDeps {
  readonly projects: () => Promise<readonly ReportProject[]>;
  readonly service: ReportService;
  readonly archive: ReportArchive;
  /** Called after a report is stored, e.g. to notify 案场经理 and 区域总监 (outbox). */
  readonly onGenerated?: (report: ArchivedReport) => Promise<void> | void;
}

/** Cron expression of the monthly run: 06:00 on the 1st (site time); the job also catches up. */
export const MONTHLY_REPORT_CRON = '0 6 1 * *';

/**
 * Generates the 《退筹动因分析报告》 of the previous month for every project that has none yet
 * (XLSX and DOCX included) and returns what it generated. Meant to run on the 1st of each month
 * (`MONTHLY_REPORT_CRON`) but safe to call daily: a month is generated once, and a server that
 * was down on the 1st catches up on its next run.
 */
export async function runMonthlyReports(deps: MonthlyReportJobDeps, now: EpochMs): Promise<ArchivedReport[]> {
  const done: ArchivedReport[] = [];
  for (const project of await deps.projects()) {
    const month = addMonths(monthOf(now, project.utcOffsetMinutes), -1);
    if (await deps.archive.has(project.id, month)) continue;
    const report = await deps.service.monthly(project.id, month);
    const archived: ArchivedReport = {
      projectId: project.id, month, report, generatedAt: now,
      xlsx: new Uint8Array(await causeReportToXlsx(report, { projectName: project.name })),
      docx: new Uint8Array(await causeReportToDocx(report, { projectName: project.name })),
    };
    await deps.archive.save(archived);
    await deps.onGenerated?.(archived);
    done.push(archived);
  }
  return done;
}
