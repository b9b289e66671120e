import { describe, expect, it } from 'vitest';
import { filterUsers } from '../UsersPage.js';
import { membershipsOn, scopeOf } from '../MembersPage.js';
import type { AdminMembership, AdminUser } from '../api.js';

const user = (username: string, displayName: string): AdminUser => ({ id: username, username, displayName, disabled: false, version: 1, memberships: [] });

describe('admin directory helpers', () => {
  it('searches users by username or display name, ignoring case', () => {
    const users = [user('zhang.wei', '张伟'), user('Consultant', '王敏')];
    expect(filterUsers(users, 'ZHANG').map((u) => u.username)).toEqual(['zhang.wei']);
    expect(filterUsers(users, '王').map((u) => u.username)).toEqual(['Consultant']);
    expect(filterUsers(users, '  ')).toHaveLength(2);
  });

  it('lists a project\'s own, its region\'s and organisation-wide memberships', () => {
    const m = (id: string, projectId: string | null, regionId: string | null): AdminMembership => ({ id, userId: 'u', role: 'consultant', projectId, regionId });
    const all = [m('own', 'p1', null), m('other', 'p2', null), m('region', null, 'east'), m('south', null, 'south'), m('org', null, null)];
    expect(membershipsOn(all, { id: 'p1', regionId: 'east' }).map((x) => x.id)).toEqual(['own', 'region', 'org']);
    expect(all.map(scopeOf)).toEqual(['project', 'project', 'region', 'region', 'organisation']);
  });
});
