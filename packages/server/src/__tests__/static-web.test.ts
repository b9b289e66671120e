import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/index.js';

// Raw HTTP (not supertest/fetch): those clients decode bodies and normalise `..` in paths, which
// would hide exactly what these tests check (the bytes and encoding sent, traversal attempts).
interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

describe('serving the built web app', () => {
  const dir = mkdtempSync(join(tmpdir(), 'siteflow-web-'));
  const dist = join(dir, 'dist');
  const chunk = '/assets/app-Ab12Cd34.js';
  const source = `export const app = ${JSON.stringify('案场流 '.repeat(400))};\n`;
  const indexHtml = `<!doctype html><title>案场流</title><div id="root"></div><script type="module" src="${chunk}"></script>`;
  let ts: TestServer;

  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => new Promise<RawResponse>((resolve, reject) => {
    const url = new URL(ts.baseUrl);
    const req = httpRequest({ host: url.hostname, port: url.port, path, method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'secret.txt'), 'TOP SECRET outside dist');
    writeFileSync(join(dist, 'index.html'), indexHtml);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"案场流 SiteFlow"}');
    writeFileSync(join(dist, `${chunk}`), source);
    writeFileSync(join(dist, `${chunk}.br`), brotliCompressSync(source));
    writeFileSync(join(dist, `${chunk}.gz`), gzipSync(source));
    ts = await startTestServer({ config: { webDist: dist } });
  });
  afterAll(async () => {
    await ts.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the brotli file when the browser accepts it, with its type, length and Vary', async () => {
    const res = await get(chunk, { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(source) / 4);
    expect(brotliDecompressSync(res.body).toString()).toBe(source);
  });

  it('sends gzip when only gzip is accepted, and the plain file otherwise', async () => {
    const gz = await get(chunk, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gunzipSync(gz.body).toString()).toBe(source);

    for (const headers of [{} as Record<string, string>, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'br;q=0, gzip;q=0' }]) {
      const plain = await get(chunk, headers);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(source);
      expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(source));
    }
  });

  it('caches hashed assets for a year, revalidates index.html, keeps root files briefly, with the security headers', async () => {
    const asset = await get(chunk, { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html']) {
      const page = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(page.status).toBe(200);
      expect(page.body.toString()).toBe(indexHtml);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers.etag).toBeTruthy();
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
    }
    // The service worker and the manifest name the build: a phone checks them on every load
    for (const path of ['/sw.js', '/manifest.webmanifest']) expect([path, (await get(path)).headers['cache-control']]).toEqual([path, 'no-cache']);
    const icon = await get('/favicon.svg');
    expect(icon.headers['cache-control']).toBe('public, max-age=3600');
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });

  it('answers deep links with a revalidated index.html, and revalidation with 304', async () => {
    const deep = await get('/p/prj_yunqi/workspace/tracking', { accept: 'text/html' });
    expect(deep.status).toBe(200);
    expect(deep.headers['content-type']).toMatch(/^text\/html/);
    expect(deep.headers['cache-control']).toBe('no-cache');
    expect(deep.body.toString()).toBe(indexHtml);
    const again = await get('/p/prj_yunqi/workspace/tracking', { 'if-none-match': String(deep.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('keeps JSON 404s under /api and answers a missing chunk with 404, not the page', async () => {
    for (const path of ['/api/unknown', '/api/p/prj_yunqi/nothing']) {
      const api = await get(path, { accept: 'text/html' });
      expect(api.status).toBe(404);
      expect(api.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(api.body.toString()).code).toBe('API_ROUTE_NOT_FOUND');
    }
    const gone = await get('/assets/app-OldHash1.js', { 'accept-encoding': 'br' });
    expect(gone.status).toBe(404);
    expect(gone.body.toString()).not.toContain('案场流');
  });

  it('refuses paths that leave dist', async () => {
    for (const path of ['/assets/..%2f..%2fsecret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/../secret.txt', '/assets/../../secret.txt', '/..%5csecret.txt', '/assets/%E0%A4%A']) {
      const res = await get(path, { 'accept-encoding': 'gzip, br' });
      expect([400, 404], path).toContain(res.status);
      expect(res.body.toString(), path).not.toContain('TOP SECRET');
    }
  });

  it('answers HEAD with the headers of the compressed file and no body', async () => {
    const head = await get(chunk, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(Number(head.headers['content-length'])).toBe(brotliCompressSync(source).length);
    expect(head.body.length).toBe(0);
    const deep = await get('/p/prj_yunqi/workspace', {}, 'HEAD');
    expect(deep.status).toBe(200);
    expect(deep.headers['cache-control']).toBe('no-cache');
  });
});
