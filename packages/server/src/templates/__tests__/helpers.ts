import express from 'express';
import request from 'supertest';
import { expect } from 'vitest';
import { DEMO_PASSWORD, type TestServer } from '../../testing/index.js';
import { errorHandler } from '../../http/error-handler.js';
import { createTemplatesRouter, type TemplateSource } from '../index.js';

/** A signed-in demo user of a test server. */
export interface Session { readonly cookie: string; readonly csrf: string; readonly userId: string }

/** A small API driver for template tests: sessions per demo user, the templates router on the same context, inbox helpers. */
export function driver(ts: () => TestServer, projectId: string) {
  const sessions = new Map<string, Session>();
  const as = async (username: string): Promise<Session> => {
    const known = sessions.get(username);
    if (known) return known;
    const res = await request(ts().baseUrl).post('/api/auth/login').send({ username, password: DEMO_PASSWORD });
    expect(res.status).toBe(200);
    const s = { cookie: String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!, csrf: res.body.csrfToken as string, userId: res.body.user.id as string };
    sessions.set(username, s);
    return s;
  };
  const templatesApp = (source?: TemplateSource) => {
    const app = express();
    app.use('/api', express.json());
    app.use(createTemplatesRouter({ ctx: ts().server.ctx, ...(source ? { source } : {}) }));
    app.use(errorHandler);
    return app;
  };
  const api = async (username: string, method: 'get' | 'post', path: string, body?: unknown, app: express.Express | string = ts().baseUrl) => {
    const s = await as(username);
    const req = request(app)[method](path).set('cookie', s.cookie).set('x-csrf-token', s.csrf);
    return body === undefined ? req : req.send(body as object);
  };
  const openTask = async (username: string, instanceId: string) => {
    const inbox = await api(username, 'get', `/api/tasks?scope=mine&projectId=${projectId}`);
    expect(inbox.status).toBe(200);
    return (inbox.body.items as { id: string; instanceId: string; nodeId: string; version: number; dueAt: number | null }[]).find((t) => t.instanceId === instanceId);
  };
  const submit = async (username: string, instanceId: string, nodeId: string, data: Record<string, unknown>) => {
    const task = await openTask(username, instanceId);
    expect(task?.nodeId, `${username} should have ${nodeId}`).toBe(nodeId);
    const res = await api(username, 'post', `/api/tasks/${task!.id}/actions`, { action: 'submit', version: task!.version, data });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return task!;
  };
  const start = async (username: string, flowKey: string, data: Record<string, unknown>) => {
    const res = await api(username, 'post', `/api/projects/${projectId}/instances`, { flowKey, data });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.instanceId as string;
  };
  const instance = async (id: string) => (await api('admin', 'get', `/api/projects/${projectId}/instances/${id}`)).body;
  const publish = (key: string, body: unknown, app = templatesApp()) => api('admin', 'post', `/api/admin/template-packages/${key}/publish`, body, app);
  return { as, api, templatesApp, openTask, submit, start, instance, publish };
}
