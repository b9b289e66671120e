import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { TestServer } from '../testing/index.js';
import { DEMO_PASSWORD } from '../testing/index.js';
import { demoServer } from './helpers.js';

describe('login rate limit counts only failed attempts', () => {
  let ts: TestServer;
  beforeAll(async () => {
    ts = await demoServer(); // default limit: 10 per 15 minutes per account and address
  });
  afterAll(() => ts.close());

  const login = (username: string, password: string) => request(ts.baseUrl).post('/api/auth/login').send({ username, password });

  it('lets a user sign in 12 times in a row', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login('consultant', DEMO_PASSWORD)).status);
    expect(statuses).toEqual(Array(12).fill(200));
    // The successful sign-ins left the whole budget for mistakes.
    expect((await login('consultant', 'wrong-password')).status).toBe(401);
  });

  it('limits the 11th failed attempt with a bilingual message', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login('finance', `guess-${i}`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    const eleventh = await login('finance', 'guess-10');
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.code).toBe('AUTH_RATE_LIMITED');
    expect(eleventh.body.message.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(eleventh.body.message.en).toMatch(/[A-Za-z]/);
  });
});
