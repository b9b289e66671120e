import request from 'supertest';
import { startTestServer, DEMO_PASSWORD, type TestServer } from '../testing/index.js';

/** A supertest client signed in as one user (cookie + CSRF header on every request). */
export interface Client {
  readonly userId: string;
  readonly csrfToken: string;
  readonly cookie: string;
  get(path: string): request.Test;
  post(path: string, body?: unknown, headers?: Record<string, string>): request.Test;
  put(path: string, body?: unknown, headers?: Record<string, string>): request.Test;
  patch(path: string, body?: unknown, headers?: Record<string, string>): request.Test;
  delete(path: string): request.Test;
}

/** Signs in through the API and returns a client. */
export async function signIn(ts: TestServer, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await request(ts.baseUrl).post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  const csrf = res.body.csrfToken as string;
  const withAuth = (t: request.Test, headers: Record<string, string> = {}) => t.set('cookie', cookie).set('x-csrf-token', csrf).set(headers);
  const agent = request(ts.baseUrl);
  return {
    userId: res.body.user.id, csrfToken: csrf, cookie,
    get: (p) => withAuth(agent.get(p)),
    post: (p, b, h) => withAuth(agent.post(p), h).send(b as object),
    put: (p, b, h) => withAuth(agent.put(p), h).send(b as object),
    patch: (p, b, h) => withAuth(agent.patch(p), h).send(b as object),
    delete: (p) => withAuth(agent.delete(p)),
  };
}

/** Valid data for the demo 退订申请 form. */
export const refundData = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };

/** Starts a demo test server. */
export function demoServer(extra: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  return startTestServer({ demo: true, startAt: Date.parse('2025-12-22T09:00:00+08:00'), ...extra });
}

/** Starts a 退订工单 as `client` in 杭州·云栖府 and returns instance, record and the open review task. */
export async function startRefund(client: Client, supervisor: Client, data: Record<string, unknown> = refundData) {
  const started = await client.post('/api/projects/prj_yunqi/instances', { flowKey: 'refund', data });
  if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  const inbox = await supervisor.get('/api/tasks?scope=mine&projectId=prj_yunqi');
  const task = (inbox.body.items as { id: string; instanceId: string; version: number }[]).find((t) => t.instanceId === started.body.instanceId)!;
  return { instanceId: started.body.instanceId as string, recordId: started.body.recordId as string, taskId: task.id, taskVersion: task.version };
}

/** Counts rows of a table (optionally with a where clause) straight from the test server's SQLite file. */
export function count(ts: TestServer, table: string, where = '1 = 1', ...params: unknown[]): number {
  return (ts.server.ctx.sqlite.prepare(`select count(*) as n from ${table} where ${where}`).get(...params) as { n: number }).n;
}
