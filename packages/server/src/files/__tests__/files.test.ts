import request from 'supertest';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceFixture, type WorkspaceFixture } from '../../views/__tests__/fixtures.js';
import type { Client } from '../../__tests__/helpers.js';
import { count } from '../../__tests__/helpers.js';
import { detectFileType } from '../index.js';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n');

function upload(f: WorkspaceFixture, who: Client, bytes: Buffer, name: string, headers: Record<string, string> = {}) {
  return request(f.ts.baseUrl).post('/api/projects/prj_yunqi/files')
    .set('cookie', who.cookie).set('x-csrf-token', who.csrfToken).set('content-type', 'application/octet-stream')
    .set('x-file-name', encodeURIComponent(name)).set(headers).send(bytes);
}

describe('attachments (images and PDF)', () => {
  let f: WorkspaceFixture;
  let consultant: Client;
  beforeAll(async () => {
    f = await workspaceFixture();
    consultant = await f.login('consultant');
  });
  afterAll(async () => { await f?.close(); });

  it('stores a supervision-report screenshot outside the web root and serves it as a download', async () => {
    // Given a consultant uploading a PNG
    const res = await upload(f, consultant, PNG, '监理报告截图.png');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '监理报告截图.png', type: 'image/png', size: PNG.length });
    // Then the bytes sit beside the database, not in the built web app
    const stored = join(dirname(f.ts.dbPath), 'files', 'prj_yunqi', res.body.id);
    expect(existsSync(stored)).toBe(true);
    // And a download gets the same bytes with a Content-Disposition and nosniff
    const got = await request(f.ts.baseUrl).get(res.body.url).set('cookie', consultant.cookie).buffer(true).parse((r, cb) => { const c: Buffer[] = []; r.on('data', (d: Buffer) => c.push(d)); r.on('end', () => cb(null, Buffer.concat(c))); });
    expect(got.status).toBe(200);
    expect(Buffer.compare(got.body as Buffer, PNG)).toBe(0);
    expect(got.headers['content-disposition']).toMatch(/^attachment;.*filename\*=UTF-8''/);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
  });

  it('checks the type by content: an HTML page named .png is refused and nothing is stored', async () => {
    const before = count(f.ts, 'files');
    const res = await upload(f, consultant, Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(res.body.message.zh).toContain('PDF');
    expect(count(f.ts, 'files')).toBe(before);
  });

  it('accepts a PDF and refuses files over the size cap', async () => {
    expect((await upload(f, consultant, PDF, 'report')).body).toMatchObject({ type: 'application/pdf', name: 'report.pdf' });
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(f, consultant, big, 'big.png');
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('FILE_TOO_LARGE');
  });

  it('replays an upload with the same Idempotency-Key instead of storing it twice', async () => {
    const before = count(f.ts, 'files');
    const a = await upload(f, consultant, PNG, 'a.png', { 'idempotency-key': 'upload-1' });
    const b = await upload(f, consultant, PNG, 'a.png', { 'idempotency-key': 'upload-1' });
    expect(b.body.id).toBe(a.body.id);
    expect(count(f.ts, 'files')).toBe(before + 1);
  });

  it('answers 404 to another project and 401 without a session', async () => {
    const mine = await upload(f, consultant, PNG, 'mine.png');
    const other = await f.login('sz.consultant');
    expect((await request(f.ts.baseUrl).get(mine.body.url).set('cookie', other.cookie)).status).toBe(404);
    expect((await request(f.ts.baseUrl).get(mine.body.url)).status).toBe(401);
  });

  it('recognises the accepted types by their magic bytes only', () => {
    expect(detectFileType(PNG)?.mediaType).toBe('image/png');
    expect(detectFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mediaType).toBe('image/jpeg');
    expect(detectFileType(PDF)?.mediaType).toBe('application/pdf');
    expect(detectFileType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectFileType(Buffer.from('PK\u0003\u0004'))).toBeNull();
  });
});
