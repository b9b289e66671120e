import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/index.js';
import { demoServer, signIn, type Client } from './helpers.js';

// Who a user is and what they may reach is cached between requests; an admin's change must still
// apply to the very next request.
let ts: TestServer;
let admin: Client;
let consultant: Client;
beforeAll(async () => {
  ts = await demoServer();
  [admin, consultant] = await Promise.all([signIn(ts, 'admin'), signIn(ts, 'consultant')]);
});
afterAll(() => ts.close());

const records = () => consultant.get('/api/projects/prj_yunqi/records?form=refund-request');

describe('access changes apply to the next request', () => {
  it('a removed membership answers 404 at once, and a restored one opens the project again', async () => {
    expect((await records()).status).toBe(200);
    const memberships = (await admin.get('/api/admin/memberships')).body as { id: string; userId: string; projectId: string | null; role: string }[];
    const own = memberships.find((m) => m.userId === consultant.userId && m.projectId === 'prj_yunqi')!;
    expect((await admin.delete(`/api/admin/memberships/${own.id}`)).status).toBe(200);
    const refused = await records();
    expect(refused.status).toBe(404);
    expect(JSON.stringify(refused.body)).not.toContain('张');
    const restored = await admin.post('/api/admin/memberships', { userId: consultant.userId, role: own.role, projectId: 'prj_yunqi' });
    expect(restored.status).toBe(201);
    expect((await records()).status).toBe(200);
  });

  it('a renamed user sees the new name on the next request', async () => {
    const before = (await consultant.get('/api/auth/session')).body as { user: { displayName: string; version?: number } };
    const users = (await admin.get('/api/admin/users')).body as { id: string; version: number }[];
    const row = users.find((u) => u.id === consultant.userId)!;
    expect((await admin.patch(`/api/admin/users/${row.id}`, { displayName: '置业顾问·新名', version: row.version })).status).toBe(200);
    const after = (await consultant.get('/api/auth/session')).body as { user: { displayName: string } };
    expect(before.user.displayName).not.toBe('置业顾问·新名');
    expect(after.user.displayName).toBe('置业顾问·新名');
  });
});
