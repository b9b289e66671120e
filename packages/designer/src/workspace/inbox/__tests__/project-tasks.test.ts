import { describe, expect, it } from 'vitest';
import type { Session } from '../../../api/index.js';
import { filterTasks } from '../inbox-filter.js';
import { canSeeProjectTasks, holdersOf, holdersText, inboxTabs, pickTab } from '../project-tasks.js';

const session = (roles: string[], isAdmin = false): Session => ({ user: { id: 'u', username: 'u', isAdmin }, memberships: [], projectRoles: { prj_yunqi: roles }, csrfToken: null });
const roleNames: Record<string, string> = { consultant: '置业顾问', siteManager: '案场经理', regionalDirector: '区域总监' };
const roleName = (key: string) => roleNames[key] ?? key;

describe('the project-wide task view of the inbox', () => {
  it('is for the site manager, sales supervisor, regional director and admins of the project only', () => {
    expect(['siteManager', 'salesSupervisor', 'regionalDirector', 'admin'].map((r) => canSeeProjectTasks(session([r]), 'prj_yunqi'))).toEqual([true, true, true, true]);
    expect(canSeeProjectTasks(session(['consultant', 'customerService']), 'prj_yunqi')).toBe(false);
    expect(canSeeProjectTasks(session(['siteManager']), 'prj_xixi')).toBe(false);
    expect(canSeeProjectTasks(session([], true), 'prj_xixi')).toBe(true);
    expect(canSeeProjectTasks(undefined, 'prj_yunqi')).toBe(false);
  });

  it('adds a fourth tab for them, which a link can open; anyone else asking for it gets the to-do list', () => {
    expect(inboxTabs(true)).toEqual(['mine', 'cc', 'started', 'project']);
    expect(inboxTabs(false)).toEqual(['mine', 'cc', 'started']);
    expect(pickTab('project', inboxTabs(true))).toBe('project');
    expect(pickTab('project', inboxTabs(false))).toBe('mine');
    expect([pickTab('cc', inboxTabs(false)), pickTab(null, inboxTabs(true)), pickTab('nonsense', inboxTabs(true))]).toEqual(['cc', 'mine', 'mine']);
  });

  it('names who holds a step with their roles, without repeating a role the name already says', () => {
    const holders = [
      { userId: 'usr_consultant', displayName: '王芳（置业顾问）', roles: ['consultant'] },
      { userId: 'usr_director', displayName: '韩东', roles: ['regionalDirector'] },
    ];
    expect(holdersText(holders, roleName, 'zh')).toBe('王芳（置业顾问）、韩东（区域总监）');
    expect(holdersText([{ userId: 'u1', displayName: 'Zhao Lei', roles: ['siteManager'] }], (k) => (k === 'siteManager' ? 'Site manager' : k), 'en')).toBe('Zhao Lei (Site manager)');
    expect(holdersText([], roleName, 'zh')).toBe('');
  });
});

describe('the 处理人 filter of the project view', () => {
  const wang = { userId: 'usr_consultant', displayName: '王芳（置业顾问）', roles: ['consultant'] };
  const li = { userId: 'usr_consultant2', displayName: '李强（置业顾问）', roles: ['consultant'] };
  const chen = { userId: 'usr_salesSupervisor', displayName: '陈静（销售主管）', roles: ['salesSupervisor'] };
  const task = (id: string, holders: typeof wang[]) => ({
    id, projectId: 'prj_yunqi', instanceId: `i_${id}`, recordId: `r_${id}`, flowKey: 'refund', instanceStatus: 'running', nodeId: 'n', name: { zh: '审核', en: 'Review' },
    status: 'open', dueAt: null, escalationLevel: 0, breached: false, title: id, formKey: 'f', startedBy: 'usr_consultant', createdAt: 0, updatedAt: 0, closedAt: null, version: 1, holders,
  });
  const tasks = [task('a', [wang]), task('b', [li, wang]), task('c', [chen]), task('d', [])];

  it('keeps the steps one person holds, alone or shared, and offers each holder once, by name', () => {
    expect(filterTasks(tasks, undefined, 'open', 0, 'usr_consultant').map((t) => t.id)).toEqual(['a', 'b']);
    expect(filterTasks(tasks, undefined, 'open', 0, 'usr_nobody')).toEqual([]);
    expect(filterTasks(tasks, undefined, 'open', 0).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
    // In pinyin order, as Chinese name lists read: 陈, 李, 王.
    expect(holdersOf(tasks).map((h) => h.userId)).toEqual(['usr_salesSupervisor', 'usr_consultant2', 'usr_consultant']);
  });
});
