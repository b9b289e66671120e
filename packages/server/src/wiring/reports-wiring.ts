// Server side of the 《退筹动因分析报告》: cases from 退筹事件追踪表 records, the archive table, the
// daily catch-up of monthly reports and their notifications.
import { monthRange, type MonthKey } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { newId } from '../db/ids.js';
import { caseRowFromRecord, createReportService, runMonthlyReports, type ArchivedReport, type ReportService } from '../reports/index.js';

/** Form key of the shipped 退筹事件追踪表 (templates/cancellation-tracking). */
export const TRACKING_FORM = 'cancellation-tracking';
/** UTC offset of the demo sites (China Standard Time). */
export const SITE_UTC_OFFSET_MINUTES = 480;

/** Returns the report service reading tracking records of the server's database. */
export function createServerReportService(ctx: AppContext): ReportService {
  return createReportService({
    utcOffsetMinutes: () => SITE_UTC_OFFSET_MINUTES,
    source: {
      casesInMonth: async (projectId: string, month: MonthKey) => {
        const { from, to } = monthRange(month, SITE_UTC_OFFSET_MINUTES);
        const rows = ctx.sqlite.prepare(`select r.id, r.created_at, r.data,
            (select count(*) from events e where e.record_id = r.id and e.type = 'flow.breached') as breaches,
            (select count(*) from events e where e.record_id = r.id and e.type = 'flow.escalated') as escalations
          from records r where r.project_id = ? and r.form_key = ? and r.created_at >= ? and r.created_at < ?`)
          .all(projectId, TRACKING_FORM, from, to) as { id: string; created_at: number; data: string; breaches: number; escalations: number }[];
        return rows.map((r) => caseRowFromRecord({
          record: { id: r.id, createdAt: r.created_at, data: JSON.parse(r.data) as Record<string, unknown> },
          instances: { slaBreaches: r.breaches, escalations: r.escalations },
        }));
      },
    },
  });
}

/** Whether an archived report exists; the stored report JSON of a month. Reads the database. */
export function archivedReport(ctx: AppContext, projectId: string, month: string): { report: unknown; generatedAt: number } | null {
  const row = ctx.sqlite.prepare('select report_json, generated_at from report_archive where project_id = ? and month = ?').get(projectId, month) as { report_json: string; generated_at: number } | undefined;
  return row ? { report: JSON.parse(row.report_json), generatedAt: row.generated_at } : null;
}

/**
 * Generates last month's report for every project that has none (safe to call daily: the archive's
 * primary key makes a month once), stores XLSX and DOCX, and notifies 案场经理 and 区域总监 in-app.
 * Returns the reports generated. Writes the database.
 */
export async function runMonthlyReportPass(ctx: AppContext, service: ReportService): Promise<ArchivedReport[]> {
  // Only projects keeping a 退筹事件追踪表 have a report to make.
  const projects = ctx.sqlite.prepare('select p.id, p.name from projects p where exists (select 1 from records r where r.project_id = p.id and r.form_key = ?)').all(TRACKING_FORM) as { id: string; name: string }[];
  return runMonthlyReports({
    projects: async () => projects.map((p) => ({ id: p.id, name: p.name, utcOffsetMinutes: SITE_UTC_OFFSET_MINUTES })),
    service,
    archive: {
      has: async (projectId, month) => archivedReport(ctx, projectId, month) !== null,
      save: async (r) => {
        ctx.sqlite.prepare('insert or ignore into report_archive (project_id, month, report_json, xlsx, docx, generated_at) values (?, ?, ?, ?, ?, ?)')
          .run(r.projectId, r.month, JSON.stringify(r.report), Buffer.from(r.xlsx), Buffer.from(r.docx), r.generatedAt);
      },
    },
    onGenerated: (r) => {
      const project = tenancyRepo.findProject(ctx.db, r.projectId);
      if (!project) return;
      const byRole = tenancyRepo.usersByRole(ctx.db, project);
      const users = [...new Set([...(byRole.siteManager ?? []), ...(byRole.regionalDirector ?? [])])];
      const now = ctx.clock.now();
      ctx.sqlite.transaction(() => {
        for (const userId of users) {
          outboxRepo.insertNotification(ctx.db, {
            id: newId('ntf'), userId, projectId: r.projectId, dedupeKey: `report:${r.projectId}:${r.month}`,
            title: { zh: `《退筹动因分析报告》${r.month} 已生成`, en: `Cancellation cause report ${r.month} is ready` },
            body: null, link: `/projects/${r.projectId}/reports?month=${r.month}`, createdAt: now,
          });
        }
      })();
    },
  }, ctx.clock.now());
}
