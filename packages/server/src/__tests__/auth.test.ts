import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { TestServer } from '../testing/index.js';
import { manualClock } from '../index.js';
import { demoServer, signIn } from './helpers.js';

describe('auth: sessions, CSRF, rate limit, API tokens', () => {
  let ts: TestServer;
  const wall = manualClock(Date.parse('2025-12-22T09:00:00+08:00'));
  beforeAll(async () => {
    ts = await demoServer({ wallClock: wall, config: { loginLimit: 5 } });
  });
  afterAll(() => ts.close());

  it('signs in with an HttpOnly SameSite=Lax cookie and returns memberships and a CSRF token', async () => {
    const res = await request(ts.baseUrl).post('/api/auth/login').send({ username: 'consultant', password: 'siteflow2025' });
    expect(res.status).toBe(200);
    const cookie = String(res.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/^sf_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests; Secure is set behind https
    expect(res.body.user.username).toBe('consultant');
    expect(res.body.projectRoles).toEqual({ prj_yunqi: ['consultant'] });
    expect(res.body.csrfToken).toMatch(/^[\w-]{40,}$/);
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const res = await request(ts.baseUrl).post('/api/auth/login').set('x-forwarded-proto', 'https').send({ username: 'legal', password: 'siteflow2025' });
    expect(String(res.headers['set-cookie']?.[0])).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('refuses a wrong password with a bilingual message, and unknown users the same way', async () => {
    const wrong = await request(ts.baseUrl).post('/api/auth/login').send({ username: 'legal', password: 'nope-nope' });
    const unknown = await request(ts.baseUrl).post('/api/auth/login').send({ username: 'nobody', password: 'nope-nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(wrong.body.message.zh).toContain('密码');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rate-limits repeated sign-in attempts for one account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await request(ts.baseUrl).post('/api/auth/login').send({ username: 'brand', password: 'guess' + i })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const body = (await request(ts.baseUrl).post('/api/auth/login').send({ username: 'brand', password: 'siteflow2025' })).body;
    expect(body.code).toBe('AUTH_RATE_LIMITED');
  });

  it('needs the X-CSRF-Token header on cookie writes', async () => {
    const c = await signIn(ts, 'siteManager');
    const without = await request(ts.baseUrl).post('/api/notifications/read').set('cookie', c.cookie).send({});
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('AUTH_CSRF');
    const wrong = await request(ts.baseUrl).post('/api/notifications/read').set('cookie', c.cookie).set('x-csrf-token', 'x'.repeat(43)).send({});
    expect(wrong.status).toBe(403);
    expect((await c.post('/api/notifications/read', {})).status).toBe(200);
  });

  it('rotates the session at login and ends it at logout', async () => {
    const first = await signIn(ts, 'finance');
    const second = await request(ts.baseUrl).post('/api/auth/login').set('cookie', first.cookie).send({ username: 'finance', password: 'siteflow2025' });
    const newCookie = String(second.headers['set-cookie']?.[0]).split(';')[0];
    expect(newCookie).not.toBe(first.cookie);
    expect((await request(ts.baseUrl).get('/api/auth/session').set('cookie', first.cookie)).status).toBe(401);
    const session = await request(ts.baseUrl).get('/api/auth/session').set('cookie', newCookie!);
    expect(session.status).toBe(200);
    await request(ts.baseUrl).post('/api/auth/logout').set('cookie', newCookie!).set('x-csrf-token', session.body.csrfToken);
    expect((await request(ts.baseUrl).get('/api/auth/session').set('cookie', newCookie!)).status).toBe(401);
  });

  it('expires idle sessions', async () => {
    const c = await signIn(ts, 'educationConsultant');
    wall.advance(2 * 60 * 60 * 1000 + 1);
    const res = await c.get('/api/auth/session');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('AUTH_SESSION_EXPIRED');
  });

  it('accepts admin-created API tokens as Bearer without CSRF, and not after revocation', async () => {
    const admin = await signIn(ts, 'admin');
    const created = await admin.post('/api/admin/tokens', { name: 'CRM 日志推送' });
    expect(created.status).toBe(201);
    const token = created.body.token as string;
    const projects = await request(ts.baseUrl).get('/api/projects').set('authorization', `Bearer ${token}`);
    expect(projects.status).toBe(200);
    expect(projects.body.map((p: { id: string }) => p.id)).toContain('prj_yunqi');
    const write = await request(ts.baseUrl).post('/api/notifications/read').set('authorization', `Bearer ${token}`).send({});
    expect(write.status).toBe(200);
    expect((await admin.delete(`/api/admin/tokens/${created.body.id}`)).status).toBe(200);
    expect((await request(ts.baseUrl).get('/api/projects').set('authorization', `Bearer ${token}`)).status).toBe(401);
  });

  it('lets only organisation admins into /api/admin', async () => {
    const c = await signIn(ts, 'siteManager');
    const res = await c.get('/api/admin/users');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('AUTH_FORBIDDEN');
  });
});
