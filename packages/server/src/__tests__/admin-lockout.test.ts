import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { TestServer } from '../testing/index.js';
import { count, demoServer, signIn, type Client } from './helpers.js';

// 管理 › 用户 and 项目成员: an organisation must keep an active administrator, and no admin can lock
// themselves out (the review found the demo's only admin could disable their own account).
interface UserRow { id: string; username: string; disabled: boolean; version: number; memberships: { id: string; role: string; projectId: string | null; regionId: string | null }[] }

describe('admins cannot lock the organisation or themselves out', () => {
  let ts: TestServer;
  let admin: Client;
  const users = async () => (await admin.get('/api/admin/users')).body as UserRow[];
  const row = async (id: string) => (await users()).find((u) => u.id === id)!;
  const orgAdminMembership = (u: UserRow) => u.memberships.find((m) => m.role === 'admin' && m.projectId === null && m.regionId === null)!;
  const isOrgAdminRow = "role = 'admin' and project_id is null and region_id is null and user_id = ?";

  beforeAll(async () => {
    ts = await demoServer();
    admin = await signIn(ts, 'admin');
  });
  afterAll(() => ts.close());

  it('refuses the only admin disabling their own account or dropping their admin role, changing nothing', async () => {
    // Given the demo organisation has one administrator
    const me = await row(admin.userId);
    expect((await users()).filter((u) => !u.disabled && orgAdminMembership(u))).toHaveLength(1);
    // When they disable their own account
    const disable = await admin.patch(`/api/admin/users/${me.id}`, { disabled: true, version: me.version });
    // Then 409 says the organisation needs an active administrator, in both languages
    expect(disable.status).toBe(409);
    expect(disable.body.code).toBe('ADMIN_LAST_ADMIN');
    expect(disable.body.message.zh).toContain('组织至少需要一位启用的管理员');
    expect(disable.body.message.en).toContain('The organisation needs at least one active administrator');
    // When they remove their own organisation admin membership, the same refusal
    const remove = await admin.delete(`/api/admin/memberships/${orgAdminMembership(me).id}`);
    expect(remove.status).toBe(409);
    expect(remove.body.code).toBe('ADMIN_LAST_ADMIN');
    // And nothing changed: still enabled, same version, still an admin, still signed in
    expect(await row(me.id)).toEqual(me);
    expect(count(ts, 'memberships', isOrgAdminRow, me.id)).toBe(1);
    expect((await admin.get('/api/auth/session')).body.user.isAdmin).toBe(true);
  });

  describe('with a second administrator', () => {
    let second: UserRow;
    beforeAll(async () => {
      const created = await admin.post('/api/admin/users', { username: 'li.admin', displayName: '李管理', password: 'second-admin-1' });
      expect(created.status).toBe(201);
      expect((await admin.post('/api/admin/memberships', { userId: created.body.id, role: 'admin' })).status).toBe(201);
      second = await row(created.body.id);
    });

    it('still refuses disabling your own account', async () => {
      const me = await row(admin.userId);
      const res = await admin.patch(`/api/admin/users/${me.id}`, { disabled: true, version: me.version });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ADMIN_SELF_DISABLE');
      expect(res.body.message.zh).toContain('不能停用自己的账号');
      expect(res.body.message.en).toContain('You cannot disable your own account');
      expect(await row(me.id)).toEqual(me);
      expect((await admin.get('/api/auth/session')).status).toBe(200);
    });

    it('still refuses removing your own organisation admin role', async () => {
      const me = await row(admin.userId);
      const res = await admin.delete(`/api/admin/memberships/${orgAdminMembership(me).id}`);
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('ADMIN_SELF_DEMOTE');
      expect(res.body.message.zh).toContain('不能移除自己的组织管理员角色');
      expect(res.body.message.en).toContain('You cannot remove your own organisation administrator role');
      expect(count(ts, 'memberships', isOrgAdminRow, me.id)).toBe(1);
    });

    it('disables the other admin while one remains, and removes their admin role', async () => {
      // When the admin disables 李管理 (another admin remains: the caller)
      const disabled = await admin.patch(`/api/admin/users/${second.id}`, { disabled: true, version: second.version });
      expect(disabled.status).toBe(200);
      expect(disabled.body.disabled).toBe(true);
      // Then 李管理 can no longer sign in
      expect((await request(ts.baseUrl).post('/api/auth/login').send({ username: 'li.admin', password: 'second-admin-1' })).status).toBe(403);
      // And once enabled again, their admin role can be removed too
      expect((await admin.patch(`/api/admin/users/${second.id}`, { disabled: false, version: disabled.body.version })).status).toBe(200);
      expect((await admin.delete(`/api/admin/memberships/${orgAdminMembership(second).id}`)).status).toBe(200);
      expect(count(ts, 'memberships', isOrgAdminRow, second.id)).toBe(0);
      // And the caller is the only admin again: their own account stays protected
      const me = await row(admin.userId);
      expect((await admin.patch(`/api/admin/users/${me.id}`, { disabled: true, version: me.version })).body.code).toBe('ADMIN_LAST_ADMIN');
    });

    it('lets a second admin disable the first, who then cannot sign in', async () => {
      // Given 李管理 is an admin again and signs in
      expect((await admin.post('/api/admin/memberships', { userId: second.id, role: 'admin' })).status).toBe(201);
      const li = await signIn(ts, 'li.admin', 'second-admin-1');
      // When 李管理 disables the first admin
      const me = (await (await li.get('/api/admin/users')).body as UserRow[]).find((u) => u.id === admin.userId)!;
      expect((await li.patch(`/api/admin/users/${me.id}`, { disabled: true, version: me.version })).status).toBe(200);
      // Then the first admin's session has ended, and 李管理, now the last active admin, cannot disable themselves
      expect((await admin.get('/api/admin/users')).status).toBe(401);
      const self = (await (await li.get('/api/admin/users')).body as UserRow[]).find((u) => u.id === li.userId)!;
      const refused = await li.patch(`/api/admin/users/${self.id}`, { disabled: true, version: self.version });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('ADMIN_LAST_ADMIN');
    });
  });
});
