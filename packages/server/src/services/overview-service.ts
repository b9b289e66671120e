import { monthOf, monthRange, type FlowDefinition, type MonthKey, type Rule } from '@siteflow/runtime';
import type { AppContext } from '../context.js';
import type { AuthUser } from '../auth/auth-user.js';
import { tenancyRepo } from '../repos/tenancy-repo.js';
import { instancesRepo } from '../repos/instances-repo.js';
import { recordsRepo } from '../repos/records-repo.js';
import { definitionsRepo } from '../repos/definitions-repo.js';
import { publishedRules } from '../rule-runner/index.js';
import { publishedFlow } from '../engine/flow-versions.js';
import { closureFigures, taskEscalatedToDirector } from '../reports/index.js';
import { SITE_UTC_OFFSET_MINUTES, trackedCasesInMonth } from '../wiring/reports-wiring.js';

/** The live figures of one project on the 区域看板 (counts only, no personal data). */
export interface ProjectOverview {
  readonly projectId: string;
  readonly name: string;
  readonly regionName: string;
  /** 进行中工单: running flow instances. */
  readonly running: number;
  /** 超时未办: open tasks past their due time. */
  readonly overdue: number;
  /** 已升级: open tasks escalated to the 区域总监 (a fired rung of their ladder goes to the regional director, as the report counts escalations). */
  readonly escalated: number;
  /** 一级预警待处理: open tasks of the flows the project's level-1 alert rules start (the 协调会). */
  readonly level1Open: number;
  /** 本月新增退订: records created this month of the forms declaring the report role `workOrder`. */
  readonly newCancellations: number;
  /** The form whose 追踪表 lists those records (the first declaring `workOrder`); null when none does. */
  readonly workOrderFormKey: string | null;
  /** 本月 72 小时闭环率 as the reports page computes it (0..1), null when no case was judged. */
  readonly closureRate: number | null;
}

/** The 区域看板: the month the figures run in, when they were taken and one entry per visible project. */
export interface Overview {
  readonly month: MonthKey;
  readonly asOf: number;
  readonly projects: readonly ProjectOverview[];
}

/** Returns the keys of the flows started by rules that raise a 一级预警 (`alert` of level1 with `startFlow`). Pure. */
export function level1AlertFlowKeys(rules: readonly Rule[]): Set<string> {
  const keys = new Set<string>();
  for (const rule of rules) {
    if (!rule.actions.some((a) => a.kind === 'alert' && a.level === 'level1')) continue;
    for (const a of rule.actions) if (a.kind === 'startFlow') keys.add(a.flowKey);
  }
  return keys;
}

/** The regional overview 区域看板 of the projects a user may see. */
export const overviewService = {
  /** Returns the live figures of every project the user may see (memberships, region, organisation), by the server clock. Reads the database. */
  get(ctx: AppContext, user: AuthUser): Overview {
    const now = ctx.clock.now();
    const month = monthOf(now, SITE_UTC_OFFSET_MINUTES);
    const { from, to } = monthRange(month, SITE_UTC_OFFSET_MINUTES);
    const projects = tenancyRepo.listProjects(ctx.db, [...user.access.projects.keys()]);
    const ids = projects.map((p) => p.id);
    const running = new Map(instancesRepo.runningCountsByProject(ctx.db, ids).map((r) => [r.projectId, r.running]));
    const openTasks = instancesRepo.openTaskCounts(ctx.db, ids, now);
    const flows = new Map<string, FlowDefinition | undefined>();
    const flowOf = (projectId: string, key: string, version: number) => {
      const id = `${projectId}|${key}@${version}`;
      if (!flows.has(id)) {
        try { flows.set(id, publishedFlow(ctx, projectId, key, version)); } catch { flows.set(id, undefined); } // an unknown flow escalates nobody
      }
      return flows.get(id);
    };
    const regionNames = new Map<string, string>();
    const regionName = (regionId: string) => regionNames.get(regionId) ?? regionNames.set(regionId, tenancyRepo.findRegion(ctx.db, regionId)?.name ?? '').get(regionId)!;
    return {
      month, asOf: now,
      projects: projects.map((p): ProjectOverview => {
        const mine = openTasks.filter((t) => t.projectId === p.id);
        const level1Flows = level1AlertFlowKeys(publishedRules(ctx, p.id).map((s) => s.rule));
        const workOrderForms = definitionsRepo.formVersionsWithReportRole(ctx.db, p.id, 'workOrder');
        return {
          projectId: p.id, name: p.name, regionName: regionName(p.regionId),
          running: running.get(p.id) ?? 0,
          overdue: mine.reduce((n, t) => n + t.overdue, 0),
          escalated: mine.reduce((n, t) => n + (t.level > 0 && taskEscalatedToDirector(flowOf(p.id, t.flowKey, t.flowVersion), t.nodeId, t.level) ? t.open : 0), 0),
          level1Open: mine.reduce((n, t) => n + (level1Flows.has(t.flowKey) ? t.open : 0), 0),
          newCancellations: recordsRepo.countCreatedBetween(ctx.db, p.id, workOrderForms, from, to),
          workOrderFormKey: workOrderForms[0]?.key ?? null,
          closureRate: closureFigures(trackedCasesInMonth(ctx, p.id, month), now).rate,
        };
      }),
    };
  },
};
