import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { prescreen, type PrescreenRequest } from './prescreen.js';

/** A running mock bank: its base URL, the pre-screen URL, the requests it saw, and close(). */
export interface MockBank {
  readonly url: string;
  readonly prescreenUrl: string;
  readonly requests: PrescreenRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

/**
 * Starts the mock partner bank (合作银行预审接口) on `port` (0 = ephemeral): `POST /api/prescreen`
 * answers with `prescreen()`; `GET /healthz`. Bad JSON or fields get 400 with zh + en text.
 */
export async function startMockBank(opts: { port?: number; host?: string } = {}): Promise<MockBank> {
  const requests: PrescreenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/healthz') return send(200, { ok: true });
    if (req.method !== 'POST' || req.url !== '/api/prescreen') return send(404, { code: 'NOT_FOUND', message: { zh: '接口不存在', en: 'No such endpoint' } });
    readBody(req).then((text) => {
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return send(400, { code: 'BAD_JSON', message: { zh: '请求体不是合法的 JSON', en: 'The body is not valid JSON' } });
      }
      if (!body || typeof body !== 'object' || Array.isArray(body)) return send(400, { code: 'BAD_JSON', message: { zh: '请求体应为 JSON 对象', en: 'The body must be a JSON object' } });
      requests.push(body as PrescreenRequest);
      const result = prescreen(body as PrescreenRequest);
      if ('error' in result) return send(400, { code: 'BAD_FIELD', message: { zh: result.error.zh, en: result.error.en }, field: result.error.field });
      return send(200, result);
    }, () => send(413, { code: 'TOO_LARGE', message: { zh: '请求体过大', en: 'The body is too large' } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}`;
  return {
    url, prescreenUrl: `${url}/api/prescreen`, requests,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
