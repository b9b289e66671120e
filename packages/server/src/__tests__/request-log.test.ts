import { describe, expect, it } from 'vitest';
import express from 'express';
import request from 'supertest';
import { pino } from 'pino';
import { requestLog } from '../http/request-log.js';

/** An app whose log lines are collected as parsed JSON. */
function appWithLog(level: string) {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  const app = express();
  app.use(requestLog(logger));
  app.get('/api/ok', (_req, res) => { res.json({ ok: true }); });
  app.get('/api/missing', (_req, res) => { res.status(404).json({ code: 'NOT_FOUND' }); });
  app.get('/healthz', (_req, res) => { res.status(503).end(); });
  return { app, lines };
}

const settled = () => new Promise((r) => setImmediate(r));

describe('request log', () => {
  it('answers with a request id, reusing a well-formed one from the caller', async () => {
    const { app } = appWithLog('info');
    const fresh = await request(app).get('/api/ok');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const given = await request(app).get('/api/ok').set('X-Request-Id', 'crm-push-000123');
    expect(given.headers['x-request-id']).toBe('crm-push-000123');
    const forged = await request(app).get('/api/ok').set('X-Request-Id', '<script>');
    expect(forged.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('logs a refused request with id, method, path and status, never the query string', async () => {
    const { app, lines } = appWithLog('info');
    const res = await request(app).get('/api/missing?q=%E5%BC%A0%E5%85%88%E7%94%9F');
    await settled();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ req: { id: res.headers['x-request-id'], method: 'GET', path: '/api/missing' }, res: { status: 404 }, msg: 'request completed' });
    expect(JSON.stringify(lines[0])).not.toContain('张先生');
    expect(JSON.stringify(lines[0])).not.toContain('q=');
  });

  it('logs successful requests only at debug level, and never the health probes', async () => {
    const info = appWithLog('info');
    await request(info.app).get('/api/ok');
    await request(info.app).get('/healthz');
    await settled();
    expect(info.lines).toHaveLength(0);
    const debug = appWithLog('debug');
    await request(debug.app).get('/api/ok');
    await request(debug.app).get('/healthz');
    await settled();
    expect(debug.lines.map((l) => (l.req as { path: string }).path)).toEqual(['/api/ok']);
  });
});
