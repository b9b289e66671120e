import { queryOptions } from '@tanstack/react-query';
import { api, toPage, type Session } from '../../api/index.js';
import type { Lang } from '../../i18n/index.js';
import { personLabel } from '../../renderer/index.js';
import type { InboxScope, TaskSummary } from '../shared/api.js';
import { wsKeys } from '../shared/api.js';

// The supervisor's view of every task of a project (`GET /api/tasks?scope=project`).
// Mirrors the server's projectTaskViewerRoles (packages/server/src/services/task-service.ts).

/** Roles that may list every task of a project: 案场经理, 销售主管, 区域总监 and admins. */
export const projectTaskViewerRoles: readonly string[] = ['siteManager', 'salesSupervisor', 'regionalDirector', 'admin'];

/** An inbox tab: my own scopes plus the project-wide view. */
export type InboxTab = InboxScope | 'project';

/** Who holds a step: the people who may act now (open) or were assigned (closed), with their project roles. */
export interface TaskHolder {
  readonly userId: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** A row of the project-wide view: an inbox row with its holders. */
export interface ProjectTaskSummary extends TaskSummary {
  readonly holders?: readonly TaskHolder[];
}

/** Returns true when the user may open the project-wide task view of `projectId`. Pure. */
export function canSeeProjectTasks(session: Session | undefined, projectId: string): boolean {
  if (session?.user?.isAdmin) return true;
  const held = session?.projectRoles[projectId] ?? [];
  return projectTaskViewerRoles.some((r) => held.includes(r));
}

/** Returns the inbox tabs the user sees on a project: to do, CC'd, started, and the project view for supervisors. Pure. */
export function inboxTabs(canSeeProject: boolean): InboxTab[] {
  return canSeeProject ? ['mine', 'cc', 'started', 'project'] : ['mine', 'cc', 'started'];
}

/** Returns the tab a `?scope=` asks for when it is one the user sees, otherwise the to-do list. Pure. */
export function pickTab(scope: string | null, tabs: readonly InboxTab[]): InboxTab {
  return (tabs as readonly string[]).includes(scope ?? '') ? scope as InboxTab : 'mine';
}

/** Returns who holds a step as one line: 王芳（置业顾问）、赵磊（案场经理）; empty when nobody. Pure. */
export function holdersText(holders: readonly TaskHolder[], roleName: (role: string) => string, lang: Lang): string {
  return holders.map((h) => personLabel(h, roleName, lang)).join(lang === 'zh' ? '、' : ', ');
}

/** Returns everyone holding one of `tasks`, once each, by name: the choices of the project view's 处理人 filter. Pure. */
export function holdersOf(tasks: readonly ProjectTaskSummary[]): TaskHolder[] {
  const byId = new Map<string, TaskHolder>();
  for (const task of tasks) for (const h of task.holders ?? []) if (!byId.has(h.userId)) byId.set(h.userId, h);
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN'));
}

/**
 * Every task of a project in a status, with who holds it, or only the steps `holder` holds (searched by the
 * server, so other people's steps never crowd theirs out of the list's limit); kept under the inbox key, so actions refresh it.
 */
export function projectTasksQuery(projectId: string, status: 'open' | 'closed' | 'all', holder?: string) {
  return queryOptions({
    queryKey: [...wsKeys.inbox, 'project', projectId, status, holder ?? '*'] as const,
    queryFn: async () => toPage<ProjectTaskSummary>(await api.get<unknown>('/tasks', { query: { scope: 'project', projectId, status, holder } })).items,
  });
}
