// Server side of the 《退筹动因分析报告》: cases from the records of the forms whose published
// version declares the report role `tracking` (the shipped 退筹事件追踪表), with the SLA events of
// every flow instance of the case (its own 跟进与复盘 and its 退订工单 — records of `workOrder`
// forms), the archive table, the daily catch-up of monthly reports and their notifications.
import { monthRange, type FlowDefinition, type FormReportRole, type MonthKey } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { outboxRepo } from '../repos/outbox-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { eventsRepo } from '../repos/events-repo.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { reportArchiveRepo } from '../repos/report-archive-repo.js';
import { newId } from '../db/ids.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { notificationLinks, reportReadyTitle } from '../services/notification-texts.js';
import { publishedFlow } from '../engine/flow-versions.js';
import {
  CASE_LINK_WINDOW_MS, SLA_EVENT_TYPES, caseClosure, caseRowFromRecord, caseSla, createReportService, linkWorkOrders, runMonthlyReports,
  type ArchivedReport, type ClosureInstance, type ReportCaseRow, type ReportService, type SlaEvent,
} from '../reports/index.js';

/** UTC offset of the demo sites (China Standard Time). */
export const SITE_UTC_OFFSET_MINUTES = 480;

/** Returns the project's records of the form versions declaring `role`, created in [from, to), with the customer's phone. Reads the database. */
function recordsBetween(ctx: AppContext, projectId: string, role: FormReportRole, from: number, to: number) {
  const forms = definitionsRepo.formVersionsWithReportRole(ctx.db, projectId, role);
  return recordsRepo.createdBetween(ctx.db, projectId, forms, from, to).map((r) => ({ ...r, phone: r.data.customerPhone }));
}

/** Returns the SLA audit events of the instances running on `recordIds`, by record id. Reads the database. */
function slaEventsByRecord(ctx: AppContext, projectId: string, recordIds: readonly string[]): Map<string, SlaEvent[]> {
  const out = new Map<string, SlaEvent[]>();
  const flows = new Map<string, FlowDefinition | undefined>();
  const flowOf = (key: string, version: number) => {
    const id = `${key}@${version}`;
    if (!flows.has(id)) {
      try { flows.set(id, publishedFlow(ctx, projectId, key, version)); } catch { flows.set(id, undefined); } // names fall back to keys
    }
    return flows.get(id);
  };
  for (const r of eventsRepo.flowEventsOfRecords(ctx.db, recordIds, SLA_EVENT_TYPES)) {
    const data = r.data as { nodeId?: string; level?: number };
    const list = out.get(r.recordId!) ?? out.set(r.recordId!, []).get(r.recordId!)!;
    list.push({
      type: r.type as SlaEvent['type'], instanceId: r.instanceId!, taskId: r.taskId, nodeId: data.nodeId ?? null, level: data.level ?? null,
      flowKey: r.flowKey, flow: flowOf(r.flowKey, r.flowVersion),
    });
  }
  return out;
}

/** Returns the status, start, end and whole-case deadline of the flow instances running on `recordIds`, by record id. Reads the database. */
function instancesByRecord(ctx: AppContext, recordIds: readonly string[]): Map<string, ClosureInstance[]> {
  const out = new Map<string, ClosureInstance[]>();
  for (const r of instancesRepo.statesOfRecords(ctx.db, recordIds)) {
    const state = r.state as { startedAt?: number; endedAt?: number; deadlineAt?: number };
    (out.get(r.recordId) ?? out.set(r.recordId, []).get(r.recordId)!)
      .push({ status: r.status, startedAt: state.startedAt ?? r.createdAt, endedAt: state.endedAt ?? null, deadlineAt: state.deadlineAt ?? null });
  }
  return out;
}

/**
 * Returns the cases of a month: one row per record of a `tracking` form created in it, with the SLA
 * breaches, escalations to the 区域总监 and late steps of its own flow instances and of the records
 * of `workOrder` forms linked to it (same customer phone, nearest in time: `linkWorkOrders`), and
 * when those 退订工单 started, were due (their flow's 整体时限（闭环）) and ended (`caseClosure`).
 * Reads the database.
 */
export function trackedCasesInMonth(ctx: AppContext, projectId: string, month: MonthKey): ReportCaseRow[] {
  const { from, to } = monthRange(month, SITE_UTC_OFFSET_MINUTES);
  const w = CASE_LINK_WINDOW_MS;
  // A work order within the window of this month's cases may sit nearer to a case of a neighbouring month: load those too.
  const tracking = recordsBetween(ctx, projectId, 'tracking', from - 2 * w, to + 2 * w);
  const cases = tracking.filter((r) => r.createdAt >= from && r.createdAt < to);
  if (cases.length === 0) return [];
  const links = linkWorkOrders(tracking, recordsBetween(ctx, projectId, 'workOrder', from - w, to + w));
  const members = new Map(cases.map((c) => [c.id, [c.id]]));
  for (const [orderId, caseId] of links) members.get(caseId)?.push(orderId);
  const events = slaEventsByRecord(ctx, projectId, [...members.values()].flat());
  const orderInstances = instancesByRecord(ctx, [...links.keys()].filter((orderId) => members.has(links.get(orderId)!)));
  return cases.map((c) => {
    const sla = caseSla(members.get(c.id)!.flatMap((id) => events.get(id) ?? []));
    const row = caseRowFromRecord({ record: c, instances: { slaBreaches: sla.slaBreaches, escalations: sla.escalations } });
    // The case's own record is the tracking table (跟进与复盘): only its work orders carry the 72小时闭环制.
    const closure = caseClosure(members.get(c.id)!.slice(1).flatMap((id) => orderInstances.get(id) ?? []));
    return { ...row, stepBreaches: sla.stepBreaches, closure };
  });
}

/** Returns the report service reading the cases of the server's database. */
export function createServerReportService(ctx: AppContext): ReportService {
  return createReportService({
    utcOffsetMinutes: () => SITE_UTC_OFFSET_MINUTES,
    now: () => ctx.clock.now(),
    source: { casesInMonth: async (projectId: string, month: MonthKey) => trackedCasesInMonth(ctx, projectId, month) },
  });
}

/**
 * Generates last month's report for every project that has none (safe to call daily: the archive's
 * primary key makes a month once), stores XLSX and DOCX, and notifies 案场经理 and 区域总监 in-app.
 * Returns the reports generated. Writes the database.
 */
export async function runMonthlyReportPass(ctx: AppContext, service: ReportService): Promise<ArchivedReport[]> {
  // Only projects keeping a 退筹事件追踪表 (records of a `tracking` form) have a report to make.
  const projects = recordsRepo.projectsWithRecordsOfReportRole(ctx.db, 'tracking');
  return runMonthlyReports({
    projects: async () => projects.map((p) => ({ id: p.id, name: p.name, utcOffsetMinutes: SITE_UTC_OFFSET_MINUTES })),
    service,
    archive: {
      has: async (projectId, month) => reportArchiveRepo.has(ctx.db, projectId, month),
      save: async (r) => { reportArchiveRepo.insertIfAbsent(ctx.db, r); },
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
            title: reportReadyTitle(r.month), body: null, link: notificationLinks.report(r.projectId, r.month), createdAt: now,
          });
        }
      })();
    },
  }, ctx.clock.now());
}
