import { describe, expect, it } from 'vitest';
import type { Session } from '../../api/index.js';
import { canAdminister, canDesign, canManageSettings, canOpenStudio } from '../permissions.js';

function session(roles: readonly string[], isAdmin = false): Session {
  return { user: { id: 'u', username: 'u', isAdmin }, memberships: [], projectRoles: { p1: roles }, csrfToken: null };
}

describe('navigation permissions mirror the server', () => {
  it('gives a consultant neither studio, settings nor admin', () => {
    const s = session(['consultant']);
    expect([canDesign(s, 'p1'), canOpenStudio(s, 'p1'), canManageSettings(s, 'p1'), canAdminister(s)]).toEqual([false, false, false, false]);
  });

  it('lets a site manager design and manage settings but not administer', () => {
    const s = session(['siteManager']);
    expect([canDesign(s, 'p1'), canManageSettings(s, 'p1'), canAdminister(s)]).toEqual([true, true, false]);
  });

  it('lets a sales supervisor design without managing settings, only on their own project', () => {
    const s = session(['salesSupervisor']);
    expect([canDesign(s, 'p1'), canDesign(s, 'p2'), canManageSettings(s, 'p1')]).toEqual([true, false, false]);
  });

  it('opens the studio to legal for document templates without design rights', () => {
    const s = session(['legal']);
    expect([canOpenStudio(s, 'p1'), canDesign(s, 'p1')]).toEqual([true, false]);
  });

  it('gives an organisation admin everything', () => {
    const s = session(['admin'], true);
    expect([canDesign(s, 'p1'), canManageSettings(s, 'p1'), canAdminister(s)]).toEqual([true, true, true]);
  });
});
