import { describe, expect, it } from 'vitest';
import type { Session } from '../../../api/index.js';
import { canChangeOwner, changeOwnerBody, ownerChoices } from '../owner.js';
import { ownerMessages } from '../owner-messages.js';

const session = (roles: string[], isAdmin = false): Session => ({
  user: { id: 'usr_x', username: 'x', displayName: 'X', isAdmin } as Session['user'],
  memberships: [], projectRoles: { prj_yunqi: roles }, csrfToken: null,
});

describe('更换置业顾问 on the record page', () => {
  it('is offered to the site manager, the sales supervisor and org admins only, as the server allows', () => {
    expect(canChangeOwner(session(['siteManager']), 'prj_yunqi')).toBe(true);
    expect(canChangeOwner(session(['salesSupervisor']), 'prj_yunqi')).toBe(true);
    expect(canChangeOwner(session([], true), 'prj_yunqi')).toBe(true);
    expect(canChangeOwner(session(['consultant']), 'prj_yunqi')).toBe(false);
    expect(canChangeOwner(session(['customerServiceLead', 'legal']), 'prj_yunqi')).toBe(false);
    // The manager of one site decides nothing on another.
    expect(canChangeOwner(session(['siteManager']), 'prj_xixi')).toBe(false);
    expect(canChangeOwner(undefined, 'prj_yunqi')).toBe(false);
  });

  it('offers every project member but the current owner, and leaves a blank reason out', () => {
    const members = [
      { userId: 'usr_consultant', displayName: '王芳（置业顾问）', roles: ['consultant'] },
      { userId: 'usr_consultant2', displayName: '李强（置业顾问）', roles: ['consultant'] },
    ];
    expect(ownerChoices(members, 'usr_consultant').map((m) => m.userId)).toEqual(['usr_consultant2']);
    expect(changeOwnerBody('usr_consultant2', 3, '  ')).toEqual({ ownerId: 'usr_consultant2', version: 3 });
    expect(changeOwnerBody('usr_consultant2', 3, ' 撞单 ')).toEqual({ ownerId: 'usr_consultant2', version: 3, reason: '撞单' });
  });

  it('says whom the customer went to, in zh and en', () => {
    expect(ownerMessages['own.done'].zh).toBe('已将客户交给 {name}');
    expect(ownerMessages['own.done'].en).toContain('{name}');
  });
});
