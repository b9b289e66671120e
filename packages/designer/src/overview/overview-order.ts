import type { ProjectOverview } from './api.js';

/** Returns how urgent a project looks: its overdue plus escalated open tasks. Pure. */
export function riskOf(p: ProjectOverview): number {
  return p.overdue + p.escalated;
}

/**
 * Returns the projects riskiest first (pure): most overdue + escalated tasks, then open level-1
 * alerts, then running cases; ties keep the server's order (the order the projects were created).
 */
export function sortByRisk(projects: readonly ProjectOverview[]): ProjectOverview[] {
  return projects.map((p, i) => ({ p, i }))
    .sort((a, b) => riskOf(b.p) - riskOf(a.p) || b.p.level1Open - a.p.level1Open || b.p.running - a.p.running || a.i - b.i)
    .map(({ p }) => p);
}

/** Returns a 0..1 rate as a percentage with at most one decimal ("87.5%"), or null for no rate. Pure. */
export function formatRate(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 1000) / 10}%`;
}

/** The figures of a project row, each opening the workspace page that lists it. */
export const FIGURES = ['running', 'overdue', 'escalated', 'level1Open', 'newCancellations', 'closureRate'] as const;

/** One figure of the overview. */
export type Figure = (typeof FIGURES)[number];

/**
 * Returns the address a figure opens (pure): the project-wide task view of its inbox for running cases
 * (their open steps, whoever holds them) and tasks (overdue ones filtered; escalated and level-1 ones among
 * the open tasks), the 追踪表 of its work-order form filtered to `month` for new cancellations, its reports
 * of `month` for the closure rate.
 */
export function figureLink(project: Pick<ProjectOverview, 'projectId' | 'workOrderFormKey'>, figure: Figure, month: string): string {
  const base = `/p/${encodeURIComponent(project.projectId)}`;
  switch (figure) {
    case 'overdue': return `${base}/workspace?scope=project&state=overdue`;
    case 'running': case 'escalated': case 'level1Open': return `${base}/workspace?scope=project&state=open`;
    case 'newCancellations': return project.workOrderFormKey
      ? `${base}/workspace/tracking?form=${encodeURIComponent(project.workOrderFormKey)}&created=${encodeURIComponent(month)}`
      : `${base}/workspace/tracking`;
    case 'closureRate': return `${base}/reports?month=${encodeURIComponent(month)}`;
    default: { const never: never = figure; return never; }
  }
}
